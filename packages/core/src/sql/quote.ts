import type { Dialect } from './dialect.js';
import { engineFor } from './engine.js';

/** Quotes one identifier for a dialect. Never split on dots: a dot is part of a hostile name. */
export function quoteIdent(dialect: Dialect, name: string): string {
  return engineFor(dialect).quoteIdent(name);
}

/** Quotes schema.table (PostgreSQL) or database.table (MySQL); each part quoted on its own. */
export function quoteQualified(dialect: Dialect, schema: string | null | undefined, name: string): string {
  const table = quoteIdent(dialect, name);
  return schema ? `${quoteIdent(dialect, schema)}.${table}` : table;
}

export function quoteLiteral(dialect: Dialect, value: string): string {
  return engineFor(dialect).quoteLiteral(value);
}
