import { join } from 'node:path';
import { catalogFor } from '@seam/catalog';
import { parseTableKey, schemaNamingFor, toSeamError } from '@seam/core';
import { openDatabase, type Queryable, quoteQualified } from '@seam/core/sql';
import { createKafkaClient } from '@seam/kafka';
import { snapshotRunning } from '@seam/parity';
import { debeziumTopic, type ReplicatorConfig, readReplicatorConfigFile } from '@seam/replicator';
import type { MoveContext } from '../actions/context.js';
import { initialCopyProgress } from '../copy/initial-copy.js';
import type { CopyProgress, CopyTableProgress } from '../copy/progress.js';
import { engineFor } from '../engine.js';
import {
  ageMs,
  DEFAULT_VERIFY_FRESHNESS_MS,
  type VerifyFreshness,
  verifyFreshness,
} from '../state/phases.js';
import { addHistory, type HistoryEvent, type MovePhase, type MoveState } from '../state/state.js';
import { copyComplete } from './copy-complete.js';
import { type CommandArgs, nextSteps } from './next-steps.js';

export interface TableProgress {
  /** Source table (schema.table) and the target's name. */
  table: string;
  target: string;
  sourceRows: number | null;
  targetRows: number | null;
  /** targetRows / sourceRows in percent (100 for two empty tables). */
  percent: number | null;
  /** false: both counts are the catalogs' estimates (a source table above `exactUpTo` rows). */
  exact: boolean;
  /** The initial copy of this table, as Debezium reports it (chunks read, rows, done). */
  copy?: CopyTableProgress;
  error?: string;
}

export interface LagReport {
  group: string;
  /** Events in Kafka the replicator has not applied (topic end offsets minus stored offsets). */
  events: number;
  /** Age of the newest applied source change when behind; 0 when caught up. */
  seconds: number | null;
  /** Partitions without a stored offset yet. */
  unstarted: number;
}

export interface MoveStatusReport {
  service: string;
  /** The phase, with `copying` → `running` derived from copy progress and lag. */
  phase: MovePhase | 'none';
  storedPhase: MovePhase | 'none';
  direction: MoveState['direction'];
  createdAt?: string;
  /** The action running now, or killed mid-way: its finished steps. */
  action?: { name: string; startedAt: string; attempts: number; stepsDone: string[] };
  /** The action lock, when a session holds it now. */
  lock: { holder: string; since: string | null; session: string } | null;
  agent: {
    alive: boolean;
    seenAgoMs: number | null;
    pid: number;
    host: string;
    direction: string;
    replicators: string[];
    error?: string;
    url?: string;
  } | null;
  connector: { name: string; state: string | null; snapshotting: boolean | null } | null;
  tables: TableProgress[];
  copy: { sourceRows: number; targetRows: number; percent: number | null };
  /** The initial copy through Debezium's incremental snapshot: its state and per-table progress. */
  initialCopy?: CopyProgress;
  lag: { forward?: LagReport; reference?: LagReport };
  verify: {
    freshness: VerifyFreshness;
    equal?: boolean;
    at?: string;
    ageMs?: number;
    differences?: number;
    tables?: number;
  };
  nextSteps: string[];
  history: HistoryEvent[];
}

export interface StatusOptions {
  freshnessMs?: number;
  /** The agent counts as alive when its heartbeat is younger than this (default 10 s). */
  agentTimeoutMs?: number;
  /** copying → running once the lag is at most this many events and every table within this many rows of its source (default 100). */
  lagThreshold?: number;
  /** Tables the catalog estimates above this many rows are counted by estimate (default 1,000,000). */
  exactUpTo?: number;
  /** Write copying → running into the state when derived (default true). */
  promote?: boolean;
  now?: () => Date;
}

/** A plan table key as Debezium names the data collection: `schema.table`. */
function debeziumId(key: string): string {
  const k = parseTableKey(key);
  return `${k.schema}.${k.name}`;
}

async function count(db: Queryable, table: string): Promise<number> {
  const rows = await db.query<{ n: string | number }>(`SELECT count(*) AS n FROM ${table}`);
  return Number(rows[0]?.n ?? 0);
}

