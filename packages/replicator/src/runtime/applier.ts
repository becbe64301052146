import { SeamError } from '@seam/core';
import { mapDriverError } from '@seam/core/sql';
import { addColumns } from '@seam/ddl';
import type { Producer } from 'kafkajs';
import { ChangeSet } from '../apply/change-set.js';
import { EncodeError } from '../apply/encode-error.js';
import { isTargetTooNarrow, targetTooNarrowError, tooNarrowFor } from '../apply/narrow-target.js';
import { newFields, type Route } from '../apply/route.js';
import { isRowError } from '../apply/row-error.js';
import { type DriftOptions, type SchemaDrift, schemaDrift } from '../apply/schema-drift.js';
import { type PartitionPosition, partitionId, type Statement, type TargetWriter } from '../apply/target.js';
import type { ReplicatorConfig } from '../config/config.js';
import { DecodeError } from '../decode/decode-error.js';
import type { ChangeEvent, SourceInfo } from '../decode/envelope.js';
import { logicalTypeOfField } from '../decode/field-type.js';
import type { ReplicatorEngine } from '../engine.js';
import { deadLetter } from '../kafka/dead-letter.js';
import type { Logger } from '../ops/logger.js';
import type { ReplicatorMetrics } from '../ops/metrics.js';
import { type AppliedSummary, summarize } from './applied-summary.js';
import { backoffDelay, waitFor } from './backoff.js';
import type { Unit } from './unit.js';

/** Thrown inside the apply engine to stop the replicator (after what could be applied was). */
export class FatalError extends Error {
  constructor(readonly error: SeamError) {
    super(error.message);
  }
}

/**
 * A table's events no longer fit its target (SEAM_REPL_SCHEMA_CHANGED): its partition stops at
 * that event, everything before it applied. Batch mode stops only that partition; transaction
 * mode, which applies source transactions whole and in order, stops the stream.
 */
export class TableStopped extends FatalError {
  constructor(
    error: SeamError,
    readonly unit: Unit,
  ) {
    super(error);
  }
}

/** The last allowed cut at or before `i` in the span starting at `a` (a source transaction's start). */
function boundaryAt(cuts: number[], a: number, i: number): number {
  let at = a;
  for (const c of cuts) if (c > at && c <= i) at = c;
  return at;
}

export interface ApplierContext {
  config: ReplicatorConfig;
  group: string;
  writer: TargetWriter;
  /** The target's engine (its writer's dialect). */
  engine: ReplicatorEngine;
  producer: () => Producer;
  deadLetterTopic: string;
  metrics: ReplicatorMetrics;
  log: Logger;
  /** Next offset stored in the target, by partitionId. */
  stored: Map<string, string>;
  /** Heartbeat to the group while a batch takes long (retries). */
  heartbeat: () => Promise<void>;
  stopping: () => boolean;
  onRetry: (error: SeamError | undefined) => void;
  onApplied: (summary: AppliedSummary, positions: PartitionPosition[], seconds: number) => void;
  onDeadLettered: () => void;
}

/** kafkajs errors say themselves whether they are retriable; database errors are classified by code. */
export function asSeamError(error: unknown, target: string): SeamError {
  if (error instanceof SeamError) return error;
  const name = (error as { name?: unknown })?.name;
  if (typeof name === 'string' && name.startsWith('KafkaJS')) {
    return new SeamError('SEAM_KAFKA_UNREACHABLE', `Kafka: ${(error as Error).message}`, {
      cause: error,
      retryable: (error as { retriable?: boolean }).retriable !== false,
    });
  }
  return mapDriverError(error, target);
}

/** A run's statements, built ahead of its turn (here, or on a decode thread). */
export interface Precomputed {
  units: Unit[];
  statements: Statement[];
  /** The run changes no row. */
  empty: boolean;
  summary: AppliedSummary;
  /**
   * Decodes the units here when they came from a decode thread without their events: the careful
   * path (isolating a refused row, skipping what another replicator applied) needs them.
   */
  materialize?: () => void;
}

const where = (u: Unit) => `${u.topic}/${u.partition}@${u.offset}`;

