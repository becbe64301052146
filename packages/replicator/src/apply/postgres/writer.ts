import { randomUUID } from 'node:crypto';
import { type ConnectionSpec, describeConnection } from '@seam/core';
import { createPostgresPool, mapDriverError, type PostgresDatabase, quoteQualified } from '@seam/core/sql';
import type pg from 'pg';
import { REPLICATOR_ORIGIN } from '../../config/origin.js';
import type { ChangeSet } from '../change-set.js';
import { offsetsTableDdl } from '../offsets-table.js';
import type {
  ApplyBatch,
  FenceConflict,
  PartitionPosition,
  Statement,
  TargetTable,
  TargetWriter,
} from '../target.js';
import { partitionId } from '../target.js';
import { writableProbes } from '../writable-probes.js';
import { describePostgresTable } from './introspect.js';
import { PostgresStatements, pgLiteral } from './statements.js';

/**
 * Every session: UTC, ISO dates, PostgreSQL-style intervals (what the statements' text casts
 * expect), and the replicator's origin mark (the generated write blocks let it through).
 */
const SESSION = {
  TimeZone: 'UTC',
  DateStyle: 'ISO',
  IntervalStyle: 'postgres',
  [REPLICATOR_ORIGIN.postgresSetting]: REPLICATOR_ORIGIN.value,
};

/** A statement without parameters (PostgresStatements builds them so). */
function inline(st: Statement): string {
  if (st.params.length) throw new Error('PostgreSQL statements are built without parameters');
  return st.sql;
}

/**
 * Writes batches into PostgreSQL: per table one TRUNCATE (if the batch holds one), one DELETE
 * joined to unnest() of the keys, and one INSERT … SELECT FROM unnest() … ON CONFLICT DO UPDATE
 * per combination of columns present (unchanged TOASTed columns are left out, so the target
 * keeps them). Each column travels as one text[] parameter, cast to the column's base type.
 */
export class PostgresWriter implements TargetWriter {
  readonly dialect = 'postgres' as const;
  readonly description: string;
  readonly #db: PostgresDatabase;
  readonly #offsets: string;
  readonly #offsetsSchema: string | null;
  readonly #statements = new PostgresStatements();
  /** Fails a batch whose fence does not hold; no value a row carries can say it. */
  readonly #fenceMarker = `seam_fence_${randomUUID()}:`;