/** Rows on both sides of each table the forward replicator carries. */
async function tableProgress(
  ctx: MoveContext,
  config: ReplicatorConfig,
  exactUpTo: number,
): Promise<TableProgress[]> {
  const source = await openDatabase(ctx.monolith, { applicationName: 'seam move status' });
  const target = await openDatabase(ctx.target, { applicationName: 'seam move status' });
  try {
    const out: TableProgress[] = [];
    for (const t of config.tables) {
      const src = parseTableKey(t.source);
      const targetName = t.table ?? src.name;
      const row: TableProgress = {
        table: t.source,
        target: config.target.schema ? `${config.target.schema}.${targetName}` : targetName,
        sourceRows: null,
        targetRows: null,
        percent: null,
        exact: true,
      };
      try {
        const estimate = (await catalogFor(ctx.monolith.dialect).describeTable(source, src.schema, src.name))
          ?.estimatedRows;
        if (estimate !== undefined && estimate > exactUpTo) {
          // Counting a big table at every status would scan it: both sides by the catalogs' estimates.
          const schema = schemaNamingFor(ctx.target.dialect).targetSchema(ctx.target, config.target.schema);
          row.exact = false;
          row.sourceRows = estimate;
          row.targetRows =
            (await catalogFor(ctx.target.dialect).describeTable(target, schema, targetName))?.estimatedRows ??
            0;
        } else {
          row.sourceRows = await count(source, quoteQualified(ctx.monolith.dialect, src.schema, src.name));
          row.targetRows = await count(
            target,
            quoteQualified(ctx.target.dialect, config.target.schema ?? null, targetName),
          );
        }
        row.percent =
          row.sourceRows === 0 ? (row.targetRows === 0 ? 100 : 100) : (100 * row.targetRows) / row.sourceRows;
      } catch (error) {
        row.error = toSeamError(error).message;
      }
      out.push(row);
    }
    return out;
  } finally {
    await source.close();
    await target.close();
  }
}

/** Lag of one replicator: topic end offsets minus what its target stored, and the source time. */
async function lagOf(
  ctx: MoveContext,
  config: ReplicatorConfig,
  group: string,
  now: Date,
): Promise<LagReport> {
  const topics = [
    ...new Set(
      config.tables.map((t) => {
        if (t.topic) return t.topic;
        const k = parseTableKey(t.source);
        return debeziumTopic(config.source.topicPrefix, k.schema, k.name);
      }),
    ),
  ];
  const kafka = createKafkaClient({ clientId: 'seam-move-status', brokers: ctx.brokers });
  const admin = kafka.admin();
  await admin.connect();
  const ends = new Map<string, bigint>();
  try {
    for (const topic of topics) {
      try {
        for (const p of await admin.fetchTopicOffsets(topic))
          ends.set(`${topic}/${p.partition}`, BigInt(p.high));
      } catch {
        // a topic not created yet: nothing to apply from it
      }
    }
  } finally {
    await admin.disconnect();
  }
  const target = await openDatabase(ctx.target, { applicationName: 'seam move status' });
  let stored: Awaited<ReturnType<ReturnType<typeof engineFor>['readOffsets']>>;
  try {
    stored = await engineFor(ctx.target.dialect).readOffsets(
      target,
      quoteQualified(ctx.target.dialect, config.target.schema ?? null, config.target.offsetsTable),
      group,
    );
  } finally {
    await target.close();
  }
  const byKey = new Map(stored.map((s) => [`${s.topic}/${s.partition}`, s]));
  let events = 0n;
  let unstarted = 0;
  let newest: number | null = null;
  for (const [key, end] of ends) {
    const s = byKey.get(key);
    if (!s) {
      unstarted += 1;
      events += end;
      continue;
    }
    if (end > s.nextOffset) events += end - s.nextOffset;
    if (s.sourceTsMs !== null) newest = newest === null ? s.sourceTsMs : Math.max(newest, s.sourceTsMs);
  }
  const seconds = events === 0n ? 0 : newest === null ? null : Math.max(0, (now.getTime() - newest) / 1000);
  return { group, events: Number(events), seconds, unstarted };
}

/** Whether the connector's stored source offset says a snapshot (initial or incremental) runs. */
async function connectorState(
  ctx: MoveContext,
  name: string,
): Promise<{ name: string; state: string | null; snapshotting: boolean | null }> {
  let state: string | null = null;
  let snapshotting: boolean | null = null;
  try {
    state = (await ctx.connect.status(name)).connector.state;
  } catch {
    // absent
  }
  try {
    const offsets = await ctx.connect.offsets(name);
    const list = (offsets as { offsets?: { offset?: Record<string, unknown> }[] }).offsets ?? [];
    if (list.length) snapshotting = list.some((o) => o.offset !== undefined && snapshotRunning(o.offset));
  } catch {
    // no offsets yet
  }
  return { name, state, snapshotting };
}

/**
 * The move's status: phase, agent, copy progress per table, lag, last verify and the next step.
 * Takes no lock; writes only `copying` → `running` once the copy is complete (promote).
 */
