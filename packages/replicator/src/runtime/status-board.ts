import type { SeamError } from '@seam/core';
import type { Admin } from 'kafkajs';
import type { Route } from '../apply/route.js';
import { type PartitionPosition, partitionId } from '../apply/target.js';
import type { SourceInfo } from '../decode/envelope.js';
import type { ReplicatorMetrics } from '../ops/metrics.js';
import { RateMeter, type ReplicatorState, type ReplicatorStatus, type TableStatus } from '../ops/status.js';
import type { AppliedSummary } from './applied-summary.js';
import type { Unit } from './unit.js';

/** What a replicator did, once it stopped. */
export interface ReplicatorSummary {
  service: string;
  group: string;
  applied: number;
  deadLettered: number;
  partitions: Array<{ topic: string; partition: number; applied: string }>;
  stoppedBy: 'request' | 'error';
  error?: ReturnType<SeamError['toJSON']>;
  /** Tables no longer applied because their events stopped fitting the target (SEAM_REPL_SCHEMA_CHANGED). */
  tablesStopped?: Array<{ table: string; code: string; message: string }>;
}

const split = (tp: string) => tp.split('\u0000') as [string, string];

/**
 * Where the replicator stands: its state, counters, tables, partitions and last error, kept with
 * the metrics that follow them; what /status serves and the summary says once it stopped.
 */
export class StatusBoard {
  readonly startedAt = new Date();
  /** Partitions stopped on a schema change (batch mode): nothing more is applied from them. */
  readonly stoppedPartitions = new Set<string>();
  readonly highWatermarks = new Map<string, string>();
  readonly #tables = new Map<Route, TableStatus>();
  readonly #sources = new Map<string, SourceInfo | undefined>();
  readonly #rate = new RateMeter();
  #state: ReplicatorState = 'starting';
  #applied = 0;
  #deadLettered = 0;
  #lastError: ReplicatorStatus['lastError'];
  #retryingTarget = false;

  constructor(
    readonly metrics: ReplicatorMetrics,
    /** Next offset stored in the target, by partitionId. */
    readonly stored: Map<string, string>,
    readonly routesByTopic: Map<string, Route[]>,
  ) {}

  get state(): ReplicatorState {
    return this.#state;
  }

  setState(state: ReplicatorState): void {
    this.#state = state;
    this.metrics.up.set(state === 'running' ? 1 : 0);
  }

  /** The start failed: the state says so (the `up` gauge never went up). */
  failedToStart(): void {
    this.#state = 'failed';
  }

  lastError(error: { code: string; message: string }, at = new Date().toISOString()): void {
    this.#lastError = { code: error.code, message: error.message, at };
  }

  /** A transient fault (target or Kafka): the status says `retrying`, and the retry is counted. */
  retrying(error: SeamError): void {
    this.metrics.retries.inc({ code: error.code });
    this.lastError(error);
    this.setState('retrying');
  }

  /** The applier retries the target (an error) or got through again (undefined). */
  targetRetry(error: SeamError | undefined, kafkaDown: boolean): void {
    this.#retryingTarget = error !== undefined;
    if (error) {
      this.lastError(error);
      this.setState('retrying');
    } else if (!kafkaDown) this.setState('running');
  }

