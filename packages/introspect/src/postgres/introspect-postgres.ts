import { readPgCatalog } from '@seam/catalog';
import { type SchemaSnapshot, type TableStats, tableKey } from '@seam/core';
import type { ProgressCallback, Warning } from '../progress.js';
import { type Queryable, rowsOf } from '../queryable.js';
import { buildSnapshot } from '../snapshot-builder.js';
import { STATS_WINDOW, TABLE_COUNTERS } from './statistics.js';

export interface PgIntrospectOptions {
  /** Schemas to read; default every schema that is not a system one. */
  schemas?: string[];
  progress?: ProgressCallback;
  /** What to record as the snapshot's source (a redacted URL, "sample"). */
  source?: string | null;
}

interface CounterRow {
  schema: string;
  name: string;
  reads: number;
  inserts: number;
  updates: number;
  deletes: number;
}

/**
 * Reads a PostgreSQL catalog into a snapshot: the tables' structure from @seam/catalog, and the
 * read/write counters of pg_stat_user_tables, whatever the number of tables. Works on any
 * Queryable: a node-postgres client or pool, or PGlite.
 */
export async function introspectPostgres(
  queryable: Queryable,
  options: PgIntrospectOptions = {},
): Promise<SchemaSnapshot> {
  const db = rowsOf(queryable);
  const warnings: Warning[] = [];
  const window = (await db.query<{ window_seconds: number | null }>(STATS_WINDOW))[0]?.window_seconds;
  const read = await readPgCatalog(db, { schemas: options.schemas, progress: options.progress });
  const counters = new Map(
    (await db.query<CounterRow>(TABLE_COUNTERS)).map((r) => [tableKey(r.schema, r.name), r]),
  );
  const windowSeconds = window == null ? null : Math.round(Number(window));
  let statsSeen = false;
  for (const table of read.tables) {
    // A table's partitions and inheritance children count as the table.
    const rows = [table, ...(table.children ?? [])]
      .map((t) => counters.get(tableKey(t.schema, t.name)))
      .filter((r) => r !== undefined);
    if (!rows.length) continue;
    statsSeen = true;
    const sum = (field: 'reads' | 'inserts' | 'updates' | 'deletes') =>
      rows.reduce((n, r) => n + Number(r[field]), 0);
    const stats: TableStats = {
      reads: sum('reads'),
      inserts: sum('inserts'),
      updates: sum('updates'),
      deletes: sum('deletes'),
      windowSeconds,
    };
    table.stats = stats;
  }
  if (read.tables.length && !statsSeen) {
    warnings.push({
      code: 'SEAM_STATS_UNAVAILABLE',
      message: 'pg_stat_user_tables had no rows for these tables; read/write counters are missing.',
    });
  }
  return buildSnapshot({
    engine: read.engine,
    database: read.database,
    schemas: read.schemas,
    source: options.source ?? null,
    tables: read.tables,
    views: read.views,
    objects: read.objects,
    warnings,
    requested: Boolean(options.schemas?.length),
  });
}
