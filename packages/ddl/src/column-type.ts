import type { LogicalType } from '@seam/core';
import type { Dialect } from '@seam/core/sql';
import { engineFor } from './engine.js';

export interface ColumnTypeOptions {
  /** The engine the type was read from. When it is the target's, an `other` type keeps its native spelling. */
  sourceDialect?: Dialect;
  /** The column is part of the primary key or a kept index: MySQL needs a bounded length there. */
  key?: boolean;
  /** Emit identity / AUTO_INCREMENT for auto-increment integers (default true). */
  identity?: boolean;
}

/**
 * How values travel when the target type is not the source's own: the one vocabulary that
 * `seam generate` (which picks the home) and `seam verify` (which compares through it) share.
 * - `float-text`: a PostgreSQL real/double precision as the shortest decimal text that reads back
 *   the same number, or `NaN` / `Infinity` / `-Infinity` (MySQL's FLOAT/DOUBLE have none of them).
 * - `decimal-text`: an unconstrained PostgreSQL numeric as its exact decimal text, or `NaN` /
 *   `Infinity` / `-Infinity` (MySQL's decimal stops at 65 digits, 30 after the point).
 * - `json-array`: a PostgreSQL array as a JSON array.
 * - `interval-text`: a PostgreSQL interval as Debezium's ISO 8601 duration (`P1Y2M3DT4H5M6.5S`).
 * - `source-text`: a type the target lacks (tsvector, inet, …) as the source's text form of it.
 * - `infinity-ends`: a PostgreSQL date/timestamp whose ±infinity lands on the ends of MySQL's range
 *   (`9999-12-31 23:59:59.999999`, and `0000-01-01 00:00:00`, a year PostgreSQL has not).
 * - `time-interval`: a MySQL TIME (negative, or past 24 hours) as a PostgreSQL interval.
 */
export type ValueHome =
  | 'float-text'
  | 'decimal-text'
  | 'json-array'
  | 'interval-text'
  | 'source-text'
  | 'infinity-ends'
  | 'time-interval';

/** A target column type: the SQL to write after the column name, and what was lost on the way. */
export interface MappedType {
  /** The type as the target spells it: `numeric(12,2)`, `varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`. */
  sql: string;
  /** Identity / AUTO_INCREMENT clause, to put after NOT NULL (empty when none). */
  identity?: string;
  /** Allowed values, for a CHECK constraint when the target has no enum type for it (PostgreSQL). */
  allowed?: string[];
  /** Why the target type cannot hold every source value exactly, when it cannot. */
  lossy?: string;
  /** The values are carried exactly, but in another type: which home, and a sentence saying how. */
  home?: ValueHome;
  converted?: string;
}

/** Maps an engine-neutral type to a target engine's column type. Never throws: a lossy mapping says so. */
export function columnType(dialect: Dialect, type: LogicalType, options: ColumnTypeOptions = {}): MappedType {
  return engineFor(dialect).columnType(type, options);
}
