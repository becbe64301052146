import { join } from 'node:path';
import { MONOLITH_SCRIPTS, readConnectorConfig, SERVICE_SCRIPTS } from '@seam/codegen';
import { SeamError } from '@seam/core';
import { openDatabase } from '@seam/core/sql';
import { Barrier, readPosition, type SourcePosition, waitPublished } from '@seam/parity';
import { type ReplicatorConfig, readReplicatorConfigFile, skipBacklog } from '@seam/replicator';
import type { MoveAction, MoveStep, StepTools } from '../runner/action.js';
import { addPosition, type MoveDirection, type MovePhase, type MoveState } from '../state/state.js';
import { checkFingerprint, type MoveContext } from './context.js';
import { positionJson } from './create.js';
import { scriptDown, scriptUp, unitsOf } from './scripts.js';
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

export async function replicatorConfig(ctx: MoveContext, file: string): Promise<ReplicatorConfig> {
  return readReplicatorConfigFile(join(ctx.dir, file));
}

/** The side that writes the moved tables before a handover (the other writes after it). */
export type WriterSide = 'monolith' | 'service';

const otherSide = (side: WriterSide): WriterSide => (side === 'monolith' ? 'service' : 'monolith');

/** The stream that carries a side's writes to the other side. */
const streamOf = (side: WriterSide): 'forward' | 'reverse' => (side === 'monolith' ? 'forward' : 'reverse');

const SCRIPTS = { monolith: MONOLITH_SCRIPTS, service: SERVICE_SCRIPTS } as const;

const databaseOf = (ctx: MoveContext, side: WriterSide) => (side === 'monolith' ? ctx.monolith : ctx.target);

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

/**
 * Reads one side's change-log position now and records it (positions, and the action's own data).
 * Then writes the side's heartbeat row (its connector's `heartbeat.action.query`): on a side whose
 * moved tables refuse writes, the connector's offset passes the position at once instead of at its
 * next heartbeat (up to `heartbeat.interval.ms`, 10 s by default, inside the write-blocked window).
 */
async function recordPosition(
  ctx: MoveContext,
  tools: StepTools,
  action: string,
  side: WriterSide,
): Promise<string> {
  const config = await readConnectorConfig(ctx.dir, unitsOf(ctx)[streamOf(side)].connector);
  const heartbeat = config['heartbeat.action.query'];
  const db = await openDatabase(databaseOf(ctx, side), { applicationName: 'seam move' });
  let json: Record<string, unknown>;
  try {
    json = positionJson(await readPosition(db));
    if (heartbeat) await db.query(heartbeat);
  } finally {
    await db.close();
  }
  await tools.update((s) => {
    addPosition(s, { label: `${action}.${side}`, side, position: json, at: new Date().toISOString() });
    s.data[action] = { ...s.data[action], [side]: json };
  });
  return JSON.stringify(json);
}

/** The position recorded by an earlier step of the action. */
function recorded(state: MoveState, action: string, side: WriterSide): SourcePosition {
  const json = state.data[action]?.[side];
  if (!json || typeof json !== 'object') {
    throw new SeamError('SEAM_INTERNAL', `seam move ${action}: no ${side} position was recorded.`);
  }
  return fromJson(json as Record<string, unknown>);
}

