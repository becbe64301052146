import { type ConnectionSpec, describeConnection } from '@seam/core';
import { mapDriverError, pgOptions, quoteQualified } from '@seam/core/sql';
import pg from 'pg';
import type { ChangeSet } from '../change-set.js';
import type { ApplyBatch, FenceConflict, Statement, TargetTable, TargetWriter } from '../target.js';
import { partitionId } from '../target.js';
import { writableProbes } from '../writable-probes.js';
import { describePostgresTable } from './introspect.js';
import { PostgresStatements } from './statements.js';

/**
 * Writes batches into PostgreSQL: per table one TRUNCATE (if the batch holds one), one DELETE
 * joined to unnest() of the keys, and one INSERT … SELECT FROM unnest() … ON CONFLICT DO UPDATE
 * per combination of columns present (unchanged TOASTed columns are left out, so the target
 * keeps them). Each column travels as one text[] parameter, cast to the column's base type.
 */
export class PostgresWriter implements TargetWriter {
  readonly dialect = 'postgres' as const;
  readonly description: string;
  readonly #pool: pg.Pool;
  readonly #offsets: string;
  readonly #offsetsSchema: string | null;
  readonly #statements = new PostgresStatements();

  constructor(
    spec: ConnectionSpec,
    options: { offsetsTable: string; schema?: string | null; poolSize: number; applicationName: string },
  ) {
    this.description = describeConnection(spec);
    this.#offsetsSchema = options.schema ?? null;
    this.#offsets = quoteQualified('postgres', this.#offsetsSchema, options.offsetsTable);
    this.#pool = new pg.Pool({
      ...pgOptions(spec, {
        application_name: options.applicationName.slice(0, 63),
        connectionTimeoutMillis: 10_000,
      }),
      max: options.poolSize,
      idleTimeoutMillis: 60_000,
      options: '-c TimeZone=UTC -c DateStyle=ISO -c IntervalStyle=postgres',
    });
    // An idle connection killed by the server must not crash the process; the next query reconnects.
    this.#pool.on('error', () => {});
  }

  async #with<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.#pool.connect();
    } catch (error) {
      throw mapDriverError(error, this.description);
    }
    // A connection that drops between two queries emits 'error' on the client: the next query fails and is retried.
    const ignore = () => {};
    client.on('error', ignore);
    let broken: unknown;
    try {
      return await fn(client);
    } catch (error) {
      broken = error;
      throw error;
    } finally {
      // After any failure the session may be mid-transaction or dead: never hand it out again.
      client.off('error', ignore);
      client.release(broken === undefined ? undefined : true);
    }
  }

  async #query<R extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<pg.QueryResult<R>> {
    return this.#with(async (c) => {
      try {
        return await c.query<R>(sql, params);
      } catch (error) {
        throw mapDriverError(error, this.description);
      }
    });
  }

  async defaultSchema(): Promise<string> {
    if (this.#offsetsSchema) return this.#offsetsSchema;
    const { rows } = await this.#query<{ s: string }>('select current_schema() as s');
    return rows[0]!.s;
  }

  async describe(schema: string | null, name: string): Promise<TargetTable | undefined> {
    const s = schema ?? (await this.defaultSchema());
    return this.#with(async (c) => {
      try {
        return await describePostgresTable(c, s, name);
      } catch (error) {
        throw mapDriverError(error, this.description);
      }
    });
  }

  async execute(statements: string[]): Promise<void> {
    await this.#with(async (c) => {
      try {
        await c.query('begin');
        for (const s of statements) await c.query(s);
        await c.query('commit');
      } catch (error) {
        await c.query('rollback').catch(() => {});
        throw mapDriverError(error, this.description);
      }
    });
  }

  async checkWritable(table: TargetTable): Promise<void> {
    await this.#with(async (c) => {
      try {
        await c.query('begin');
        for (const probe of writableProbes('postgres', table)) await c.query(probe);
      } catch (error) {
        throw mapDriverError(error, this.description);
      } finally {
        await c.query('rollback').catch(() => {});
      }
    });
  }

  async prepareOffsets(
    group: string,
    partitions: Array<{ topic: string; partition: number }>,
  ): Promise<void> {
    await this.#with(async (c) => {
      try {
        await c.query(`create table if not exists ${this.#offsets} (
          consumer_group text not null,
          topic text not null,
          kafka_partition integer not null,
          next_offset bigint not null,
          source_position text,
          source_ts_ms bigint,
          updated_at timestamptz not null default now(),
          primary key (consumer_group, topic, kafka_partition))`);
      } catch (error) {
        // Two replicators creating it at once: one wins, the other finds it there.
        const code = (error as { code?: string }).code;
        if (code !== '23505' && code !== '42P07') throw mapDriverError(error, this.description);
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

  async apply(batch: ApplyBatch, group: string): Promise<FenceConflict | undefined> {
    return this.#with(async (c) => {
      let open = false;
      try {
        await c.query('begin');
        open = true;
        // The fence first: it locks each partition's row, so two replicators never apply the same range.
        for (const p of batch.positions) {
          const r = await c.query(
            `update ${this.#offsets} set next_offset = $1, source_position = $2, source_ts_ms = $3, updated_at = now()
              where consumer_group = $4 and topic = $5 and kafka_partition = $6 and next_offset <= $7`,
            [p.next, p.source ?? null, p.sourceTsMs ?? null, group, p.topic, p.partition, p.first],
          );
          if (r.rowCount !== 1) {
            const stored = await c.query<{ next_offset: string }>(
              `select next_offset from ${this.#offsets} where consumer_group = $1 and topic = $2 and kafka_partition = $3`,
              [group, p.topic, p.partition],
            );
            await c.query('rollback');
            open = false;
            return {
              conflict: new Map([
                [partitionId(p.topic, p.partition), String(stored.rows[0]?.next_offset ?? '0')],
              ]),
            };
          }
        }
        for (const st of batch.statements) await c.query(st.sql, st.params);
        await c.query('commit');
        open = false;
        return undefined;
      } catch (error) {
        if (open) await c.query('rollback').catch(() => {});
        throw error;
      }
    });
  }

  encode(changes: ChangeSet): Statement[] {
    return this.#statements.encode(changes);
  }

  async close(): Promise<void> {
    await this.#pool.end().catch(() => {});
  }
}
