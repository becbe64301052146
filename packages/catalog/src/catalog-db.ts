/**
 * What the catalog readers need of a connection: run a query with parameters and get its rows.
 * `@seam/core/sql`'s `Database` has this shape; a node-postgres client, PGlite (`{rows}`) or a
 * mysql2 connection (`[rows, fields]`) fits through a one-line wrapper.
 */
export interface CatalogDb {
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<R[]>;
}

/** A step of a long catalog read, for a progress line (the introspector's ProgressEvent). */
export interface CatalogProgressEvent {
  phase: string;
  done: number;
  total?: number;
  message: string;
}
