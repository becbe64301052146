import type { ConnectionSpec } from '../connection-spec.js';
import type { ConnectionEngine } from '../engines.js';
import { PG_URL_PARAMS } from './postgres-tls.js';

/** libpq's PGHOST, PGPORT, PGUSER, PGDATABASE (PGPASSWORD and ~/.pgpass are read by the driver itself). */
export function postgresConnectionFromEnv(env: NodeJS.ProcessEnv): ConnectionSpec | undefined {
  if (!env.PGHOST && !env.PGDATABASE && !env.PGPORT && !env.PGUSER) return undefined;
  return {
    dialect: 'postgres',
    flavor: 'postgresql',
    host: env.PGHOST ?? '127.0.0.1',
    port: Number(env.PGPORT ?? 5432),
    user: env.PGUSER,
    password: undefined,
    database: env.PGDATABASE ?? env.PGUSER ?? 'postgres',
    params: {},
  };
}

export const postgresConnection: ConnectionEngine = {
  connectionFromEnv: postgresConnectionFromEnv,
  maintenanceDatabase: 'postgres',
  urlParams: Object.keys(PG_URL_PARAMS),
};
