import type { SchemaNaming } from '../schema-naming.js';

/** PostgreSQL: the schema asked for, else `public`; a table keeps its schema when it moves. */
export const postgresSchemaNaming: SchemaNaming = {
  targetSchema: (_target, wanted) => wanted ?? 'public',
  carriedSchema: (table) => table.schema,
};
