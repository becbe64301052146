import type { Dialect } from '@seam/core';
import type { ValueHome } from '@seam/ddl';

/** What a column holds, read from each side's catalog and reduced to what canon v1 needs. */
export type NativeKind =
  | 'int'
  | 'bool'
  | 'decimal'
  | 'float4'
  | 'float8'
  | 'text'
  | 'char'
  | 'enum'
  | 'json'
  | 'uuid'
  | 'binary'
  | 'date'
  | 'timestamp'
  | 'time'
  | 'bit'
  | 'interval'
  | 'array'
  | 'other';

export interface ColumnInfo {
  name: string;
  kind: NativeKind;
  /** The catalog's spelling of the type, for messages and same-engine comparisons. */
  native: string;
  nullable: boolean;
  /** decimal: declared scale (undefined: unconstrained). */
  scale?: number;
  /** timestamp/time: fractional-second digits. */
  precision?: number;
  withTimeZone?: boolean;
  /** bit(n), binary(n), char(n) lengths. */
  length?: number;
  unsigned?: boolean;
  /** MySQL/MariaDB text: character set and collation. */
  charset?: string;
  collation?: string;
  /** Text: the column's own collation orders by UTF-8 bytes, so a byte-order range can use its index. */
  byteOrder?: boolean;
}

export interface TableInfo {
  dialect: Dialect;
  schema: string;
  name: string;
  columns: ColumnInfo[];
  /** Primary key, or the first unique key over NOT NULL columns; null when the table has neither. */
  key: string[] | null;
  estimatedRows: number;
}

/** How one column is turned into canonical text on one side (see docs/parity.md, canon v1). */
export type CanonClass =
  | 'number'
  | 'float'
  | 'text'
  | 'json'
  | 'uuid'
  | 'binary'
  | 'date'
  | 'timestamp'
  | 'time'
  | 'bit'
  | 'native';

export interface CanonColumn {
  info: ColumnInfo;
  cls: CanonClass;
  /** text: strip trailing spaces (a CHAR(n) on either side). */
  rtrim?: boolean;
  /** timestamp/time: reduce to this many digits with the target engine's rule before comparing. */
  reduce?: { digits: number; rule: 'round' | 'truncate' };
  /** The column's values travel in another type (the home seam generate chose, @seam/ddl's ValueHome). */
  home?: ValueHome;
  /** float-text on MySQL: the source was a 4-byte real (read the text back as FLOAT). */
  single?: boolean;
  /** infinity-ends on PostgreSQL: ±infinity compare as the target's range ends, at these fractional digits. */
  ends?: { digits: number };
}

/** A key value: the canonical text of each key column, in key order. */
export type KeyTuple = string[];

/** Rows with lo <= key < hi (byte order for text, value order otherwise); a missing end is open. */
export interface KeyRange {
  lo?: KeyTuple;
  hi?: KeyTuple;
}

/** Row count and the exact sum over rows of 2^60 * lane1 + lane2, two 60-bit lanes of each row's SHA-256. */
export interface SegmentHash {
  n: bigint;
  sum: bigint;
}

export interface CanonRow {
  key: KeyTuple;
  hash: string;
  values: Array<string | null>;
  /** Source rows: the text of the columns carried but not compared (TableMapping.carried), for repair SQL. */
  carried?: Array<string | null>;
}
