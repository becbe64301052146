import {
  keyOfTable,
  parseTableKey,
  type SchemaSnapshot,
  type TableKey,
  type TableSnapshot,
} from '@seam/core';

/** One table of the snapshot with the figures the analyzer reads, addressed by a dense index. */
export interface TableInfo {
  index: number;
  key: TableKey;
  table: TableSnapshot;
  rows: number;
  bytes: number;
  /** Inserts + updates + deletes seen by the catalog counters (or the workload, when they are absent). */
  writes: number;
  reads: number;
  /** Writes per second when the counters' window is known, else null. */
  writesPerSecond: number | null;
  /** Whether row counts or counters are known at all (a schema-only snapshot has neither). */
  measured: boolean;
}

export interface TableIndex {
  tables: TableInfo[];
  byKey: Map<TableKey, number>;
  /** Bare table name → index, for names that occur in one schema only. */
  byName: Map<string, number>;
  /** Lower-cased key or bare name → index, when only one table matches (workloads fold case). */
  byFolded: Map<string, number>;
}

/** Tables sorted by key, so that every later step sees them in the same order. */
export function indexSnapshot(snapshot: SchemaSnapshot): TableIndex {
  const sorted = snapshot.tables
    .map((table) => ({ key: keyOfTable(table), table }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const tables: TableInfo[] = sorted.map(({ key, table }, index) => {
    const s = table.stats;
    const writes = s ? s.inserts + s.updates + s.deletes : 0;
    const window = s?.windowSeconds;
    return {
      index,
      key,
      table,
      rows: table.rowEstimate,
      bytes: table.bytes,
      writes,
      reads: s?.reads ?? 0,
      writesPerSecond: s && window ? writes / window : null,
      measured: s !== null || table.rowEstimate > 0 || table.bytes > 0,
    };
  });
  const byKey = new Map(tables.map((t) => [t.key, t.index]));
  const byName = new Map<string, number>();
  const seen = new Set<string>();
  for (const t of tables) {
    if (seen.has(t.table.name)) byName.delete(t.table.name);
    else byName.set(t.table.name, t.index);
    seen.add(t.table.name);
  }
  const byFolded = new Map<string, number>();
  const clash = new Set<string>();
  for (const t of tables) {
    for (const folded of new Set([t.key.toLowerCase(), t.table.name.toLowerCase()])) {
      if (byFolded.has(folded)) clash.add(folded);
      byFolded.set(folded, t.index);
    }
  }
  for (const folded of clash) byFolded.delete(folded);
  return { tables, byKey, byName, byFolded };
}

/** Resolves a table reference from a workload (a key, or a bare name that is unique). */
export function resolveTable(index: TableIndex, ref: string): number | undefined {
  const direct = index.byKey.get(ref) ?? index.byName.get(ref);
  if (direct !== undefined) return direct;
  try {
    const parsed = parseTableKey(ref);
    const byName = index.byName.get(parsed.name);
    if (byName !== undefined) return byName;
  } catch {
    // not a key: try it folded below
  }
  return index.byFolded.get(ref.toLowerCase());
}
