import { type ConnectionSpec, describeConnection } from '@seam/core';
import {
  createMysqlPool,
  type MysqlDatabase,
  mapDriverError,
  mysqlServerFlavor,
  quoteQualified,
} from '@seam/core/sql';
import type { MysqlFlavor } from '@seam/ddl';
import type mysql from 'mysql2/promise';
import { REPLICATOR_ORIGIN } from '../../config/origin.js';
import type { ChangeSet } from '../change-set.js';
import { offsetsTableDdl } from '../offsets-table.js';
import type { ApplyBatch, FenceConflict, Statement, TargetTable, TargetWriter } from '../target.js';
import { partitionId } from '../target.js';
import { writableProbes } from '../writable-probes.js';
import { describeMysqlTable } from './introspect.js';
import { MysqlStatements } from './statements.js';

// NO_AUTO_VALUE_ON_ZERO so that a replicated id 0 stays 0; the origin mark lets the replicator
// through the generated write blocks. No foreign key checks: each table's changes come on their own
// topic, so a child row (an invoice) may be applied before its parent (the customer created in the
// same source transaction); the source checked its keys when it committed, and checking them again
// here refused the child — dead-lettered, a row lost — on a monolith that keeps its foreign keys
// (the reverse direction).
const SESSION = {
  time_zone: "'+00:00'",
  foreign_key_checks: '0',
  sql_mode: "'STRICT_ALL_TABLES,NO_ENGINE_SUBSTITUTION,NO_AUTO_VALUE_ON_ZERO,ERROR_FOR_DIVISION_BY_ZERO'",
  [`@${REPLICATOR_ORIGIN.mysqlVariable}`]: `'${REPLICATOR_ORIGIN.value}'`,
};
/**
 * Writes batches into MySQL/MariaDB: DELETE FROM for a truncate (TRUNCATE would commit on its
 * own), multi-row DELETE by key, and multi-row INSERT … ON DUPLICATE KEY UPDATE per combination
 * of columns present, all in one transaction with the offsets.
 */
export class MysqlWriter implements TargetWriter {
  readonly dialect = 'mysql' as const;
  readonly description: string;
  readonly #db: MysqlDatabase;
  readonly #database: string;
  readonly #offsets: string;
  readonly #statements = new MysqlStatements();