  /** Kafka answers again: running, unless the target is still being retried. */
  kafkaAnswered(): void {
    if (!this.#retryingTarget && this.#state === 'retrying') this.setState('running');
  }

  addTable(route: Route, estimate: number | undefined): void {
    this.#tables.set(route, {
      source: route.source,
      target: `${route.target.schema}.${route.target.name}`,
      topic: route.topic,
      applied: 0,
      snapshot: { rows: 0, done: false, ...(estimate !== undefined && estimate >= 0 ? { estimate } : {}) },
    });
  }

  deadLettered(): void {
    this.#deadLettered++;
  }

  /** Samples the events-per-second meter (once a second). */
  sampleRate(): void {
    this.#rate.sample(this.#applied);
  }

  applied(summary: AppliedSummary, positions: PartitionPosition[], seconds: number): void {
    const m = this.metrics;
    m.applySeconds.observe(seconds);
    for (const o of summary.ops) m.events.inc({ topic: o.topic, op: o.op }, o.count);
    for (const l of summary.last) this.#sources.set(partitionId(l.topic, l.partition), l.source);
    for (const r of summary.routes) {
      const route = this.routesByTopic.get(r.topic)?.[r.route];
      const stats = route && this.#tables.get(route);
      if (!stats) continue;
      stats.applied += r.applied;
      stats.snapshot.rows += r.snapshotRows;
      if (r.done) stats.snapshot.done = true;
    }
    const count = summary.events;
    this.#applied += count;
    for (const p of positions) {
      m.batches.inc({ topic: p.topic });
      m.appliedOffset.set({ topic: p.topic, partition: String(p.partition) }, Number(p.next));
      const hw = this.highWatermarks.get(partitionId(p.topic, p.partition));
      if (hw !== undefined)
        m.lag.set(
          { topic: p.topic, partition: String(p.partition) },
          Math.max(0, Number(hw) - Number(p.next)),
        );
    }
    const source = summary.lastEvent?.source;
    if (source?.tsMs !== undefined && summary.lastEvent) {
      const topic = summary.lastEvent.topic;
      m.sourceTimestamp.set({ topic }, source.tsMs / 1000);
      if (source.lsn) m.sourceLsn.set({ topic }, Number(source.lsn));
      if (source.pos !== undefined) m.sourceBinlogPosition.set({ topic }, source.pos);
      if (!source.snapshot) m.endToEndSeconds.observe(Math.max(0, (Date.now() - source.tsMs) / 1000));
    }
  }

  /** The partitions' high watermarks, and the lag behind them. */
  async refreshLag(admin: Admin): Promise<void> {
    for (const topic of this.routesByTopic.keys()) {
      const offsets = await admin.fetchTopicOffsets(topic);
      for (const o of offsets) {
        const tp = partitionId(topic, o.partition);
        this.highWatermarks.set(tp, o.high);
        const applied = this.stored.get(tp);
        if (applied !== undefined) {
          this.metrics.lag.set(
            { topic, partition: String(o.partition) },
            Math.max(0, Number(o.high) - Number(applied)),
          );
        }
      }
    }
  }

  /** A table's partition stopped at `unit` on `error`. Returns true when every table has stopped. */
  tableStopped(unit: Unit, error: SeamError): boolean {
    this.stoppedPartitions.add(partitionId(unit.topic, unit.partition));
    const at = new Date().toISOString();
    this.lastError(error, at);
    for (const route of unit.routes) {
      const stats = this.#tables.get(route);
      if (stats) stats.stopped = { code: error.code, message: error.message, hint: error.hint, at };
      this.metrics.tableStopped.set({ table: route.source }, 1);
    }
    return [...this.#tables.values()].every((t) => t.stopped);
  }

  summary(
    identity: { service: string; group: string },
    by: 'request' | 'error',
    fatal: SeamError | undefined,
  ): ReplicatorSummary {
    const stopped = [...this.#tables.values()].flatMap((t) =>
      t.stopped ? [{ table: t.source, code: t.stopped.code, message: t.stopped.message }] : [],
    );
    return {
      service: identity.service,
      group: identity.group,
      applied: this.#applied,
      deadLettered: this.#deadLettered,
      partitions: [...this.stored].map(([tp, next]) => {
        const [topic, partition] = split(tp);
        return { topic, partition: Number(partition), applied: next };
      }),
      stoppedBy: by,
      ...(fatal ? { error: fatal.toJSON() } : {}),
      ...(stopped.length ? { tablesStopped: stopped } : {}),
    };
  }

  status(identity: {
    service: string;
    group: string;
    target: string;
    mode: ReplicatorStatus['mode'];
  }): ReplicatorStatus {
    const partitions = [...new Set([...this.stored.keys(), ...this.highWatermarks.keys()])]
      .sort()
      .map((tp) => {
        const [topic, partition] = split(tp);
        const applied = this.stored.get(tp) ?? '0';
        const hw = this.highWatermarks.get(tp);
        const source = this.#sources.get(tp);
        return {
          topic,
          partition: Number(partition),
          applied,
          ...(hw !== undefined ? { highWatermark: hw, lag: Math.max(0, Number(hw) - Number(applied)) } : {}),
          ...(source ? { source } : {}),
          ...(this.stoppedPartitions.has(tp) ? { stopped: true } : {}),
        };
      });
    return {
      ...identity,
      state: this.#state,
      startedAt: this.startedAt.toISOString(),
      events: { applied: this.#applied, deadLettered: this.#deadLettered, perSecond: this.#rate.rate() },
      partitions,
      tables: [...this.#tables.values()],
      ...(this.#lastError ? { lastError: this.#lastError } : {}),
    };
  }
}
