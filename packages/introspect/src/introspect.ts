import { type ConnectionSpec, describeConnection, type SchemaSnapshot } from '@seam/core';
import { engineFor } from './engine.js';
import { introspectPostgres } from './postgres/introspect-postgres.js';
import type { ProgressCallback } from './progress.js';
import type { Queryable } from './queryable.js';
import { isQueryable } from './queryable.js';

export interface IntrospectOptions {
  /** Schemas (PostgreSQL) or databases (MySQL/MariaDB) to read; default all non-system ones (MySQL: the URL's database when it names one). */
  schemas?: string[];
  progress?: ProgressCallback;
  /** What the snapshot records as its source when `source` is a Queryable (a URL is recorded redacted). */
  sourceName?: string;
}

/**
 * Reads a live catalog into a SchemaSnapshot in a few queries. `source` is a connection
 * (URL parsed with parseConnectionUrl, or connectionFromEnv) or, for PostgreSQL, anything that
 * can run a query: a pg.Client/Pool or PGlite.
 */
export async function introspect(
  source: ConnectionSpec | Queryable,
  options: IntrospectOptions = {},
): Promise<SchemaSnapshot> {
  const base = { schemas: options.schemas, progress: options.progress };
  if (isQueryable(source)) {
    return introspectPostgres(source, { ...base, source: options.sourceName ?? null });
  }
  const name = options.sourceName ?? describeConnection(source);
  return engineFor(source.dialect).introspect(source, { ...base, source: name });
}
