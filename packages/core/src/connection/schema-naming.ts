import type { TableName } from '../model/table-key.js';
import type { Dialect } from '../sql/dialect.js';
import type { ConnectionSpec } from './connection-spec.js';
import { mysqlSchemaNaming } from './mysql/schema-naming.js';
import { postgresSchemaNaming } from './postgres/schema-naming.js';

/**
 * Where an engine keeps its tables: PostgreSQL in schemas inside a database, MySQL/MariaDB in
 * databases (a MySQL schema is a database).
 */
export interface SchemaNaming {
  /** The schema tables go to in the target database, given the schema asked for there (if any). */
  targetSchema(target: ConnectionSpec, wanted: string | undefined): string;
  /** The schema a table of this engine keeps when it moves to another database; none when its schema is its database. */
  carriedSchema(table: TableName): string | undefined;
}

const namings: Record<Dialect, SchemaNaming> = { postgres: postgresSchemaNaming, mysql: mysqlSchemaNaming };

export function schemaNamingFor(dialect: Dialect): SchemaNaming {
  return namings[dialect];
}