/** SEAM_REPL_SCHEMA_CHANGED for mapped columns that are gone or retyped, with the ways on. */
export function driftError(
  route: Route,
  u: Unit,
  drift: SchemaDrift,
  added: string[] | undefined,
): SeamError {
  const target = `${route.target.schema}.${route.target.name}`;
  const targetOf = (c: string) => route.columns.find((m) => m.source === c)?.target.name ?? c;
  const parts = [
    ...drift.missing.map(
      (c) =>
        `column ${JSON.stringify(c)} (written to ${target}.${JSON.stringify(targetOf(c))}) is no longer in its events: dropped or renamed${added?.length ? ` (new: ${added.map((f) => JSON.stringify(f)).join(', ')})` : ''}`,
    ),
    ...drift.retyped.map(
      (r) =>
        `column ${JSON.stringify(r.column)} now arrives as ${r.now}, which ${target}.${JSON.stringify(targetOf(r.column))} (${r.target}) cannot hold`,
    ),
  ];
  return new SeamError(
    'SEAM_REPL_SCHEMA_CHANGED',
    `${route.source}: ${parts.join('; ')}. Stopped applying ${route.source} at ${where(u)}; other tables go on.`,
    {
      hint: "A rename: map the new name in the table's `rename:` (new source name: target column). A drop or type change: change the target column the same way (the migration seam generate writes, applied with seam migrate), or leave the column out with the table's `columns:`. Or leave the table out of `tables:`. Then restart: it resumes at this event.",
      details: { table: route.source, missing: drift.missing, retyped: drift.retyped, at: where(u) },
    },
  );
}

/** Where each partition's stream resumes once units[0..end) are applied. */
export type PositionsAt = (end: number) => PartitionPosition[];

/** The source position to store, or nothing when the event names none (never an empty one). */
export function positionOf(source: SourceInfo | undefined): string | undefined {
  if (!source) return undefined;
  const { lsn, txId, file, pos, row, gtid, snapshot } = source;
  if (lsn === undefined && file === undefined && gtid === undefined) return undefined;
  return JSON.stringify({ lsn, txId, file, pos, row, gtid, snapshot });
}

/**
 * Positions after units[0..end): for every partition in the span, the offset of its first unit not
 * yet applied, else where its stream continues (`tails`). Partitions that do not move are left out.
 */
export function positionsFor(
  units: Unit[],
  tails: Map<string, string>,
  stored: Map<string, string>,
): PositionsAt {
  return (end) => {
    const next = new Map<string, string>();
    const last = new Map<string, Unit>();
    for (let i = 0; i < units.length; i++) {
      const u = units[i]!;
      const tp = partitionId(u.topic, u.partition);
      if (i < end) last.set(tp, u);
      else if (!next.has(tp)) next.set(tp, u.offset);
    }
    const out: PartitionPosition[] = [];
    for (const [tp, tail] of tails) {
      const from = stored.get(tp) ?? '0';
      let to = next.get(tp) ?? tail;
      // A partition with units in the span always takes part: its row is the span's fence.
      if (BigInt(to) <= BigInt(from)) {
        if (!last.has(tp)) continue;
        to = from;
      }
      const [topic, partition] = tp.split('\u0000') as [string, string];
      const u = last.get(tp);
      const source = u?.event?.source ?? u?.source;
      out.push({
        topic,
        partition: Number(partition),
        first: from,
        next: to,
        ...(positionOf(source) ? { source: positionOf(source) } : {}),
        ...(source?.tsMs !== undefined ? { sourceTsMs: source.tsMs } : {}),
      });
    }
    return out;
  };
}

/**
 * Applies a run of units to the target: one transaction for the whole run when it can; on a
 * poison row, bisects along the allowed cuts (source transactions, or single events) until the
 * bad event stands alone, dead-letters it, and goes on. Transient faults are retried with backoff.
 */
export class Applier {
  readonly #drift: DriftOptions;

  constructor(readonly ctx: ApplierContext) {
    this.#drift = { decimalsAsText: ctx.config.source.decimalHandling === 'string' };
  }

