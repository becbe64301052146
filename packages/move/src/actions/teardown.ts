import { setTimeout as sleep } from 'node:timers/promises';
import { MONOLITH_SCRIPTS, SERVICE_SCRIPTS, SHARED_REFERENCE, stopCapture } from '@seam/codegen';
import { SeamError } from '@seam/core';
import { createKafkaClient } from '@seam/kafka';
import type { StepOutcome, StepTools } from '../runner/action.js';
import type { DirectionNames, MoveState } from '../state/state.js';
import type { MoveContext } from './context.js';
import { runScript, type ScriptSide } from './scripts.js';

/** How long reverting a capture script retries while a just-deleted connector still holds its slot. */
const SLOT_RELEASE_MS = 30_000;

/**
 * Waits until the agent runs none of `roles` (or is gone: no heartbeat for `deadAfterMs`).
 * The state must already ask for it (direction / phase).
 */
export async function waitForAgent(
  tools: StepTools,
  done: (state: MoveState) => boolean,
  what: string,
  timeoutMs = 60_000,
  deadAfterMs = 10_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { state } = await tools.store.read();
    if (!state) return 'no state';
    const agent = state.agent;
    const seen = agent ? Date.now() - Date.parse(agent.seenAt) : Number.POSITIVE_INFINITY;
    if (!agent || agent.stoppedAt || seen > deadAfterMs) return 'no agent running';
    if (done(state)) return `agent (pid ${agent.pid} on ${agent.host}) ${what}`;
    if (Date.now() > deadline || tools.signal.aborted) {
      throw new SeamError(
        'SEAM_TIMEOUT',
        `The agent (pid ${agent.pid} on ${agent.host}) did not ${what} within ${timeoutMs / 1000} s.`,
        {
          hint: 'Check its log (`seam move replicate`); stop it with SIGTERM, then run the action again.',
        },
      );
    }
    await sleep(250);
  }
}

/** The agent runs no replicator any more. */
export const agentIdle = (s: MoveState) =>
  (s.agent?.replicators ?? []).length === 0 && s.agent?.direction === 'none';

/** Deletes Kafka topics and consumer groups by name (missing ones are fine). */
export async function deleteKafka(
  ctx: Pick<MoveContext, 'brokers'>,
  topics: string[],
  groups: string[],
): Promise<{ topics: string[]; groups: string[] }> {
  const kafka = createKafkaClient({ clientId: 'seam-move', brokers: ctx.brokers });
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const dropTopics = topics.filter((t) => existing.has(t));
    if (dropTopics.length) await admin.deleteTopics({ topics: dropTopics });
    const known = new Set((await admin.listGroups()).groups.map((g) => g.groupId));
    const dropGroups = groups.filter((g) => known.has(g));
    if (dropGroups.length) await admin.deleteGroups(dropGroups);
    return { topics: dropTopics, groups: dropGroups };
  } finally {
    await admin.disconnect();
  }
}

/**
 * Deletes a connector and waits until Connect no longer knows it: a task still stopping could
 * otherwise write (and so re-create) a topic deleted right after.
 */
export async function deleteConnector(
  ctx: Pick<MoveContext, 'connect'>,
  name: string,
  timeoutMs = 30_000,
): Promise<void> {
  await ctx.connect.delete(name);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await ctx.connect.status(name);
    } catch (error) {
      if (error instanceof SeamError && error.details.status === 404) break;
      throw error;
    }
    if (Date.now() > deadline) break;
    await sleep(250);
  }
  await sleep(1000);
}

/** Topics a connector's prefix names that came back after deletion (a late write): deleted again. */
async function settleTopics(ctx: Pick<MoveContext, 'brokers'>, prefix: string): Promise<void> {
  for (let round = 0; round < 3; round++) {
    await sleep(1000);
    const kafka = createKafkaClient({ clientId: 'seam-move', brokers: ctx.brokers });
    const admin = kafka.admin();
    await admin.connect();
    let again: string[];
    try {
      again = (await admin.listTopics()).filter(
        (t) => t.startsWith(`${prefix}.`) || t === `__debezium-heartbeat.${prefix}`,
      );
    } finally {
      await admin.disconnect();
    }
    if (!again.length) return;
    await deleteKafka(ctx, again, []);
  }
}

