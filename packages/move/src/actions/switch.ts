import { join } from 'node:path';
import {
  captureStatus,
  MONOLITH_SCRIPTS,
  type MoveUnits,
  migrate,
  moveUnits,
  readConnectorConfig,
  SERVICE_SCRIPTS,
  startCapture,
} from '@seam/codegen';
import {
  type ConnectionSpec,
  describeConnection,
  readPlanFile,
  SeamError,
  serviceUrlEnvVar,
} from '@seam/core';
import { openDatabase } from '@seam/core/sql';
import { Barrier, planJobs, readPosition, type SourcePosition, verify, waitPublished } from '@seam/parity';
import {
  backlogOf,
  deadLetterTopicOf,
  groupIdOf,
  type ReplicatorConfig,
  readReplicatorConfigFile,
  skipBacklog,
} from '@seam/replicator';
import type { MoveAction, StepTools } from '../runner/action.js';
import { DEFAULT_VERIFY_FRESHNESS_MS, verifyFreshness } from '../state/phases.js';
import { addPosition, type DirectionNames, type MoveDirection, type MoveState } from '../state/state.js';
import { checkFingerprint, type MoveContext } from './context.js';
import { positionJson } from './create.js';
import { waitForAgent } from './teardown.js';

/** How a switch (and a reverse) may proceed: thresholds and how long each wait may take. */
export interface HandoverOptions {
  /** Most events the forward replicator may be behind for a switch to start (default 100). */
  maxLagEvents?: number;
  /** How old the last verify may be (default 24 h). */
  freshnessMs?: number;
  /** How long each wait (drain, publication, the agent) may take (default 120 s). */
  waitMs?: number;
  /** The agent counts as running when its heartbeat is younger than this (default 10 s). */
  agentTimeoutMs?: number;
}

export const DEFAULT_MAX_LAG_EVENTS = 100;
const DEFAULT_WAIT_MS = 120_000;

/** Both directions of the service, as generated; refuses files generated before the reverse direction existed. */
export function unitsOf(ctx: MoveContext): MoveUnits {
  return moveUnits(ctx.manifest, ctx.service);
}

export async function replicatorConfig(ctx: MoveContext, file: string): Promise<ReplicatorConfig> {
  return readReplicatorConfigFile(join(ctx.dir, file));
}

/** The change-log position of one side now. */
export async function sidePosition(spec: ConnectionSpec): Promise<SourcePosition> {
  const db = await openDatabase(spec, { applicationName: 'seam move' });
  try {
    return await readPosition(db);
  } finally {
    await db.close();
  }
}

/** A position as the state stores it (positionJson), back to what the barrier compares. */
export function fromJson(json: Record<string, unknown>): SourcePosition {
  if (json.kind === 'lsn') return { kind: 'lsn', lsn: BigInt(String(json.lsn)) };
  return {
    kind: 'binlog',
    gtid: String(json.gtid ?? ''),
    file: String(json.file ?? ''),
    pos: Number(json.pos ?? 0),
  };
}

/** Records a position in the state (positions, and the action's own data) and returns it. */
export async function recordPosition(
  tools: StepTools,
  action: string,
  label: string,
  side: 'monolith' | 'service',
  position: SourcePosition,
): Promise<string> {
  const json = positionJson(position);
  await tools.update((s) => {
    addPosition(s, { label: `${action}.${label}`, side, position: json, at: new Date().toISOString() });
    s.data[action] = { ...s.data[action], [label]: json };
  });
  return JSON.stringify(json);
}

/** The position recorded by an earlier step of the action. */
export function recorded(state: MoveState, action: string, label: string): SourcePosition {
  const json = state.data[action]?.[label];
  if (!json || typeof json !== 'object') {
    throw new SeamError('SEAM_INTERNAL', `seam move ${action}: no ${label} position was recorded.`);
  }
  return fromJson(json as Record<string, unknown>);
}