  /**
   * Builds the whole run's net changes and statements ahead of time (while the previous run is
   * still being applied) when nothing in it needs care: no undecodable event, no new column.
   */
  precompute(units: Unit[]): Precomputed | undefined {
    const changes = new ChangeSet();
    for (const u of units) {
      if (u.error) return undefined;
      if (!u.event) continue;
      for (const route of u.routes) {
        if (schemaDrift(route, u.event, this.#drift) || newFields(route, u.event)) return undefined;
        try {
          changes.add(route, u.event);
        } catch (error) {
          if (error instanceof DecodeError) return undefined;
          throw error;
        }
      }
    }
    try {
      const statements = this.ctx.writer.encode(changes);
      return { units, statements, empty: changes.empty, summary: summarize(units) };
    } catch (error) {
      // A value the target type cannot take: the careful path isolates it.
      if (error instanceof EncodeError) return undefined;
      throw error;
    }
  }

  async apply(units: Unit[], cuts: number[], positionsAt: PositionsAt, pre?: Precomputed): Promise<void> {
    await this.#span(
      units,
      0,
      units.length,
      cuts,
      positionsAt,
      false,
      pre?.units === units ? pre : undefined,
    );
  }

  async #span(
    units: Unit[],
    a: number,
    b: number,
    cuts: number[],
    positionsAt: PositionsAt,
    knownBad: boolean,
    pre?: Precomputed,
  ): Promise<void> {
    if (a >= b) return;
    let failure: unknown;
    if (!knownBad) {
      const stop = await this.#prepare(units, a, b);
      if (stop) {
        // Never half a source transaction: stop at the start of the one holding the event.
        const at = stop.table ? boundaryAt(cuts, a, stop.at) : stop.at;
        await this.#span(units, a, at, cuts, positionsAt, false);
        throw stop.table ? new TableStopped(stop.error, units[stop.at]!) : new FatalError(stop.error);
      }
      try {
        await this.#commit(units, a, b, positionsAt, pre);
        return;
      } catch (error) {
        if (!isRowError(error)) throw error;
        failure = error;
        pre?.materialize?.();
        if (isTargetTooNarrow(error)) {
          // The table's schema, not one row: stop the table at the first event that does not fit
          // (never half a source transaction) instead of dead-lettering row by row.
          const at = units.findIndex(
            (u, i) => i >= a && i < b && u.routes.some((r) => tooNarrowFor(r, u.event?.after ?? null)),
          );
          if (at >= 0) {
            await this.#span(units, a, boundaryAt(cuts, a, at), cuts, positionsAt, false);
            throw this.#tooNarrow(units[at]!, error);
          }
        }
        this.ctx.log.debug(
          { from: units[a]!.offset, to: units[b - 1]!.offset },
          'a row was refused; isolating it',
        );
      }
    }
    const inner = cuts.filter((c) => c > a && c < b);
    if (inner.length) {
      const mid = inner[Math.floor(inner.length / 2)]!;
      await this.#span(units, a, mid, cuts, positionsAt, false);
      await this.#span(units, mid, b, cuts, positionsAt, false);
      return;
    }
    if (b - a > 1) {
      // One source transaction that fails as a whole: find the event inside it.
      const singles = Array.from({ length: b - a - 1 }, (_, i) => a + i + 1);
      await this.#span(units, a, b, singles, positionsAt, true);
      return;
    }
    const unit = units[a]!;
    if (isTargetTooNarrow(failure)) throw this.#tooNarrow(unit, failure);
    unit.error = this.#rowError(unit, failure);
    // The commit dead-letters it (or stops, when fail-fast) and moves the offsets past it.
    await this.#commit(units, a, b, positionsAt);
  }