/** The forward connector, its topics, dead-letter topic, consumer group; then the monolith's capture script. */
export async function teardownForward(ctx: MoveContext): Promise<StepOutcome> {
  await deleteConnector(ctx, ctx.forwardConnector.name);
  const stopped = await stopCapture(ctx.manifest, ctx.service, {
    connect: ctx.connect,
    brokers: ctx.brokers,
    deleteTopics: true,
    dir: ctx.dir,
  });
  await settleTopics(ctx, ctx.forwardConnector.topicPrefix);
  const script = await runScript(ctx, 'monolith', MONOLITH_SCRIPTS.capture, 'down', SLOT_RELEASE_MS);
  const reverted = script.migrations.some((m) => m.state === 'reverted');
  return {
    detail: `${stopped.connector} deleted with ${stopped.deletedTopics.length} topic(s), group(s) ${stopped.deletedGroups.join(', ') || 'none'}; capture ${reverted ? 'reverted' : 'was not applied'}`,
  };
}

/**
 * The reference copies: when this move started the shared connector, it goes (with its capture
 * script); otherwise only this service's reference group and dead-letter topic go.
 */
export async function teardownReference(
  ctx: MoveContext,
  names: DirectionNames | undefined,
): Promise<StepOutcome> {
  if (!names) return { skipped: true, detail: 'no reference copies' };
  if (names.startedByThisMove === true && ctx.referenceUnit && ctx.referenceConnector) {
    await deleteConnector(ctx, ctx.referenceConnector.name);
    const stopped = await stopCapture(ctx.manifest, SHARED_REFERENCE, {
      connect: ctx.connect,
      brokers: ctx.brokers,
      deleteTopics: true,
      dir: ctx.dir,
    });
    await settleTopics(ctx, ctx.referenceConnector.topicPrefix);
    await runScript(ctx, 'reference', MONOLITH_SCRIPTS.capture, 'down', SLOT_RELEASE_MS);
    return { detail: `${stopped.connector} (started by this move) deleted with its capture script` };
  }
  const deleted = await deleteKafka(
    ctx,
    names.deadLetterTopic ? [names.deadLetterTopic] : [],
    names.consumerGroup ? [names.consumerGroup] : [],
  );
  return {
    detail: `the shared ${names.connector ?? 'reference'} connector stays (other moves use it); deleted ${[...deleted.groups, ...deleted.topics].join(', ') || 'nothing'}`,
  };
}

/** A direction the state names but the generated files may not (reverse): connector, topics, group. */
export async function teardownNamed(
  ctx: MoveContext,
  names: DirectionNames | undefined,
): Promise<StepOutcome> {
  if (!names?.connector) return { skipped: true, detail: 'nothing recorded' };
  await deleteConnector(ctx, names.connector);
  const kafka = createKafkaClient({ clientId: 'seam-move', brokers: ctx.brokers });
  const admin = kafka.admin();
  await admin.connect();
  let topics: string[] = [];
  try {
    const prefix = names.topicPrefix;
    topics = prefix
      ? (await admin.listTopics()).filter(
          (t) =>
            t.startsWith(`${prefix}.`) ||
            t === `__debezium-heartbeat.${prefix}` ||
            t === names.deadLetterTopic,
        )
      : [];
  } finally {
    await admin.disconnect();
  }
  const deleted = await deleteKafka(ctx, topics, names.consumerGroup ? [names.consumerGroup] : []);
  return { detail: `${names.connector} deleted with ${deleted.topics.length} topic(s)` };
}

/**
 * What the reverse direction left on both databases: the service's write block and its capture
 * script (PostgreSQL: publication and replication slot, which would hold WAL for ever; the
 * heartbeat table), and the monolith's reverse offsets table — plus, with `monolithBlock`, the
 * monolith's write block. Each reverted only where it is applied.
 */
export async function teardownReverseScripts(
  ctx: MoveContext,
  options: { monolithBlock: boolean },
): Promise<StepOutcome> {
  const done: string[] = [];
  const down = async (side: ScriptSide, script: string) => {
    const report = await runScript(ctx, side, script, 'down', SLOT_RELEASE_MS);
    if (report.migrations.some((m) => m.state === 'reverted')) done.push(`${side} ${script}`);
  };
  await down('service', SERVICE_SCRIPTS.blockWrites);
  await down('service', SERVICE_SCRIPTS.capture);
  await down('monolith', MONOLITH_SCRIPTS.reverseOffsets);
  if (options.monolithBlock) await down('monolith', MONOLITH_SCRIPTS.blockWrites);
  return done.length ? { detail: `reverted ${done.join(', ')}` } : { skipped: true, detail: 'none applied' };
}
