import { captureStatus, MONOLITH_SCRIPTS, SERVICE_SCRIPTS, startCapture } from '@seam/codegen';
import { describeConnection, readPlanFile, SeamError, serviceUrlEnvVar } from '@seam/core';
import { planJobs, verify } from '@seam/parity';
import { backlogOf } from '@seam/replicator';
import type { MoveAction, MoveStep } from '../runner/action.js';
import { DEFAULT_VERIFY_FRESHNESS_MS, verifyFreshness } from '../state/phases.js';
import type { MoveState } from '../state/state.js';
import type { MoveContext } from './context.js';
import { namesOf } from './create.js';
import {
  DEFAULT_MAX_LAG_EVENTS,
  type HandoverOptions,
  handoverAction,
  replicatorConfig,
} from './handover.js';
import { scriptUp, unitsOf } from './scripts.js';

/** The reverse direction, outside the write-blocked window; its names in the state (status, agent, teardown). */
const prepareReverse: MoveStep<MoveContext> = {
  name: 'prepare-reverse',
  describe:
    "the reverse direction, outside the write-blocked window: the service's capture script and write block, the monolith's reverse offsets table, the reverse connector",
  async run(ctx, tools) {
    const { reverse } = unitsOf(ctx);
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
      done.push(`${reverse.connector.name} started`);
    } else done.push(`${reverse.connector.name} runs`);
    const names = await namesOf(ctx, reverse.replicator.file, reverse.connector.name);
    await tools.update((s) => {
      s.directions.reverse = { ...s.directions.reverse, ...names };
    });
    return { detail: done.join('; ') };
  },
};

/** Verifies the service's tables now, with nothing replicating (both sides still), and records it. */
const verifyStill: MoveStep<MoveContext> = {
  name: 'verify',
  describe: "verify the service's tables against the monolith's, nothing moving",
  async run(ctx, tools) {
    if (!ctx.plan)
      throw new SeamError('SEAM_USAGE', "seam move switch verifies the plan's tables: pass --plan.");
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
    const rows = report.tables.reduce((n, t) => n + t.rows.source, 0);
    await tools.update((s) => {
      s.verify = {
        equal: differing.length === 0 && report.equal,
        tables: report.tables.length,
        differences: differing.length,
        rows,
        at: new Date().toISOString(),
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
    return { detail: `equal: ${report.tables.length} table(s), ${rows} rows` };
  },
};

/**
 * `seam move switch`: the service becomes the writer (the handover from the monolith, with the
 * reverse direction prepared before the block and a verify while nothing moves). Refuses unless
 * the forward replicator is caught up (`maxLagEvents`) and the last verify is equal and fresh.
 */
export function switchAction(options: HandoverOptions = {}): MoveAction<MoveContext> {
  return handoverAction(
    {
      name: 'switch',
      from: ['running', 'copying'],
      during: 'switching',
      to: 'switched',
      writer: 'monolith',
      prepare: [prepareReverse],
      settled: [verifyStill],
      alreadyDone: (s) =>
        s.phase === 'switched' ? `the service ${s.service} is already the writer` : undefined,
      refusal: (s) =>
        s?.phase === 'creating'
          ? `The move of ${s.service} is still being created: run \`seam move create\` again to finish it.`
          : s
            ? `The move of ${s.service} is ${s.phase}: \`seam move status --service ${s.service}\` names the next step.`
            : undefined,
      check: (ctx, state, resuming) => ready(ctx, state, resuming, options),
    },
    options,
  );
}

/** A plan to verify with, a fresh equal verify, and a forward replicator within the lag allowed. */
async function ready(
  ctx: MoveContext,
  state: MoveState | undefined,
  resuming: boolean,
  options: HandoverOptions,
): Promise<void> {
  if (!ctx.plan)
    throw new SeamError('SEAM_USAGE', 'seam move switch verifies the plan’s tables: pass --plan plan.yaml.');
  if (resuming) return;
  const freshnessMs = options.freshnessMs ?? DEFAULT_VERIFY_FRESHNESS_MS;
  const freshness = state ? verifyFreshness(state, new Date(), freshnessMs) : 'none';
  if (freshness !== 'fresh' || !state?.verify?.equal) {
    throw new SeamError(
      'SEAM_MOVE_VERIFY_STALE',
      `The last verify of ${ctx.service} is ${freshness === 'none' ? 'missing' : freshness === 'stale' ? `older than ${Math.round(freshnessMs / 3_600_000)} h` : 'not equal'}: switching needs a fresh, equal one.`,
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
}

export const switchMoveAction = switchAction();
