import { setTimeout as sleep } from 'node:timers/promises';
import { describeConnection, readPlanFile, SeamError, serviceUrlEnvVar } from '@seam/core';
import { Barrier, planJobs, type VerifyReport, verify } from '@seam/parity';
import { initialCopyProgress } from '../copy/initial-copy.js';
import { describeCopyTable } from '../copy/progress.js';
import { isTransitional } from '../state/phases.js';
import { addHistory, type VerifyRecord } from '../state/state.js';
import { whoAmI } from '../store/move-store.js';
import { checkFingerprint, type MoveContext } from './context.js';
import { monolithPosition } from './create.js';

export interface MoveVerifyOptions {
  /** How long differences are re-checked while replication runs (default 60 s). */
  recheckTimeoutMs?: number;
  /** How long to wait for the initial copy to complete (default: the re-check timeout). */
  copyTimeoutMs?: number;
  maxRows?: number;
  concurrency?: number;
  onProgress?: (line: string) => void;
}

export interface MoveVerifyResult {
  report: VerifyReport;
  record: VerifyRecord;
}

/**
 * `seam verify --plan --service` for the move's service, with the lag barrier of the active
 * direction, recorded in the state (result, counts, time, the source position it covered).
 */
export async function verifyMove(
  ctx: MoveContext,
  options: MoveVerifyOptions = {},
): Promise<MoveVerifyResult> {
  const state = await ctx.store.load();
  checkFingerprint(ctx, state.manifest?.fingerprint);
  if (state.progress || isTransitional(state.phase)) {
    const running = state.progress?.action ?? state.phase;
    throw new SeamError(
      'SEAM_MOVE_UNFINISHED',
      `seam move ${running} of ${ctx.service} did not finish; verify waits for it.`,
      {
        hint: `Run \`seam move ${running} --service ${ctx.service} --dir ${ctx.dir}\` again first.`,
      },
    );
  }
  if (state.phase === 'cancelled' || state.phase === 'completed') {
    throw new SeamError(
      'SEAM_MOVE_PHASE',
      `The move of ${ctx.service} is ${state.phase}: nothing to verify.`,
      {
        hint: `Run \`seam move create --service ${ctx.service} --dir ${ctx.dir}\` to start a new move.`,
      },
    );
  }
  if (!ctx.plan) {
    throw new SeamError(
      'SEAM_USAGE',
      'seam move verify compares the tables of the plan: pass --plan plan.yaml.',
    );
  }
  if (state.phase === 'copying' && state.direction === 'forward')
    await waitForCopy(ctx, options.copyTimeoutMs ?? options.recheckTimeoutMs ?? 60_000, options.onProgress);
  const plan = await readPlanFile(ctx.plan);
  // planJobs reads the URL from the environment; the job keeps ctx.target itself (with its password).
  const jobs = planJobs(
    plan,
    ctx.monolith,
    { service: [ctx.service] },
    {
      [serviceUrlEnvVar(ctx.service)]: describeConnection(ctx.target),
    },
  ).map((job) => ({ ...job, target: ctx.target }));
  // The barrier waits for the direction that runs: forward until the switch.
  const names = state.direction === 'reverse' ? state.directions.reverse : state.directions.forward;
  const barrier =
    state.direction !== 'none' && names?.connector && names.consumerGroup
      ? new Barrier({
          connect: ctx.connect,
          connector: names.connector,
          group: names.consumerGroup,
          brokers: ctx.brokers,
          ...(names.topics?.length ? { topics: names.topics } : {}),
        })
      : undefined;
  const started = Date.now();
  const position = await monolithPosition(ctx);
  let report: VerifyReport;
  try {
    report = await verify(jobs, {
      maxRows: options.maxRows ?? 1000,
      concurrency: options.concurrency ?? 1,
      // After the switch the service writes and the monolith's copies follow: the re-checks wait on
      // the service's position and judge by its rows.
      ...(barrier
        ? {
            lag: {
              barrier,
              timeoutMs: options.recheckTimeoutMs ?? 60_000,
              origin: state.direction === 'reverse' ? ('target' as const) : ('source' as const),
            },
          }
        : {}),
    });
  } finally {
    await barrier?.close();
  }
  const record: VerifyRecord = {
    equal: report.equal && report.tables.every((t) => t.status === 'equal'),
    tables: report.tables.length,
    differences: report.tables.filter((t) => t.status !== 'equal').length,
    rows: report.tables.reduce((n, t) => n + t.rows.source, 0),
    at: new Date().toISOString(),
    durationMs: Date.now() - started,
    position,
    perTable: report.tables.map((t) => ({
      table: t.table,
      equal: t.status === 'equal',
      sourceRows: t.rows.source,
    })),
  };
  await ctx.store.change((s) => {
    s.verify = record;
    addHistory(s, {
      at: record.at,
      action: 'verify',
      event: 'finished',
      detail: record.equal
        ? `equal: ${record.tables} tables, ${record.rows} rows`
        : `${record.differences} of ${record.tables} tables differ`,
      by: whoAmI(),
    });
  });
  return { report, record };
}

/**
 * Waits until the initial copy (Debezium's incremental snapshot) reports completion: before it,
 * rows not yet read would show as differences. SEAM_MOVE_COPYING when it takes longer.
 */
async function waitForCopy(
  ctx: MoveContext,
  timeoutMs: number,
  onProgress?: (line: string) => void,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  for (;;) {
    const progress = await initialCopyProgress(ctx.forwardConnector, ctx.brokers);
    if (!progress || progress.state === 'done') return;
    const text = progress.tables.map(describeCopyTable).join('; ');
    if (text !== last) onProgress?.(`initial copy: ${text}`);
    last = text;
    if (Date.now() >= deadline) {
      throw new SeamError(
        'SEAM_MOVE_COPYING',
        `The initial copy of ${ctx.service} has not completed (${progress.state}): ${text}.`,
        {
          hint: `\`seam move status --service ${ctx.service} --dir ${ctx.dir} --watch\` shows it; verify once it is done, or wait longer: \`seam move verify --service ${ctx.service} --dir ${ctx.dir} --recheck-timeout 600\`.`,
        },
      );
    }
    await sleep(1000);
  }
}
