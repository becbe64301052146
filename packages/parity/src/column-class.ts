import type { Dialect, LogicalType } from '@seam/core';
import { columnType, type ValueHome } from '@seam/ddl';
import type { CanonClass, CanonColumn, ColumnInfo, NativeKind } from './types.js';

export interface ColumnPair {
  source: CanonColumn;
  target: CanonColumn;
  /** Compared in Node after canonicalizing (JSON whose text form may differ for equal documents). */
  soft: boolean;
  /** Honest notes about the comparison (precision reduced, JSON normalized in Node). */
  notes: string[];
}

const NUMBER: NativeKind[] = ['int', 'bool', 'decimal'];
const TEXT: NativeKind[] = ['text', 'char', 'enum'];

function both(a: NativeKind, b: NativeKind, set: NativeKind[]): boolean {
  return set.includes(a) && set.includes(b);
}

function classOf(s: ColumnInfo, t: ColumnInfo, sameDialect: boolean): CanonClass | undefined {
  const a = s.kind;
  const b = t.kind;
  if (both(a, b, NUMBER)) return 'number';
  if (both(a, b, ['float4', 'float8'])) return 'float';
  if (a === 'uuid' || b === 'uuid') {
    const other = a === 'uuid' ? s : t;
    if (['uuid', 'text', 'char'].includes(other.kind)) return 'uuid';
    if (other.kind === 'binary' && (other.length === undefined || other.length === 16)) return 'uuid';
    return undefined;
  }
  if (a === 'json' || b === 'json') return both(a, b, ['json', 'text']) ? 'json' : undefined;
  if (both(a, b, TEXT)) return 'text';
  if (a === b && ['binary', 'date', 'timestamp', 'time', 'bit'].includes(a)) return a as CanonClass;
  if (sameDialect && a === b && s.native === t.native) return 'native';
  return undefined;
}

/** The engine-neutral type of a catalog column, as far as choosing its target type needs. */
function logicalOf(c: ColumnInfo): LogicalType {
  switch (c.kind) {
    case 'int':
      return { kind: 'integer', bytes: 8, ...(c.unsigned ? { unsigned: true } : {}) };
    case 'bool':
      return { kind: 'boolean' };
    case 'decimal':
      // Only an unconstrained numeric (no declared scale) changes home.
      return c.scale === undefined ? { kind: 'decimal' } : { kind: 'decimal', precision: 65, scale: c.scale };
    case 'float4':
    case 'float8':
      return { kind: 'float', bytes: c.kind === 'float4' ? 4 : 8 };
    case 'text':
    case 'char':
      return { kind: 'text' };
    case 'enum':
      return { kind: 'enum', values: [] };
    case 'json':
      return { kind: 'json' };
    case 'uuid':
    case 'binary':
    case 'date':
    case 'interval':
      return { kind: c.kind };
    case 'timestamp':
      return { kind: 'timestamp', withTimeZone: c.withTimeZone ?? false };
    case 'time':
      return { kind: 'time' };
    case 'bit':
      return { kind: 'bit', length: c.length ?? 1 };
    case 'array':
      return { kind: 'array', element: { kind: 'text' } };
    case 'other':
      return { kind: 'other', native: c.native };
  }
}

/**
 * The home seam generate gives this source column on the target's engine (@seam/ddl, the mapping
 * codegen uses): verify compares through the same choice, never a table of its own.
 */
export function homeOf(s: ColumnInfo, dialects: { source: Dialect; target: Dialect }): ValueHome | undefined {
  if (dialects.source === dialects.target) return undefined;
  return columnType(dialects.target, logicalOf(s), { sourceDialect: dialects.source }).home;
}

const TEXTUAL: NativeKind[] = ['text', 'char'];

/** How each engine stores a fractional second with more digits than the column keeps. */
const EXTRA_DIGITS: Record<Dialect, 'round' | 'truncate'> = { postgres: 'round', mysql: 'truncate' };

/** The class of a pair whose target holds the source's values in a home; undefined when it does not. */
function homeClass(home: ValueHome, s: ColumnInfo, t: ColumnInfo): CanonClass | undefined {
  switch (home) {
    case 'float-text':
      return TEXTUAL.includes(t.kind) ? 'float' : undefined;
    case 'decimal-text':
      return TEXTUAL.includes(t.kind) ? 'number' : undefined;
    case 'json-array':
      return t.kind === 'json' || TEXTUAL.includes(t.kind) ? 'json' : undefined;
    case 'interval-text':
    case 'source-text':
      return TEXTUAL.includes(t.kind) ? 'text' : undefined;
    case 'time-interval':
      return s.kind === 'time' && t.kind === 'interval' ? 'time' : undefined;
    case 'infinity-ends':
      return undefined;
  }
}

/**
 * Decides how a source column and its target column are compared: one canonical class both
 * sides render byte for byte alike, or undefined when the types cannot be compared exactly.
 */
export function pairColumns(
  s: ColumnInfo,
  t: ColumnInfo,
  dialects: { source: Dialect; target: Dialect },
  isKey: boolean,
): ColumnPair | { problem: string } {
  const same = dialects.source === dialects.target;
  const home = homeOf(s, dialects);
  const direct = classOf(s, t, same);
  const viaHome = !direct && home ? homeClass(home, s, t) : undefined;
  const cls = direct ?? viaHome;
  if (!cls) {
    return { problem: `incompatible types: ${s.native} on the source, ${t.native} on the target` };
  }
  if (isKey && viaHome) return { problem: `a ${s.native} key column kept as ${t.native} is not supported` };
  if (isKey && cls === 'float') return { problem: 'a floating-point key column cannot be compared by range' };
  if (isKey && (cls === 'json' || cls === 'native'))
    return { problem: `a ${s.native} key column is not supported` };
  const notes: string[] = [];
  const source: CanonColumn = { info: s, cls };
  const target: CanonColumn = { info: t, cls };
  if (viaHome && home) {
    source.home = home;
    target.home = home;
    if (home === 'float-text' && s.kind === 'float4') target.single = true;
    notes.push(`compared through the home seam generate gives it (${home}, docs/codegen.md)`);
  }
  if (home === 'infinity-ends' && (cls === 'timestamp' || cls === 'date')) {
    source.ends = { digits: cls === 'date' ? 0 : (t.precision ?? 0) };
  }
  if (cls === 'text' && (s.kind === 'char' || t.kind === 'char')) {
    source.rtrim = true;
    target.rtrim = true;
  }
  if ((cls === 'timestamp' || cls === 'time') && !isKey) {
    const ps = s.precision ?? 6;
    const pt = t.precision ?? 6;
    if (ps > pt) {
      const rule = EXTRA_DIGITS[dialects.target];
      source.reduce = { digits: pt, rule };
      notes.push(
        `source ${s.native} has ${ps} fractional digits, target ${t.native} ${pt}: source ${rule === 'round' ? 'rounded' : 'truncated'} to ${pt} as the target engine stores it`,
      );
    }
  }
  let soft = false;
  if (cls === 'json') {
    const exact = same && s.native === t.native && s.kind === 'json' && t.kind === 'json';
    if (!exact) {
      soft = true;
      notes.push(
        'JSON text forms may differ for equal documents: differing rows are re-compared as canonical JSON',
      );
    }
  }
  if (
    cls === 'number' &&
    s.kind === 'decimal' &&
    t.kind === 'decimal' &&
    s.scale !== undefined &&
    t.scale !== undefined &&
    t.scale < s.scale
  ) {
    notes.push(`target scale ${t.scale} is smaller than the source scale ${s.scale}: values may lose digits`);
  }
  return { source, target, soft, notes };
}