  constructor(
    spec: ConnectionSpec,
    options: { offsetsTable: string; schema?: string | null; poolSize: number },
  ) {
    this.description = describeConnection(spec);
    this.#database = options.schema ?? spec.database;
    this.#offsets = quoteQualified('mysql', this.#database || null, options.offsetsTable);
    // Hot path: the writer works on the raw connection the connection layer lends (no wrapper per statement).
    this.#db = createMysqlPool(spec, {
      connectTimeoutMs: 10_000,
      poolSize: options.poolSize,
      keepAlive: true,
      settings: SESSION,
    });
  }

  /** One pooled connection; a connection whose work failed is destroyed. */
  #with<T>(fn: (conn: mysql.Connection) => Promise<T>): Promise<T> {
    return this.#db.withConnection(fn);
  }

  /** #with, turning a driver error into a SeamError that names the target (apply() keeps them raw to classify). */
  #mapped<T>(fn: (conn: mysql.Connection) => Promise<T>): Promise<T> {
    return this.#with(async (c) => {
      try {
        return await fn(c);
      } catch (error) {
        throw mapDriverError(error, this.description);
      }
    });
  }

  async defaultSchema(): Promise<string> {
    if (this.#database) return this.#database;
    const rows = await this.#with(
      async (c) => (await c.query('select database() as d'))[0] as Array<{ d: string | null }>,
    );
    return rows[0]?.d ?? '';
  }

  /** MariaDB or MySQL: CREATE TABLE names their NO PAD binary collations differently. */
  async mysqlFlavor(): Promise<MysqlFlavor> {
    const rows = await this.#mapped(
      async (c) => (await c.query('select version() as v'))[0] as Array<{ v: string }>,
    );
    return mysqlServerFlavor(rows[0]?.v);
  }

  async describe(schema: string | null, name: string): Promise<TargetTable | undefined> {
    const db = schema ?? (await this.defaultSchema());
    return this.#mapped((c) => describeMysqlTable(c, db, name));
  }

  async execute(statements: string[]): Promise<void> {
    await this.#mapped(async (c) => {
      for (const s of statements) await c.query(s);
    });
  }

  async checkWritable(table: TargetTable): Promise<void> {
    await this.#mapped(async (c) => {
      try {
        await c.beginTransaction();
        for (const probe of writableProbes('mysql', table)) await c.query(probe);
      } finally {
        await c.rollback().catch(() => {});
      }
    });
  }

  async prepareOffsets(
    group: string,
    partitions: Array<{ topic: string; partition: number }>,
    options: { create: boolean },
  ): Promise<void> {
    await this.#mapped(async (c) => {
      if (options.create)
        await c.query(
          offsetsTableDdl.mysql(this.#offsets).replace(/^CREATE TABLE/u, 'CREATE TABLE IF NOT EXISTS'),
        );
      if (partitions.length) {
        await c.query(
          `insert ignore into ${this.#offsets} (consumer_group, topic, kafka_partition, next_offset) values ?`,
          [partitions.map((p) => [group, p.topic, p.partition, 0])],
        );
      }
    });
  }

  async readOffsets(group: string): Promise<Map<string, string>> {
    const rows = await this.#mapped(async (c) => {
      const [r] = await c.query(
        `select topic, kafka_partition, next_offset from ${this.#offsets} where consumer_group = ?`,
        [group],
      );
      return r as Array<{ topic: string; kafka_partition: number; next_offset: string }>;
    });
    return new Map(rows.map((r) => [partitionId(r.topic, Number(r.kafka_partition)), String(r.next_offset)]));
  }

  async storeOffsets(
    group: string,
    offsets: Array<{ topic: string; partition: number; next: string }>,
  ): Promise<void> {
    if (offsets.length === 0) return;
    await this.#mapped(async (c) => {
      await c.query(
        `insert into ${this.#offsets} (consumer_group, topic, kafka_partition, next_offset) values ?
         on duplicate key update next_offset = greatest(next_offset, values(next_offset)), updated_at = current_timestamp(3)`,
        [offsets.map((o) => [group, o.topic, o.partition, o.next])],
      );
    });
  }

  async apply(batch: ApplyBatch, group: string): Promise<FenceConflict | undefined> {
    return this.#with(async (c) => {
      let open = false;
      try {
        await c.beginTransaction();
        open = true;
        for (const p of batch.positions) {
          const [r] = await c.query(
            `update ${this.#offsets} set next_offset = ?, source_position = coalesce(?, source_position), source_ts_ms = coalesce(?, source_ts_ms), updated_at = current_timestamp(3)
              where consumer_group = ? and topic = ? and kafka_partition = ? and next_offset <= ?`,
            [p.next, p.source ?? null, p.sourceTsMs ?? null, group, p.topic, p.partition, p.first],
          );
          if ((r as mysql.ResultSetHeader).affectedRows !== 1) {
            const [stored] = await c.query(
              `select next_offset from ${this.#offsets} where consumer_group = ? and topic = ? and kafka_partition = ?`,
              [group, p.topic, p.partition],
            );
            await c.rollback();
            open = false;
            const next = (stored as Array<{ next_offset: string }>)[0]?.next_offset ?? '0';
            return { conflict: new Map([[partitionId(p.topic, p.partition), String(next)]]) };
          }
        }
        for (const st of batch.statements) await c.query(st.sql, st.params);
        await c.commit();
        open = false;
        return undefined;
      } catch (error) {
        if (open) await c.rollback().catch(() => {});
        throw error;
      }
    });
  }

  encode(changes: ChangeSet): Statement[] {
    return this.#statements.encode(changes);
  }

  async close(): Promise<void> {
    await this.#db.close();
  }
}