/** Applies or reverts one of the service's scripts (monolith or service side), as one line for the history. */
async function runScript(
  ctx: MoveContext,
  side: 'monolith' | 'service',
  script: string,
  direction: 'up' | 'down',
): Promise<string> {
  const units = unitsOf(ctx);
  const unit = side === 'monolith' ? units.monolith : units.serviceScripts;
  const spec = side === 'monolith' ? ctx.monolith : ctx.target;
  const report = await migrate(unit, spec, { direction, script, onProgress: ctx.log });
  return `${side} ${script}: ${report.migrations.map((m) => m.state).join(', ') || 'nothing to do'}`;
}

/** Applies one of the service's scripts (monolith or service side); idempotent (`already-applied`). */
export const scriptUp = (ctx: MoveContext, side: 'monolith' | 'service', script: string) =>
  runScript(ctx, side, script, 'up');

/** Reverts one of the service's scripts; nothing to do when it is not applied. */
export const scriptDown = (ctx: MoveContext, side: 'monolith' | 'service', script: string) =>
  runScript(ctx, side, script, 'down');

/** Tells the agent which direction to run and waits until it says it does. */
export async function setDirection(
  tools: StepTools,
  direction: MoveDirection,
  options: HandoverOptions,
): Promise<string> {
  await tools.update((s) => {
    s.direction = direction;
  });
  return waitForAgent(
    tools,
    (s) => s.agent?.direction === direction,
    direction === 'none' ? 'stop the moved tables’ replicator' : `replicate ${direction}`,
    options.waitMs ?? DEFAULT_WAIT_MS,
    options.agentTimeoutMs ?? 10_000,
  );
}

/** Waits until a direction's replicator applied everything its connector published up to `pos`. */
export async function drain(
  ctx: MoveContext,
  connector: string,
  group: string,
  topics: string[],
  pos: SourcePosition,
  options: HandoverOptions,
): Promise<void> {
  const barrier = new Barrier({ connect: ctx.connect, connector, group, brokers: ctx.brokers, topics });
  try {
    const result = await barrier.wait(pos, Date.now() + (options.waitMs ?? DEFAULT_WAIT_MS));
    if (!result.passed) {
      throw new SeamError('SEAM_TIMEOUT', `Draining ${group} did not finish: ${result.reason}.`, {
        hint: 'Check the agent (`seam move status`) and the connector (`seam capture status`), then run the action again.',
      });
    }
  } finally {
    await barrier.close();
  }
}

/** Waits until a connector has published everything committed at its source before `pos`. */
export async function published(
  ctx: MoveContext,
  connector: string,
  pos: SourcePosition,
  options: HandoverOptions,
): Promise<void> {
  const result = await waitPublished(
    { connect: ctx.connect, connector },
    pos,
    Date.now() + (options.waitMs ?? DEFAULT_WAIT_MS),
  );
  if (!result.passed) {
    throw new SeamError('SEAM_TIMEOUT', `${result.reason}.`, {
      hint: `Check the connector (\`seam capture status --service ${ctx.service} --dir ${ctx.dir}\`), then run the action again.`,
    });
  }
}

/** The state's names of a direction (what status, the agent and teardown read). */
async function directionNames(ctx: MoveContext, which: 'reverse' | 'forward'): Promise<DirectionNames> {
  const units = unitsOf(ctx);
  const d = units[which];
  const config = await replicatorConfig(ctx, d.replicator.file);
  const generated = await readConnectorConfig(ctx.dir, d.connector);
  return {
    connector: d.connector.name,
    topicPrefix: d.connector.topicPrefix,
    topics: d.connector.topics,
    consumerGroup: groupIdOf(config),
    deadLetterTopic: deadLetterTopicOf(config),
    replicatorConfig: d.replicator.file,
    ...(generated['slot.name'] ? { slot: generated['slot.name'] } : {}),
    ...(generated['publication.name'] ? { publication: generated['publication.name'] } : {}),
  };
}

