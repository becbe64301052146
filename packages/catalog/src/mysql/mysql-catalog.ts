import type { CatalogEngine } from '../engine.js';
import { readMysqlCatalog } from './read-catalog.js';

/** MySQL's and MariaDB's catalog (information_schema). */
export const mysqlCatalog: CatalogEngine = {
  readCatalog: readMysqlCatalog,
};
