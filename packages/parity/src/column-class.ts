import type { Dialect } from '@seam/core';
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
  const cls = classOf(s, t, same);
  if (!cls) {
    return { problem: `incompatible types: ${s.native} on the source, ${t.native} on the target` };
  }
  if (isKey && cls === 'float') return { problem: 'a floating-point key column cannot be compared by range' };
  if (isKey && (cls === 'json' || cls === 'native'))
    return { problem: `a ${s.native} key column is not supported` };
  const notes: string[] = [];
  const source: CanonColumn = { info: s, cls };
  const target: CanonColumn = { info: t, cls };
  if (cls === 'text' && (s.kind === 'char' || t.kind === 'char')) {
    source.rtrim = true;
    target.rtrim = true;
  }
  if ((cls === 'timestamp' || cls === 'time') && !isKey) {
    const ps = s.precision ?? 6;
    const pt = t.precision ?? 6;
    if (ps > pt) {
      const rule = dialects.target === 'postgres' ? 'round' : 'truncate';
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
