import type { CatalogEngine } from '../engine.js';
import { readPgCatalog } from './read-catalog.js';

/** PostgreSQL's catalog (pg_catalog): also PGlite's. */
export const postgresCatalog: CatalogEngine = {
  readCatalog: readPgCatalog,
};