  #tooNarrow(unit: Unit, cause: unknown): TableStopped {
    const { message } = mapDriverError(cause, this.ctx.writer.description);
    const row = unit.event?.after ?? null;
    return new TableStopped(targetTooNarrowError(unit.routes, row, where(unit), cause, message), unit);
  }

  #rowError(unit: Unit, cause: unknown): SeamError {
    const mapped = mapDriverError(cause, this.ctx.writer.description);
    return new SeamError(
      'SEAM_REPL_POISON_EVENT',
      `The target refused the event at ${unit.topic}/${unit.partition}@${unit.offset}: ${mapped.message}`,
      { cause, details: { targetCode: mapped.code, ...mapped.details } },
    );
  }

  /**
   * Looks at the span before writing: decode failures (stop now when fail-fast), mapped columns
   * the source no longer sends as the target takes them (the table stops), and columns that
   * appeared on the source (added to the target now, or the table stops). Returns where to stop.
   */
  async #prepare(
    units: Unit[],
    a: number,
    b: number,
  ): Promise<{ at: number; error: SeamError; table?: boolean } | undefined> {
    const failFast = this.ctx.config.apply.onPoison === 'fail';
    for (let i = a; i < b; i++) {
      const u = units[i]!;
      if (u.error) {
        if (failFast) return { at: i, error: u.error };
        continue;
      }
      if (!u.event) continue;
      for (const route of u.routes) {
        const drift = schemaDrift(route, u.event, this.#drift);
        const added = newFields(route, u.event);
        if (drift) return { at: i, error: driftError(route, u, drift, added), table: true };
        if (!added) continue;
        if (this.ctx.config.apply.onSchemaChange === 'stop' || !u.event.shape) {
          const why = u.event.shape ? '' : ' (topics without embedded schemas cannot say their type)';
          return {
            at: i,
            table: true,
            error: new SeamError(
              'SEAM_REPL_SCHEMA_CHANGED',
              `${route.source} has new column(s) ${added.map((f) => JSON.stringify(f)).join(', ')} that ${route.target.schema}.${route.target.name} lacks${why}; stopped applying it at ${where(u)}.`,
              {
                hint: "Add the column(s) to the target table (or use --on-schema-change apply), or leave them out with the table's `columns:`; then restart: it resumes at this event.",
              },
            ),
          };
        }
        await this.#addColumns(route, u.event, added);
      }
    }
    return undefined;
  }

  async #addColumns(route: Route, event: ChangeEvent, names: string[]): Promise<void> {
    const fields = event.shape!.fields.filter((f) => names.includes(f.field ?? ''));
    const columns = fields.map((f) => ({
      name: route.rename[f.field!] ?? f.field!,
      type: logicalTypeOfField(f),
    }));
    const { dialect, addsColumnsIfNotExists } = this.ctx.engine;
    const statements = addColumns(dialect, route.target, columns, { ifNotExists: addsColumnsIfNotExists });
    try {
      await this.ctx.writer.execute(statements);
    } catch (error) {
      if (!this.ctx.engine.columnAlreadyExists(error))
        throw new FatalError(mapDriverError(error, this.ctx.writer.description));
    }
    const table = await this.ctx.writer.describe(route.target.schema, route.target.name);
    if (!table)
      throw new FatalError(new SeamError('SEAM_REPL_TABLE_MISSING', `${route.target.name} vanished.`));
    route.target.columns = table.columns;
    for (const c of columns) {
      const target = table.columns.find((t) => t.name === c.name);
      const source = names[columns.indexOf(c)]!;
      if (target) route.columns.push({ source, target });
    }
    this.ctx.log.info(
      { table: `${route.target.schema}.${route.target.name}`, columns: columns.map((c) => c.name) },
      'added columns that appeared on the source',
    );
  }

  async #poison(unit: Unit): Promise<void> {
    const error = unit.error!;
    if (this.ctx.config.apply.onPoison === 'fail') throw new FatalError(error);
    const table = unit.routes[0]
      ? `${unit.routes[0].target.schema}.${unit.routes[0].target.name}`
      : undefined;
    await this.#retrying(() =>
      deadLetter(
        this.ctx.producer(),
        this.ctx.deadLetterTopic,
        unit.message,
        {
          topic: unit.topic,
          partition: unit.partition,
          offset: unit.offset,
          service: this.ctx.config.service,
          group: this.ctx.group,
          ...(table ? { table } : {}),
        },
        error,
      ),
    );
    this.ctx.metrics.deadLettered.inc({ topic: unit.topic, code: error.code });
    this.ctx.onDeadLettered();
    this.ctx.log.warn(
      {
        topic: unit.topic,
        partition: unit.partition,
        offset: unit.offset,
        code: error.code,
        error: error.message,
      },
      'dead-lettered an event',
    );
  }

  /** Builds the span's net changes and commits them with the offsets, retrying transient faults. */
  async #commit(
    units: Unit[],
    a: number,
    b: number,
    positionsAt: PositionsAt,
    precomputed?: Precomputed,
  ): Promise<void> {
    let pre = precomputed && a === 0 && b === units.length ? precomputed : undefined;
    for (;;) {
      const changes = new ChangeSet();
      for (let i = a; i < b && !pre; i++) {
        const u = units[i]!;
        if (u.error || !u.event) continue;
        for (const route of u.routes) {
          try {
            changes.add(route, u.event);
          } catch (error) {
            if (!(error instanceof DecodeError)) throw error;
            u.error = new SeamError(
              'SEAM_REPL_EVENT_INVALID',
              `${u.topic}/${u.partition}@${u.offset}: ${error.message}`,
            );
          }
        }
      }
      // Events that cannot be applied are set aside before the offsets move past them.
      for (let i = a; i < b; i++) {
        const u = units[i]!;
        if (u.error && !u.error.details.deadLettered) {
          await this.#poison(u);
          u.error.details.deadLettered = true;
        }
      }
      const positions = positionsAt(b);
      if ((pre ? pre.empty : changes.empty) && positions.length === 0) return;
      // An EncodeError here is a row fault: the caller isolates the row.
      const statements = pre ? pre.statements : this.ctx.writer.encode(changes);
      const started = performance.now();
      const conflict = await this.#retrying(() =>
        this.ctx.writer.apply({ statements, positions }, this.ctx.group),
      );
      if (conflict) {
        // Another replicator of the group applied further: skip what it applied, and apply the rest.
        if (pre) {
          pre.materialize?.();
          pre = undefined;
        }
        for (const [tp, next] of conflict.conflict) this.ctx.stored.set(tp, next);
        let skip = a;
        while (skip < b) {
          const u = units[skip]!;
          const stored = this.ctx.stored.get(partitionId(u.topic, u.partition));
          if (stored === undefined || BigInt(u.offset) >= BigInt(stored)) break;
          skip++;
        }
        this.ctx.log.warn(
          { conflict: Object.fromEntries(conflict.conflict) },
          'another replicator applied these offsets; skipping them',
        );
        a = skip;
        if (a >= b && positionsAt(b).length === 0) return;
        continue;
      }
      for (const p of positions) this.ctx.stored.set(partitionId(p.topic, p.partition), p.next);
      const summary = pre ? pre.summary : summarize(units.slice(a, b));
      this.ctx.onApplied(summary, positions, (performance.now() - started) / 1000);
      return;
    }
  }

  /** Runs a target or Kafka operation until it succeeds or fails for good; row faults go back to the caller. */
  async #retrying<T>(fn: () => Promise<T>): Promise<T> {
    const { initialMs, maxMs } = this.ctx.config.apply.retry;
    for (let attempt = 0; ; attempt++) {
      try {
        const result = await fn();
        if (attempt > 0) this.ctx.onRetry(undefined);
        return result;
      } catch (error) {
        if (isRowError(error)) throw error;
        const e = asSeamError(error, this.ctx.writer.description);
        if (!e.retryable) throw new FatalError(e);
        if (this.ctx.stopping()) throw new FatalError(e);
        this.ctx.metrics.retries.inc({ code: e.code });
        this.ctx.onRetry(e);
        const delay = backoffDelay(attempt, initialMs, maxMs);
        this.ctx.log.warn(
          { code: e.code, attempt: attempt + 1, delayMs: delay, error: e.message },
          'transient fault; retrying',
        );
        await waitFor(delay, this.ctx.heartbeat, this.ctx.stopping);
      }
    }
  }
}
