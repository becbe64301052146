import type { Dialect } from '@seam/core';
import type { CatalogDb } from './catalog-db.js';
import type { CatalogRead, ReadCatalogOptions } from './catalog-read.js';
import { mysqlCatalog } from './mysql/mysql-catalog.js';
import { postgresCatalog } from './postgres/postgres-catalog.js';

/** What one engine's catalog reader does: the one description of live tables the packages share. */
export interface CatalogEngine {
  /** Every table and view of the schemas with structure, row estimate and size; no counters. */
  readCatalog(db: CatalogDb, options?: ReadCatalogOptions): Promise<CatalogRead>;
}

const engines: Record<Dialect, CatalogEngine> = { postgres: postgresCatalog, mysql: mysqlCatalog };

export function engineFor(dialect: Dialect): CatalogEngine {
  return engines[dialect];
}