/** Verifies the service's tables now, with nothing replicating (both sides still), and records it. */
async function verifyNow(ctx: MoveContext, tools: StepTools, action: string): Promise<string> {
  if (!ctx.plan)
    throw new SeamError('SEAM_USAGE', `seam move ${action} verifies the plan's tables: pass --plan.`);
  const plan = await readPlanFile(ctx.plan);
  const jobs = planJobs(
    plan,
    ctx.monolith,
    { service: [ctx.service] },
    { [serviceUrlEnvVar(ctx.service)]: describeConnection(ctx.target) },
  ).map((job) => ({ ...job, target: ctx.target }));
  const started = Date.now();
  const report = await verify(jobs, { maxRows: 100, concurrency: 1 });
  const differing = report.tables.filter((t) => t.status !== 'equal');
  const at = new Date().toISOString();
  await tools.update((s) => {
    s.verify = {
      equal: differing.length === 0 && report.equal,
      tables: report.tables.length,
      differences: differing.length,
      rows: report.tables.reduce((n, t) => n + t.rows.source, 0),
      at,
      durationMs: Date.now() - started,
      perTable: report.tables.map((t) => ({
        table: t.table,
        equal: t.status === 'equal',
        sourceRows: t.rows.source,
      })),
    };
  });
  if (differing.length || !report.equal) {
    throw new SeamError(
      'SEAM_MOVE_DIFFERS',
      `After draining, ${differing.length} of ${report.tables.length} table(s) of ${ctx.service} differ: ${differing
        .map((t) => `${t.table} (${t.status})`)
        .slice(0, 5)
        .join(', ')}.`,
    );
  }
  return `equal: ${report.tables.length} table(s), ${report.tables.reduce((n, t) => n + t.rows.source, 0)} rows`;
}

/** The agent's heartbeat is recent: it will stop and start the replicators when told. */
export function requireAgent(
  state: MoveState | undefined,
  service: string,
  dir: string,
  timeoutMs: number,
): void {
  const agent = state?.agent;
  const seen = agent ? Date.now() - Date.parse(agent.seenAt) : Number.POSITIVE_INFINITY;
  if (!agent || agent.stoppedAt || seen > timeoutMs) {
    throw new SeamError(
      'SEAM_MOVE_AGENT_DOWN',
      `No agent runs the move of ${service} (last seen: ${agent?.seenAt ?? 'never'}).`,
      {
        hint: `Start it: \`seam move replicate --service ${service} --dir ${dir}\`, then run the action again.`,
      },
    );
  }
}

/** Milliseconds since the block recorded in the action's data. */
function windowMs(state: MoveState, action: string): number | undefined {
  const at = state.data[action]?.blockedAt;
  return typeof at === 'string' ? Date.now() - Date.parse(at) : undefined;
}

/**
 * `seam move switch`: the service becomes the writer. Refuses unless the forward replicator is
 * caught up (`maxLagEvents`) and the last verify is equal and fresh. Then: the reverse direction
 * is made ready (service-side capture and write block, the reverse offsets table, the reverse
 * connector — before the block, to keep the window short); the monolith's writes to the moved
 * tables are blocked; the forward replicator drains up to the position read after the block; the
 * agent stops it; verify; the reverse connector has published past the service's position, and
 * the reverse replicator's backlog (the forward replicator's own writes into the service) is
 * skipped — no loop; the service's counters move past the copied rows; the agent replicates in
 * reverse; the service's block is lifted. Any failure before that last step undoes the switch:
 * the monolith is unblocked and replicates forward again.
 */