  constructor(
    spec: ConnectionSpec,
    options: {
      offsetsTable: string;
      schema?: string | null;
      poolSize: number;
      applicationName: string;
      replicaSession?: boolean;
    },
  ) {
    this.description = describeConnection(spec);
    this.#offsetsSchema = options.schema ?? null;
    this.#offsets = quoteQualified('postgres', this.#offsetsSchema, options.offsetsTable);
    // Hot path: the writer works on the raw client the connection layer lends (no wrapper per statement).
    this.#db = createPostgresPool(spec, {
      applicationName: options.applicationName,
      connectTimeoutMs: 10_000,
      poolSize: options.poolSize,
      idleTimeoutMs: 60_000,
      settings: options.replicaSession ? { ...SESSION, session_replication_role: 'replica' } : SESSION,
    });
  }

  /** One pooled client; a client whose work failed is discarded (it may be mid-transaction or dead). */
  #with<T>(fn: (client: pg.ClientBase) => Promise<T>): Promise<T> {
    return this.#db.withClient(fn);
  }

  /** #with, turning a driver error into a SeamError that names the target (apply() keeps them raw to classify). */
  #mapped<T>(fn: (client: pg.ClientBase) => Promise<T>): Promise<T> {
    return this.#with(async (c) => {
      try {
        return await fn(c);
      } catch (error) {
        throw mapDriverError(error, this.description);
      }
    });
  }

  async #query<R extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<pg.QueryResult<R>> {
    return this.#mapped((c) => c.query<R>(sql, params));
  }

  async defaultSchema(): Promise<string> {
    if (this.#offsetsSchema) return this.#offsetsSchema;
    const { rows } = await this.#query<{ s: string }>('select current_schema() as s');
    return rows[0]!.s;
  }

  async describe(schema: string | null, name: string): Promise<TargetTable | undefined> {
    const s = schema ?? (await this.defaultSchema());
    return this.#mapped((c) => describePostgresTable(c, s, name));
  }

  async execute(statements: string[]): Promise<void> {
    await this.#mapped(async (c) => {
      try {
        await c.query('begin');
        for (const s of statements) await c.query(s);
        await c.query('commit');
      } catch (error) {
        await c.query('rollback').catch(() => {});
        throw error;
      }
    });
  }

  async checkWritable(table: TargetTable): Promise<void> {
    await this.#mapped(async (c) => {
      try {
        await c.query('begin');
        for (const probe of writableProbes('postgres', table)) await c.query(probe);
      } finally {
        await c.query('rollback').catch(() => {});
      }
    });
  }

  async prepareOffsets(
    group: string,
    partitions: Array<{ topic: string; partition: number }>,
    options: { create: boolean },
  ): Promise<void> {
    await this.#with(async (c) => {
      if (options.create) {
        try {
          await c.query(offsetsTableDdl.postgres(this.#offsets));
        } catch (error) {
          // Two replicators creating it at once: one wins, the other finds it there.
          const code = (error as { code?: string }).code;
          if (code !== '23505' && code !== '42P07') throw mapDriverError(error, this.description);
        }
      }
      if (partitions.length === 0) return;
      try {
        await c.query(
          `insert into ${this.#offsets} (consumer_group, topic, kafka_partition, next_offset)
           select $1, t, p, 0 from unnest($2::text[], $3::int[]) as u(t, p)
           on conflict do nothing`,
          [group, partitions.map((p) => p.topic), partitions.map((p) => p.partition)],
        );
      } catch (error) {
        throw mapDriverError(error, this.description);
      }
    });
  }

  async readOffsets(group: string): Promise<Map<string, string>> {
    const { rows } = await this.#query<{ topic: string; kafka_partition: number; next_offset: string }>(
      `select topic, kafka_partition, next_offset from ${this.#offsets} where consumer_group = $1`,
      [group],
    );
    return new Map(rows.map((r) => [partitionId(r.topic, r.kafka_partition), String(r.next_offset)]));
  }

  async storeOffsets(
    group: string,
    offsets: Array<{ topic: string; partition: number; next: string }>,
  ): Promise<void> {
    if (offsets.length === 0) return;
    await this.#query(
      `insert into ${this.#offsets} as o (consumer_group, topic, kafka_partition, next_offset)
       select $1, t, p, n from unnest($2::text[], $3::int[], $4::bigint[]) as u(t, p, n)
       on conflict (consumer_group, topic, kafka_partition) do update
         set next_offset = greatest(o.next_offset, excluded.next_offset), updated_at = now()`,
      [group, offsets.map((o) => o.topic), offsets.map((o) => o.partition), offsets.map((o) => o.next)],
    );
  }

  /**
   * One message to the server per batch: the fences, then the statements, as one multi-statement
   * query, which PostgreSQL runs as one transaction (all or nothing). Each fence moves its
   * partition's offset only if nobody applied past the batch's first offset, and otherwise fails
   * the whole query with this process's own marker; then the stored offsets are read back and
   * reported as a conflict. One round trip instead of one per statement: while the main thread is
   * busy with Kafka, each round trip waits for it.
   */
  async apply(batch: ApplyBatch, group: string): Promise<FenceConflict | undefined> {
    const fences = batch.positions.map((p) => this.#fence(p, group));
    const sql = [...fences, ...batch.statements.map((st) => inline(st))].join(';\n');
    return this.#with(async (c) => {
      try {
        await c.query(sql);
        return undefined;
      } catch (error) {
        if (!String((error as Error).message).includes(this.#fenceMarker)) throw error;
      }
      const { rows } = await c.query<{ topic: string; kafka_partition: number; next_offset: string }>(
        `select topic, kafka_partition, next_offset from ${this.#offsets} where consumer_group = $1`,
        [group],
      );
      const stored = new Map(
        rows.map((r) => [partitionId(r.topic, r.kafka_partition), String(r.next_offset)]),
      );
      const conflict = new Map<string, string>();
      for (const p of batch.positions) {
        const tp = partitionId(p.topic, p.partition);
        const next = stored.get(tp) ?? '0';
        if (BigInt(next) > BigInt(p.first)) conflict.set(tp, next);
      }
      // The fence failed, so some partition moved; should none show it now, report them all as stored.
      if (conflict.size === 0)
        for (const p of batch.positions)
          conflict.set(
            partitionId(p.topic, p.partition),
            stored.get(partitionId(p.topic, p.partition)) ?? '0',
          );
      return { conflict };
    });
  }

  #fence(p: PartitionPosition, group: string): string {
    const n = (v: string) => `${pgLiteral(v)}::bigint`;
    // A batch that names no source position keeps the stored one: never overwritten by nothing.
    return `with f as (update ${this.#offsets} set next_offset = ${n(p.next)}, source_position = ${
      p.source === undefined ? 'source_position' : pgLiteral(p.source)
    }, source_ts_ms = ${p.sourceTsMs === undefined ? 'source_ts_ms' : n(String(p.sourceTsMs))}, updated_at = now()
      where consumer_group = ${pgLiteral(group)} and topic = ${pgLiteral(p.topic)} and kafka_partition = ${p.partition}
        and next_offset <= ${n(p.first)} returning 1)
      select case when count(*) = 1 then 0 else (${pgLiteral(this.#fenceMarker)} || count(*))::int end from f`;
  }

  encode(changes: ChangeSet): Statement[] {
    return this.#statements.encode(changes);
  }

  async close(): Promise<void> {
    await this.#db.close();
  }
}
