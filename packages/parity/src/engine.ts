import type { Dialect } from '@seam/core';
import type { Database } from '@seam/core/sql';
import { mysqlSql } from './mysql/sql.js';
import { postgresSql } from './postgres/sql.js';
import type { CanonColumn, ColumnInfo, KeyTuple, TableInfo } from './types.js';

/** A connection pool to one side (read-only, canon v1 session settings). */
export type DbConnection = Database;

/** A change-log position: PostgreSQL WAL LSN, MariaDB/MySQL GTID position (and binlog file/pos). */
export type SourcePosition =
  | { kind: 'lsn'; lsn: bigint }
  | { kind: 'binlog'; gtid: string; file: string; pos: number };

/** The statements of a repair script that differ per target engine. */
export interface RepairDialect {
  /** The first statement: values are written in UTC. */
  readonly timeZone: string;
  /** A string literal. */
  literal(value: string): string;
  /** A binary value from its hex digits. */
  binary(hex: string): string;
  /** A bit string ('0101'). */
  bit(value: string): string;
  /** Deletes at most n rows matching `where` (a table without a key). */
  deleteSome(table: string, where: string, n: number): string;
  /** An INSERT that does nothing when the key exists. */
  insertIgnore(insert: string): string;
  /** An INSERT that updates `nonKey` columns when the key exists. */
  upsert(insert: string, keyNames: string[], nonKey: string[]): string;
}

/** The SQL one engine needs for canon v1: canonical values, row hashes, key ranges. */
export interface SqlDialect {
  readonly dialect: Dialect;
  ident(name: string): string;
  table(t: Pick<TableInfo, 'schema' | 'name'>): string;
  /** The canonical text of a column (NULL stays NULL). */
  canon(c: CanonColumn): string;
  /** The hash input of a column: `~` for NULL, `<bytes>:<text>` for text-like classes. */
  field(c: CanonColumn): string;
  /** The row's SHA-256 as lower-case hex. */
  rowHash(fields: string[]): string;
  /** count, lane sums; grouped by `bucket` when given (an expression evaluated per row). */
  aggregate(from: string, fields: string[], where: string, bucket?: string): string;
  /** An expression ordering key values in canon order (value order; UTF-8 byte order for text). */
  keyOrder(c: ColumnInfo): string;
  /** Whether keyOrder(c) can use the column's index. */
  keyIndexable(c: ColumnInfo): boolean;
  /** A placeholder for a canonical key value, cast to the column's type. */
  keyParam(c: ColumnInfo, params: unknown[], value: string): string;
  /** key (op) tuple: op is '<' or '>='. */
  compare(keys: ColumnInfo[], op: '<' | '>=', tuple: KeyTuple, params: unknown[]): string;
  /**
   * A FROM clause drawing a random sample of about `rows` of the table's `estimated` rows, enough
   * to place `segments` boundaries (no WHERE may follow).
   */
  sample(table: string, segments: number, estimated: number): string;
  /** Whether sample() is cheap (TABLESAMPLE): then this side samples even when it holds fewer rows. */
  readonly cheapSample: boolean;
  /** The placeholder of the i-th (0-based) query parameter. */
  placeholder(i: number): string;
  /** Session settings of every connection (canon v1: UTC, ISO dates, shortest floats), as DatabaseOptions.settings. */
  readonly session: Readonly<Record<string, string>>;
  /** A table as this engine's catalog describes it; undefined when it does not exist. */
  readTable(db: DbConnection, schema: string, name: string): Promise<TableInfo | undefined>;
  /** The change-log position now (lag-aware verify waits for the replicator to pass it). */
  readPosition(db: DbConnection): Promise<SourcePosition>;
  /** The SQL of repair scripts. */
  readonly repair: RepairDialect;
}

/** Parity's engines: one per dialect. */
const engines: Record<Dialect, SqlDialect> = { postgres: postgresSql, mysql: mysqlSql };

export function engineFor(dialect: Dialect): SqlDialect {
  return engines[dialect];
}
