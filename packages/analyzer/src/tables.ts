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
  /**
   * Whether its row count is known. Unknown when the snapshot has no figures, or the database gave none
   * that mean anything: never analyzed (PostgreSQL reltuples = -1 and no pg_stat rows), or 0 rows for
   * every table (a freshly loaded or empty database, MariaDB's 0/NULL estimates). Unknown is not small.
   */
  measured: boolean;
  /** Whether its write figures are known (counters that saw more than a bulk load). */
  writesKnown: boolean;
}

/** What the database's statistics can tell, for the whole snapshot. */
export interface StatisticsState {
  /** Row counts mean something (at least one table has rows). */
  rows: boolean;
  /** Read/write counters mean something (some table was read, updated or deleted from). */
  counters: boolean;
  /** Says what was absent and what that changes, or null when both are known. */
  note: string | null;
}

export interface TableIndex {
  tables: TableInfo[];
  byKey: Map<TableKey, number>;
  /** Bare table name → index, for names that occur in one schema only. */
  byName: Map<string, number>;
  /** Lower-cased key or bare name → index, when only one table matches (workloads fold case). */
  byFolded: Map<string, number>;
  statistics: StatisticsState;
}

/**
 * Whether the snapshot's figures are measurements. All-zero figures across the whole database are
 * the mark of statistics never gathered (or of an empty database), not of tables that are small and
 * never written; counters that saw only inserts saw the load, not the application.
 */
export function statisticsState(snapshot: SchemaSnapshot): StatisticsState {
  const rows = snapshot.tables.some((t) => t.rowEstimate > 0);
  const counters = snapshot.tables.some(
    (t) => t.stats && t.stats.reads + t.stats.updates + t.stats.deletes > 0,
  );
  const missing = [!rows && 'row counts', !counters && 'read/write counters'].filter(Boolean);
  const note = missing.length
    ? `statistics absent (${missing.join(' and ')} are missing or zero for every table): ` +
      (rows
        ? 'write rates are not used, so no table is taken for rarely written'
        : 'sizes and write rates are not used, so no table is taken for small or rarely written; reference data is recognised by its shape alone') +
      ' (run ANALYZE, or let the application run, and introspect again to use them)'
    : null;
  return { rows, counters, note };
}

/** Tables sorted by key, so that every later step sees them in the same order. */
export function indexSnapshot(snapshot: SchemaSnapshot): TableIndex {
  const sorted = snapshot.tables
    .map((table) => ({ key: keyOfTable(table), table }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const statistics = statisticsState(snapshot);
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
      measured: statistics.rows,
      writesKnown: statistics.counters && s !== null,
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
  return { tables, byKey, byName, byFolded, statistics };
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
