import type { SqlDialect } from './engine.js';
import type { ColumnInfo, KeyRange, KeyTuple } from './types.js';

export type { SqlDialect } from './engine.js';

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
