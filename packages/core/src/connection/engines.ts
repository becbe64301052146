import type { Dialect } from '../sql/dialect.js';
import type { ConnectionSpec } from './connection-spec.js';
import { mysqlConnection } from './mysql/mysql-connection.js';
import { postgresConnection } from './postgres/postgres-connection.js';

/**
 * What the driver-free main entry of @seam/core needs of an engine. The full engine
 * (`@seam/core/sql`'s SqlEngine) extends it; this part loads no driver.
 */
export interface ConnectionEngine {
  /** A connection from the engine's usual environment variables; undefined when none is set. */
  connectionFromEnv(env: NodeJS.ProcessEnv): ConnectionSpec | undefined;
  /** The URL query parameters Seam reads (TLS); any other is refused as a likely typo. */
  readonly urlParams: readonly string[];
  /** The database an administrative connection opens (CREATE/DROP DATABASE are run from it). */
  readonly maintenanceDatabase: string;
}

const connectionEngines: Record<Dialect, ConnectionEngine> = {
  postgres: postgresConnection,
  mysql: mysqlConnection,
};

export function connectionEngineFor(dialect: Dialect): ConnectionEngine {
  return connectionEngines[dialect];
}
