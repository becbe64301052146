import type { SchemaNaming } from '../schema-naming.js';

/** MySQL/MariaDB: the schema is the database connected to; a table's schema (its database) stays behind. */
export const mysqlSchemaNaming: SchemaNaming = {
  targetSchema: (target) => target.database,
  carriedSchema: () => undefined,
};
