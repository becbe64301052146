import type { SchemaObject, SchemaSnapshot, TableSnapshot, ViewSnapshot } from '@seam/core';
import type { CatalogProgressEvent } from './catalog-db.js';

export interface ReadCatalogOptions {
  /** Schemas (PostgreSQL) or databases (MySQL/MariaDB) to read; default as `seam introspect` documents. */
  schemas?: string[];
  progress?: (event: CatalogProgressEvent) => void;
}

/** Everything a catalog holds about the chosen schemas: what a snapshot is made of, but counters. */
export interface CatalogRead {
  engine: SchemaSnapshot['engine'];
  database: string;
  schemas: string[];
  /** In the order the catalog returned them (the snapshot sorts). */
  tables: TableSnapshot[];
  views: ViewSnapshot[];
  /** Triggers, rules, views with the tables they read, functions, exclusion constraints. */
  objects: SchemaObject[];
}
