import type { Dialect } from '@seam/core';
import type { CanonColumn, ColumnInfo, KeyRange, KeyTuple, TableInfo } from './types.js';

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
}

export function rangeWhere(d: SqlDialect, keys: ColumnInfo[], range: KeyRange, params: unknown[]): string {
  const parts: string[] = [];
  if (range.lo) parts.push(d.compare(keys, '>=', range.lo, params));
  if (range.hi) parts.push(d.compare(keys, '<', range.hi, params));
  return parts.length ? parts.map((p) => `(${p})`).join(' AND ') : '1=1';
}

/** key IN (tuples), written as an OR of equalities on the byte-order key expressions. */
export function keysWhere(d: SqlDialect, keys: ColumnInfo[], tuples: KeyTuple[], params: unknown[]): string {
  return tuples
    .map((t) => `(${keys.map((k, i) => `${d.keyOrder(k)} = ${d.keyParam(k, params, t[i]!)}`).join(' AND ')})`)
    .join(' OR ');
}

/** CASE bucket over sorted inner boundaries: 0 below the first, i below the (i+1)th, n above all. */
export function bucketCase(
  d: SqlDialect,
  keys: ColumnInfo[],
  boundaries: KeyTuple[],
  params: unknown[],
): string {
  if (boundaries.length === 0) return '0';
  const whens = boundaries.map((b, i) => `WHEN ${d.compare(keys, '<', b, params)} THEN ${i}`);
  return `CASE ${whens.join(' ')} ELSE ${boundaries.length} END`;
}
