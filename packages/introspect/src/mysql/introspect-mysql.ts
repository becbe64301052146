import { type CatalogDb, mysqlTableId, readMysqlCatalog } from '@seam/catalog';
import type { SchemaSnapshot } from '@seam/core';
import type { ProgressCallback, Warning } from '../progress.js';
import { buildSnapshot } from '../snapshot-builder.js';
import { TABLE_IO, UPTIME } from './statistics.js';

export interface MysqlIntrospectOptions {
  /** Databases to read; default the connection's database, or every non-system one. */
  schemas?: string[];
  progress?: ProgressCallback;
  source?: string | null;
}

type Row = Record<string, unknown>;

/**
 * Reads a MySQL or MariaDB server into a snapshot: the tables' structure from @seam/catalog, and
 * performance_schema's table I/O counters, whatever the number of tables.
 */
export async function introspectMysql(
  db: CatalogDb,
  options: MysqlIntrospectOptions = {},
): Promise<SchemaSnapshot> {
  const warnings: Warning[] = [];
  const read = await readMysqlCatalog(db, { schemas: options.schemas, progress: options.progress });
  if (read.schemas.length) {
    try {
      const io = new Map(
        (await db.query<Row>(TABLE_IO, [read.schemas])).map((r) => [mysqlTableId(r.schema, r.table), r]),
      );
      const flavor = read.engine.flavor === 'mariadb' ? 'mariadb' : 'mysql';
      const uptime = await db.query<{ v: string }>(UPTIME[flavor]).catch(() => []);
      const windowSeconds = uptime[0] ? Number(uptime[0].v) : null;
      for (const table of read.tables) {
        const s = io.get(mysqlTableId(table.schema, table.name));
        if (!s) continue;
        table.stats = {
          reads: Number(s.fetches ?? 0),
          inserts: Number(s.n_inserts ?? 0),
          updates: Number(s.n_updates ?? 0),
          deletes: Number(s.n_deletes ?? 0),
          windowSeconds,
        };
      }
    } catch (error) {
      warnings.push({
        code: 'SEAM_STATS_UNAVAILABLE',
        message: `performance_schema table I/O could not be read (${(error as { code?: string }).code ?? (error as Error).message}); read/write counters are missing.`,
      });
    }
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
