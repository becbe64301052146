import type { CatalogDb } from '@seam/catalog';

/**
 * The one thing introspection needs from a PostgreSQL connection: run a query with parameters
 * and get rows back. node-postgres' Client/Pool and PGlite both fit, so the same catalog
 * queries run against a live server and against the embedded engine the sample uses.
 */
export interface Queryable {
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: R[] }>;
}

export function isQueryable(value: unknown): value is Queryable {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { query?: unknown }).query === 'function' &&
    !('dialect' in value)
  );
}

/** A Queryable (`{rows}` back) as the catalog reader's connection (rows back). */
export function rowsOf(db: Queryable): CatalogDb {
  return {
    query: async <R>(sql: string, params?: readonly unknown[]) =>
      (await db.query<R>(sql, params && [...params])).rows,
  };
}
