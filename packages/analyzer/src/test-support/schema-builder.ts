import type { FkAction, SchemaSnapshot, TableSnapshot, Workload, WorkloadStatement } from '@seam/core';

/** Compact builders for snapshots and workloads in tests. */
export interface TableSpec {
  name: string;
  schema?: string;
  /** `name:type` (type int, text, ts, num; default int); a trailing `?` means nullable. */
  columns: string[];
  pk?: string[];
  fks?: Array<{ columns: string[]; table: string; ref?: string[]; onDelete?: FkAction; name?: string }>;
  indexes?: Array<{ name: string; columns: string[]; unique?: boolean }>;
  uniques?: string[][];
  rows?: number;
  bytes?: number;
  writes?: number;
  reads?: number;
}

const TYPES = {
  int: { nativeType: 'bigint', type: { kind: 'integer', bytes: 8 } },
  text: { nativeType: 'text', type: { kind: 'text' } },
  ts: { nativeType: 'timestamp with time zone', type: { kind: 'timestamp', withTimeZone: true } },
  num: { nativeType: 'numeric(12,2)', type: { kind: 'decimal', precision: 12, scale: 2 } },
} as const;

export function table(spec: TableSpec): TableSnapshot {
  const schema = spec.schema ?? 'public';
  return {
    schema,
    name: spec.name,
    columns: spec.columns.map((c) => {
      const nullable = c.endsWith('?');
      const [name, type = 'int'] = (nullable ? c.slice(0, -1) : c).split(':') as [
        string,
        keyof typeof TYPES | undefined,
      ];
      const t = TYPES[type ?? 'int'];
      return { name, nativeType: t.nativeType, type: t.type, nullable, default: null };
    }),
    primaryKey: spec.pk ?? (spec.columns[0]?.startsWith('id') ? ['id'] : []),
    uniques: (spec.uniques ?? []).map((columns, i) => ({ name: `${spec.name}_u${i}`, columns })),
    foreignKeys: (spec.fks ?? []).map((f, i) => ({
      name: f.name ?? `${spec.name}_fk${i}`,
      columns: f.columns,
      referencedSchema: schema,
      referencedTable: f.table,
      referencedColumns: f.ref ?? ['id'],
      onDelete: f.onDelete ?? 'NO ACTION',
      onUpdate: 'NO ACTION',
    })),
    indexes: (spec.indexes ?? []).map((ix) => ({
      name: ix.name,
      columns: ix.columns,
      unique: ix.unique ?? false,
      primary: false,
    })),
    rowEstimate: spec.rows ?? 0,
    bytes: spec.bytes ?? 0,
    stats:
      spec.writes !== undefined || spec.reads !== undefined
        ? { reads: spec.reads ?? 0, inserts: spec.writes ?? 0, updates: 0, deletes: 0, windowSeconds: 3600 }
        : null,
  };
}

/** The snapshot as a live database never analyzed reports it: 0 rows, empty pages, counters of 0. */
export function withZeroStatistics(s: SchemaSnapshot): SchemaSnapshot {
  for (const t of s.tables)
    Object.assign(t, {
      rowEstimate: 0,
      bytes: 8192,
      stats: { reads: 0, inserts: 0, updates: 0, deletes: 0, windowSeconds: 60 },
    });
  return s;
}

export function snapshot(tables: TableSpec[], database = 'shop'): SchemaSnapshot {
  return {
    format: 'seam.snapshot',
    version: 1,
    engine: { dialect: 'postgres', flavor: 'postgresql', version: '15.0' },
    database,
    schemas: [...new Set(tables.map((t) => t.schema ?? 'public'))],
    capturedAt: '2026-01-01T00:00:00Z',
    source: 'test',
    tables: tables.map(table),
    views: [],
  };
}

export function statement(
  id: string,
  reads: string[],
  writes: string[],
  calls: number,
  joins: Array<[string, string]> = [],
  totalTimeMs = calls,
): WorkloadStatement {
  const ref = (s: string) => {
    const dot = s.lastIndexOf('.');
    return { table: s.slice(0, dot), column: s.slice(dot + 1) };
  };
  return {
    id,
    text: `-- ${id}\nSELECT …`,
    kind: writes.length ? 'update' : 'select',
    calls,
    totalTimeMs,
    reads,
    writes,
    joins: joins.map(([a, b]) => [ref(a), ref(b)] as [ReturnType<typeof ref>, ReturnType<typeof ref>]),
  };
}

export function workload(
  statements: WorkloadStatement[],
  transactions: Workload['transactions'] = [],
): Workload {
  return {
    format: 'seam.workload',
    version: 1,
    sources: [{ kind: 'test', name: 'test' }],
    statements,
    transactions,
    unparsed: { count: 0, samples: [] },
  };
}