/** Tells the agent which direction to run and waits until it says it does. */
async function setDirection(
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

/** Waits until a stream's replicator applied everything its connector published up to `pos`. */
async function drain(
  ctx: MoveContext,
  stream: 'forward' | 'reverse',
  pos: SourcePosition,
  options: HandoverOptions,
): Promise<string> {
  const { connector, replicator } = unitsOf(ctx)[stream];
  const barrier = new Barrier({
    connect: ctx.connect,
    connector: connector.name,
    group: replicator.group,
    brokers: ctx.brokers,
    topics: connector.topics,
  });
  try {
    const result = await barrier.wait(pos, Date.now() + (options.waitMs ?? DEFAULT_WAIT_MS));
    if (!result.passed) {
      throw new SeamError('SEAM_TIMEOUT', `Draining ${replicator.group} did not finish: ${result.reason}.`, {
        hint: 'Check the agent (`seam move status`) and the connector (`seam capture status`), then run the action again.',
      });
    }
  } finally {
    await barrier.close();
  }
  return `${replicator.group} applied everything up to the block`;
}

/** Waits until a stream's connector has published everything committed at its source before `pos`. */
async function published(
  ctx: MoveContext,
  stream: 'forward' | 'reverse',
  pos: SourcePosition,
  options: HandoverOptions,
): Promise<string> {
  const connector = unitsOf(ctx)[stream].connector.name;
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
  return connector;
}

/** The agent's heartbeat is recent: it will stop and start the replicators when told. */
function requireAgent(state: MoveState | undefined, service: string, dir: string, timeoutMs: number): void {
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

/** One handover: who writes before it, and what the action adds to the common steps. */
export interface Handover {
  name: 'switch' | 'reverse';
  from: readonly MovePhase[];
  during: MovePhase;
  to: MovePhase;
  /** The side whose writes are blocked first; the other side writes when the handover is done. */
  writer: WriterSide;
  /** Steps before the block (outside the write-blocked window). */
  prepare?: MoveStep<MoveContext>[];
  /** Steps once the old stream stopped (nothing moving, both sides blocked). */
  settled?: MoveStep<MoveContext>[];
  /** Checks of this action after the common ones (resuming: the checks held when it started). */
  check?: (ctx: MoveContext, state: MoveState | undefined, resuming: boolean) => Promise<void>;
  alreadyDone?: MoveAction<MoveContext>['alreadyDone'];
  refusal?: MoveAction<MoveContext>['refusal'];
}

/**
 * The write-blocked handover of the moved tables from one side to the other: block the old
 * writer; drain its stream up to the position read after the block; the agent stops it; (the
 * action's settled steps); the new writer's counters move past the rows; the new stream's
 * connector has published past the new writer's position and its replicator's backlog (the old
 * stream's own writes) is skipped — no loop; the agent runs the new stream; the new writer is
 * unblocked and the window (block → unblock) is kept in `data.<action>.windowMs`. Any failure
 * before that last step undoes it: the new writer is blocked again, the old one replicates and
 * takes writes again.
 */
export function handoverAction(h: Handover, options: HandoverOptions = {}): MoveAction<MoveContext> {
  const { name, writer: old } = h;
  const next = otherSide(old);
  const drains = streamOf(old);
  const starts = streamOf(next);
  const step = (
    stepName: string,
    describe: string,
    run: (ctx: MoveContext, tools: StepTools) => Promise<string>,
  ): MoveStep<MoveContext> => ({
    name: stepName,
    describe,
    run: async (ctx, tools) => ({ detail: await run(ctx, tools) }),
  });
  return {
    name,
    from: h.from,
    during: h.during,
    to: h.to,
    ...(h.alreadyDone ? { alreadyDone: h.alreadyDone } : {}),
    ...(h.refusal ? { refusal: h.refusal } : {}),
    async precheck(ctx, state) {
      checkFingerprint(ctx, state?.manifest?.fingerprint);
      unitsOf(ctx);
      const resuming = state?.progress?.action === name;
      if (!resuming) requireAgent(state, ctx.service, ctx.dir, options.agentTimeoutMs ?? 10_000);
      await h.check?.(ctx, state, resuming);
    },
    async onFailure(ctx, error, tools) {
      // Before the new writer's block is lifted nobody has written to it: undo everything visible.
      ctx.log(`${name} failed (${error.code}): unblocking the ${old}, replicating ${drains} again`);
      await scriptUp(ctx, next, SCRIPTS[next].blockWrites);
      await tools.update((s) => {
        s.direction = drains;
        s.data[name] = { ...s.data[name], failed: `${error.code}: ${error.message}` };
      });
      await scriptDown(ctx, old, SCRIPTS[old].blockWrites);
      return 'rollback';
    },
    steps: [
      ...(h.prepare ?? []),
      step(
        `block-${old}`,
        `block the application's writes to the moved tables on the ${old} (the window starts)`,
        async (ctx, tools) => {
          await tools.update((s) => {
            s.data[name] = { blockedAt: new Date().toISOString() };
          });
          return scriptUp(ctx, old, SCRIPTS[old].blockWrites);
        },
      ),
      step(`${old}-position`, `read the ${old}'s change-log position after the block`, (ctx, tools) =>
        recordPosition(ctx, tools, name, old),
      ),
      step(
        `drain-${drains}`,
        `wait until the ${drains} replicator applied everything up to that position`,
        (ctx, tools) => drain(ctx, drains, recorded(tools.state, name, old), options),
      ),
      step(
        `stop-${drains}`,
        `tell the agent to stop the ${drains} replicator (direction none) and wait for it`,
        (_ctx, tools) => setDirection(tools, 'none', options),
      ),
      ...(h.settled ?? []),
      step(
        `sync-${next}-counters`,
        `move the ${next}'s sequences / AUTO_INCREMENT past the rows the ${old} holds`,
        (ctx) => scriptUp(ctx, next, SCRIPTS[next].syncSequences),
      ),
      step(
        `${next}-position`,
        `read the ${next}'s change-log position (the ${next} still refuses the application's writes)`,
        (ctx, tools) => recordPosition(ctx, tools, name, next),
      ),
      step(
        `${starts}-published`,
        `wait until the ${starts} connector has published past that position`,
        async (ctx, tools) =>
          `${await published(ctx, starts, recorded(tools.state, name, next), options)} passed the ${next}'s position`,
      ),
      step(
        `skip-${starts}-backlog`,
        `skip the ${starts} replicator's backlog (the ${drains} replicator's own writes): nothing goes round`,
        async (ctx, tools) => {
          const config = await replicatorConfig(ctx, unitsOf(ctx)[starts].replicator.file);
          const skipped = await skipBacklog(config, { target: databaseOf(ctx, old), brokers: ctx.brokers });
          const key = `skipped${starts === 'forward' ? 'Forward' : 'Reverse'}`;
          await tools.update((s) => {
            s.data[name] = { ...s.data[name], [key]: skipped.skipped };
          });
          return `${skipped.group}: ${skipped.skipped} event(s) skipped`;
        },
      ),
      step(
        `start-${starts}`,
        `tell the agent to replicate ${starts} (${next} → ${old}) and wait for it`,
        (_ctx, tools) => setDirection(tools, starts, options),
      ),
      step(
        `unblock-${next}`,
        `lift the ${next}'s write block: the ${next} may take writes (the window ends)`,
        async (ctx, tools) => {
          const detail = await scriptDown(ctx, next, SCRIPTS[next].blockWrites);
          const at = tools.state.data[name]?.blockedAt;
          const ms = typeof at === 'string' ? Date.now() - Date.parse(at) : undefined;
          await tools.update((s) => {
            s.data[name] = {
              ...s.data[name],
              ...(ms !== undefined ? { windowMs: ms } : {}),
              writerSince: new Date().toISOString(),
            };
          });
          ctx.log(
            `the ${next === 'service' ? `service ${ctx.service}` : 'monolith'} may take writes; the moved tables refused writes for ${ms ?? '?'} ms`,
          );
          return `${next} may take writes; writes were blocked for ${ms ?? '?'} ms (${detail})`;
        },
      ),
    ],
  };
}