export async function moveStatus(
  ctx: MoveContext,
  args: CommandArgs,
  options: StatusOptions = {},
): Promise<MoveStatusReport> {
  const now = (options.now ?? (() => new Date()))();
  const stored = await ctx.store.read();
  const lock = await ctx.store.lockHolder().catch(() => undefined);
  let state = stored.state;
  const agentTimeout = options.agentTimeoutMs ?? 10_000;
  const seenAgo = ageMs(state?.agent?.seenAt, now) ?? null;
  const agentAlive =
    state?.agent !== undefined &&
    state.agent.stoppedAt === undefined &&
    seenAgo !== null &&
    seenAgo < agentTimeout;

  let tables: TableProgress[] = [];
  const lag: MoveStatusReport['lag'] = {};
  let connector: MoveStatusReport['connector'] = null;
  // undefined: the connector copies with its own initial snapshot; null: its progress is unreadable now.
  let initialCopy: CopyProgress | undefined | null;
  const active = state && !['cancelled', 'completed', 'creating', 'cancelling'].includes(state.phase);
  if (state && active) {
    const forwardFile = state.directions.forward?.replicatorConfig ?? ctx.files.forward;
    try {
      const config = await readReplicatorConfigFile(join(ctx.dir, forwardFile));
      tables = await tableProgress(ctx, config, options.exactUpTo ?? 1_000_000);
      if (state.direction === 'forward' && state.directions.forward?.consumerGroup)
        lag.forward = await lagOf(ctx, config, state.directions.forward.consumerGroup, now);
    } catch (error) {
      tables = [
        {
          table: '*',
          target: '*',
          sourceRows: null,
          targetRows: null,
          percent: null,
          exact: true,
          error: toSeamError(error).message,
        },
      ];
    }
    const refFile = state.directions.reference?.replicatorConfig;
    const refGroup = state.directions.reference?.consumerGroup;
    if (refFile && refGroup) {
      try {
        lag.reference = await lagOf(
          ctx,
          await readReplicatorConfigFile(join(ctx.dir, refFile)),
          refGroup,
          now,
        );
      } catch {
        // reported through the forward numbers
      }
    }
    if (state.directions.forward?.connector && state.direction === 'forward') {
      connector = await connectorState(ctx, state.directions.forward.connector);
      try {
        initialCopy = await initialCopyProgress(ctx.forwardConnector, ctx.brokers);
      } catch {
        // Kafka unreachable: the copy counts as not done (no promotion)
        initialCopy = null;
      }
      for (const t of tables) {
        const copied = initialCopy?.tables.find((c) => c.table === debeziumId(t.table));
        if (copied) t.copy = copied;
      }
    }
  }

  const sourceRows = tables.reduce((n, t) => n + (t.sourceRows ?? 0), 0);
  const targetRows = tables.reduce((n, t) => n + (t.targetRows ?? 0), 0);
  let phase: MovePhase | 'none' = state?.phase ?? 'none';
  if (state?.phase === 'copying' && !state.progress) {
    const snapshotDone =
      connector?.snapshotting !== true && (initialCopy === undefined || initialCopy?.state === 'done');
    if (copyComplete(tables, lag.forward, snapshotDone, options.lagThreshold ?? 100)) {
      phase = 'running';
      if (options.promote !== false) {
        state = await ctx.store.change((s) => {
          if (s.phase !== 'copying' || s.progress) return null;
          s.phase = 'running';
          addHistory(s, {
            at: now.toISOString(),
            action: 'status',
            event: 'note',
            detail: `copy complete (${targetRows} rows), lag ${lag.forward?.events ?? 0} events: running`,
          });
        });
      }
    }
  }
  const freshness = state
    ? verifyFreshness(state, now, options.freshnessMs ?? DEFAULT_VERIFY_FRESHNESS_MS)
    : 'none';
  return {
    service: ctx.service,
    phase,
    storedPhase: stored.state?.phase ?? 'none',
    direction: state?.direction ?? 'none',
    ...(state ? { createdAt: state.createdAt } : {}),
    ...(state?.progress
      ? {
          action: {
            name: state.progress.action,
            startedAt: state.progress.startedAt,
            attempts: state.progress.attempts,
            stepsDone: Object.keys(state.progress.steps),
          },
        }
      : {}),
    lock: lock
      ? { holder: lock.holder, since: lock.since?.toISOString() ?? null, session: lock.session }
      : null,
    agent: state?.agent
      ? {
          alive: agentAlive,
          seenAgoMs: seenAgo,
          pid: state.agent.pid,
          host: state.agent.host,
          direction: state.agent.direction,
          replicators: state.agent.replicators ?? [],
          ...(state.agent.error ? { error: state.agent.error } : {}),
          ...(state.agent.url ? { url: state.agent.url } : {}),
        }
      : null,
    connector,
    tables,
    copy: {
      sourceRows,
      targetRows,
      percent: sourceRows === 0 ? (tables.length ? 100 : null) : (100 * targetRows) / sourceRows,
    },
    ...(initialCopy ? { initialCopy } : {}),
    lag,
    verify: {
      freshness,
      ...(state?.verify
        ? {
            equal: state.verify.equal,
            at: state.verify.at,
            ageMs: ageMs(state.verify.at, now) ?? 0,
            differences: state.verify.differences,
            tables: state.verify.tables,
          }
        : {}),
    },
    nextSteps: nextSteps(
      state,
      { phase: phase === 'none' ? undefined : phase, agentAlive, verify: freshness },
      args,
    ),
    history: (state?.history ?? []).slice(-10),
  };
}