export function switchAction(options: HandoverOptions = {}): MoveAction<MoveContext> {
  return {
    name: 'switch',
    from: ['running', 'copying'],
    during: 'switching',
    to: 'switched',
    alreadyDone: (s) =>
      s.phase === 'switched' ? `the service ${s.service} is already the writer` : undefined,
    refusal: (s) =>
      s?.phase === 'creating'
        ? `The move of ${s.service} is still being created: run \`seam move create\` again to finish it.`
        : s
          ? `The move of ${s.service} is ${s.phase}: \`seam move status --service ${s.service}\` names the next step.`
          : undefined,
    async precheck(ctx, state) {
      checkFingerprint(ctx, state?.manifest?.fingerprint);
      unitsOf(ctx);
      if (!ctx.plan)
        throw new SeamError(
          'SEAM_USAGE',
          'seam move switch verifies the plan’s tables: pass --plan plan.yaml.',
        );
      if (state?.progress?.action === 'switch') return; // resuming: the checks held when it started
      requireAgent(state, ctx.service, ctx.dir, options.agentTimeoutMs ?? 10_000);
      const freshness = state
        ? verifyFreshness(state, new Date(), options.freshnessMs ?? DEFAULT_VERIFY_FRESHNESS_MS)
        : 'none';
      if (freshness !== 'fresh' || !state?.verify?.equal) {
        throw new SeamError(
          'SEAM_MOVE_VERIFY_STALE',
          `The last verify of ${ctx.service} is ${freshness === 'none' ? 'missing' : freshness === 'stale' ? `older than ${Math.round((options.freshnessMs ?? DEFAULT_VERIFY_FRESHNESS_MS) / 3_600_000)} h` : 'not equal'}: switching needs a fresh, equal one.`,
          {
            hint: `Run \`seam move verify --service ${ctx.service} --dir ${ctx.dir} --plan ${ctx.plan}\`, then switch.`,
          },
        );
      }
      const forward = await replicatorConfig(ctx, unitsOf(ctx).forward.replicator.file);
      const lag = await backlogOf(forward, { target: ctx.target, brokers: ctx.brokers });
      const max = options.maxLagEvents ?? DEFAULT_MAX_LAG_EVENTS;
      if (lag.events > max) {
        throw new SeamError(
          'SEAM_MOVE_LAG',
          `The forward replicator (${lag.group}) is ${lag.events} event(s) behind; the switch allows ${max} (--max-lag).`,
          {
            hint: `Wait until \`seam move status --service ${ctx.service}\` shows the lag under ${max}, then switch.`,
          },
        );
      }
    },
    async onFailure(ctx, error, tools) {
      // Before the service's block is lifted nobody has written to it: undo everything visible.
      ctx.log(`switch failed (${error.code}): unblocking the monolith, replicating forward again`);
      await scriptUp(ctx, 'service', SERVICE_SCRIPTS.blockWrites);
      await tools.update((s) => {
        s.direction = 'forward';
        s.data.switch = { ...s.data.switch, failed: `${error.code}: ${error.message}` };
      });
      await scriptDown(ctx, 'monolith', MONOLITH_SCRIPTS.blockWrites);
      return 'rollback';
    },
    steps: [
      {
        name: 'prepare-reverse',
        describe:
          "the reverse direction, outside the write-blocked window: the service's capture script and write block, the monolith's reverse offsets table, the reverse connector",
        async run(ctx, tools) {
          const units = unitsOf(ctx);
          const done = [
            await scriptUp(ctx, 'service', SERVICE_SCRIPTS.blockWrites),
            await scriptUp(ctx, 'service', SERVICE_SCRIPTS.capture),
            await scriptUp(ctx, 'monolith', MONOLITH_SCRIPTS.reverseOffsets),
          ];
          const { status } = await captureStatus(ctx.manifest, ctx.service, {
            connect: ctx.connect,
            direction: 'reverse',
          });
          if (status?.connector.state !== 'RUNNING') {
            await startCapture(ctx.manifest, ctx.dir, ctx.service, {
              connect: ctx.connect,
              brokers: ctx.brokers,
              direction: 'reverse',
              onProgress: ctx.log,
            });
            done.push(`${units.reverse.connector.name} started`);
          } else done.push(`${units.reverse.connector.name} runs`);
          const names = await directionNames(ctx, 'reverse');
          await tools.update((s) => {
            s.directions.reverse = { ...s.directions.reverse, ...names };
            s.data.switch = { startedAt: new Date().toISOString() };
          });
          return { detail: done.join('; ') };
        },
      },
      {
        name: 'block-monolith',
        describe: "block the application's writes to the moved tables on the monolith (the window starts)",
        async run(ctx, tools) {
          const at = new Date().toISOString();
          await tools.update((s) => {
            s.data.switch = { ...s.data.switch, blockedAt: at };
          });
          return { detail: await scriptUp(ctx, 'monolith', MONOLITH_SCRIPTS.blockWrites) };
        },
      },
      {
        name: 'monolith-position',
        describe: "read the monolith's change-log position after the block",
        async run(ctx, tools) {
          return {
            detail: await recordPosition(
              tools,
              'switch',
              'monolith',
              'monolith',
              await sidePosition(ctx.monolith),
            ),
          };
        },
      },
      {
        name: 'drain-forward',
        describe: 'wait until the forward replicator applied everything up to that position',
        async run(ctx, tools) {
          const f = unitsOf(ctx).forward;
          await drain(
            ctx,
            f.connector.name,
            f.replicator.group,
            f.connector.topics,
            recorded(tools.state, 'switch', 'monolith'),
            options,
          );
          return { detail: `${f.replicator.group} applied everything up to the block` };
        },
      },
      {
        name: 'stop-forward',
        describe: 'tell the agent to stop the forward replicator (direction none) and wait for it',
        async run(_ctx, tools) {
          return { detail: await setDirection(tools, 'none', options) };
        },
      },
      {
        name: 'verify',
        describe: "verify the service's tables against the monolith's, nothing moving",
        async run(ctx, tools) {
          return { detail: await verifyNow(ctx, tools, 'switch') };
        },
      },
      {
        name: 'service-position',
        describe:
          "read the service's change-log position (the service still refuses the application's writes)",
        async run(ctx, tools) {
          return {
            detail: await recordPosition(
              tools,
              'switch',
              'service',
              'service',
              await sidePosition(ctx.target),
            ),
          };
        },
      },
      {
        name: 'reverse-published',
        describe: 'wait until the reverse connector has published past that position',
        async run(ctx, tools) {
          const r = unitsOf(ctx).reverse;
          await published(ctx, r.connector.name, recorded(tools.state, 'switch', 'service'), options);
          return { detail: `${r.connector.name} passed the service's position` };
        },
      },
      {
        name: 'skip-reverse-backlog',
        describe:
          "skip the reverse replicator's backlog (the forward replicator's own writes): nothing goes round",
        async run(ctx, tools) {
          const config = await replicatorConfig(ctx, unitsOf(ctx).reverse.replicator.file);
          const skipped = await skipBacklog(config, { target: ctx.monolith, brokers: ctx.brokers });
          await tools.update((s) => {
            s.data.switch = { ...s.data.switch, skippedReverse: skipped.skipped };
          });
          return { detail: `${skipped.group}: ${skipped.skipped} event(s) skipped` };
        },
      },
      {
        name: 'sync-service-counters',
        describe: "move the service's identity counters past the copied rows",
        async run(ctx) {
          return { detail: await scriptUp(ctx, 'service', SERVICE_SCRIPTS.syncSequences) };
        },
      },
      {
        name: 'start-reverse',
        describe: 'tell the agent to replicate in reverse (service → monolith) and wait for it',
        async run(_ctx, tools) {
          return { detail: await setDirection(tools, 'reverse', options) };
        },
      },
      {
        name: 'unblock-service',
        describe: "lift the service's write block: the service may take writes (the window ends)",
        async run(ctx, tools) {
          const detail = await scriptDown(ctx, 'service', SERVICE_SCRIPTS.blockWrites);
          const ms = windowMs(tools.state, 'switch');
          await tools.update((s) => {
            s.data.switch = {
              ...s.data.switch,
              ...(ms !== undefined ? { windowMs: ms } : {}),
              writerSince: new Date().toISOString(),
            };
          });
          ctx.log(
            `service ${ctx.service} may take writes; the moved tables refused writes for ${ms ?? '?'} ms`,
          );
          return { detail: `service may take writes; writes were blocked for ${ms ?? '?'} ms (${detail})` };
        },
      },
    ],
  };
}

export const switchMoveAction = switchAction();
