import type { LogicalType } from '@seam/core';
import type { ConnectSchema } from '../decode/connect-schema.js';
import type { ChangeEvent } from '../decode/envelope.js';
import { logicalTypeOfField } from '../decode/field-type.js';
import type { Route } from './route.js';
import type { TargetColumn } from './target.js';

/** A mapped column the source no longer sends as the route writes it. */
export interface SchemaDrift {
  /** Source columns the route writes that the event's row lacks: dropped or renamed. */
  missing: string[];
  /** Source columns whose new type the target column cannot hold. */
  retyped: Array<{ column: string; now: string; target: string }>;
}

type FieldKind = LogicalType['kind'];

/**
 * What each kind of target column takes. A kind absent here (text, json, other) takes anything:
 * every value has a text form. Kept generous on purpose: a family change (text into an integer
 * column, a decimal into an integer, a number into a date) stops the table; what merely might not
 * fit (a wider integer) is left to the per-row check.
 */
const ACCEPTS: Partial<Record<TargetColumn['kind'], ReadonlySet<FieldKind>>> = {
  boolean: new Set(['boolean', 'integer', 'bit']),
  integer: new Set(['integer', 'boolean', 'year', 'bit', 'decimal']),
  decimal: new Set(['integer', 'decimal', 'float', 'boolean', 'year']),
  float: new Set(['integer', 'decimal', 'float']),
  binary: new Set(['binary', 'text', 'bit', 'uuid', 'json']),
  date: new Set(['date', 'timestamp']),
  time: new Set(['time', 'interval']),
  timestamp: new Set(['timestamp', 'date']),
  timestamptz: new Set(['timestamp', 'date']),
  interval: new Set(['interval', 'time']),
  year: new Set(['year', 'integer', 'date']),
  uuid: new Set(['uuid', 'text', 'binary']),
  bit: new Set(['bit', 'boolean', 'binary', 'integer']),
  array: new Set(['array', 'json', 'text', 'set', 'enum']),
};

export interface DriftOptions {
  /** The connector sends decimals as text (`decimal.handling.mode=string`). */
  decimalsAsText: boolean;
}

function describeField(t: LogicalType): string {
  if (t.kind === 'decimal')
    return t.precision !== undefined ? `decimal(${t.precision},${t.scale ?? 0})` : 'decimal';
  return t.kind;
}

/** Why a field of this type cannot go into the column, or undefined when it can. */
function mismatch(field: ConnectSchema, column: TargetColumn, options: DriftOptions): string | undefined {
  const type = logicalTypeOfField(field);
  const hint = column.hint;
  if (type.kind === 'text' && options.decimalsAsText && (hint.kind === 'decimal' || hint.kind === 'float'))
    return undefined;
  const accepts = ACCEPTS[hint.kind];
  if (accepts && !accepts.has(type.kind)) return describeField(type);
  // A wider integer than the target column holds (int → bigint into an integer column).
  if (type.kind === 'integer' && hint.kind === 'integer')
    return hint.bytes !== undefined && type.bytes > hint.bytes
      ? `a ${type.bytes * 8}-bit integer`
      : undefined;
  if (type.kind !== 'decimal') return undefined;
  // A decimal with a fraction into an integer, or more digits than the target's decimal keeps.
  if (hint.kind === 'integer') return type.scale ? describeField(type) : undefined;
  if (hint.kind !== 'decimal' || hint.precision === undefined || type.precision === undefined)
    return undefined;
  const scale = type.scale ?? 0;
  const targetScale = hint.scale ?? 0;
  return scale > targetScale || type.precision - scale > hint.precision - targetScale
    ? describeField(type)
    : undefined;
}

/**
 * Compares an event's row with what the route writes: every mapped source column must still be
 * there, with a type its target column takes. Embedded schemas are compared once per schema (cached
 * on the route); schemaless events by the new row's field names. Tombstones and deletes without a
 * schema say nothing about the columns.
 */
export function schemaDrift(
  route: Route,
  event: ChangeEvent,
  options: DriftOptions,
): SchemaDrift | undefined {
  const shape = event.shape;
  if (shape) {
    const known = route.drift.get(shape.id);
    if (known !== undefined) return known ?? undefined;
    const fields = new Map(shape.fields.map((f) => [f.field ?? '', f]));
    const drift: SchemaDrift = { missing: [], retyped: [] };
    for (const c of route.columns) {
      const field = fields.get(c.source);
      if (!field) {
        drift.missing.push(c.source);
        continue;
      }
      const now = mismatch(field, c.target, options);
      if (now) drift.retyped.push({ column: c.source, now, target: c.target.sqlType });
    }
    const found = drift.missing.length || drift.retyped.length ? drift : undefined;
    if (route.drift.size >= 64) route.drift.clear();
    route.drift.set(shape.id, found ?? null);
    return found;
  }
  const row = event.after;
  if (!row) return undefined;
  const missing = route.columns.filter((c) => !(c.source in row)).map((c) => c.source);
  return missing.length ? { missing, retyped: [] } : undefined;
}
