import { Secret } from '../../redact/redact.js';
import type { ConnectionSpec } from '../connection-spec.js';
import type { ConnectionEngine } from '../engines.js';
import { MYSQL_URL_PARAMS } from './mysql-tls.js';

/** MYSQL_HOST, MYSQL_TCP_PORT, MYSQL_USER, MYSQL_PWD, MYSQL_DATABASE. */
export function mysqlConnectionFromEnv(env: NodeJS.ProcessEnv): ConnectionSpec | undefined {
  if (!env.MYSQL_HOST && !env.MYSQL_DATABASE && !env.MYSQL_TCP_PORT && !env.MYSQL_USER) return undefined;
  return {
    dialect: 'mysql',
    flavor: 'mysql',
    host: env.MYSQL_HOST ?? '127.0.0.1',
    port: Number(env.MYSQL_TCP_PORT ?? 3306),
    user: env.MYSQL_USER,
    password: env.MYSQL_PWD ? new Secret(env.MYSQL_PWD) : undefined,
    database: env.MYSQL_DATABASE ?? '',
    params: {},
  };
}

export const mysqlConnection: ConnectionEngine = {
  connectionFromEnv: mysqlConnectionFromEnv,
  maintenanceDatabase: '',
  urlParams: MYSQL_URL_PARAMS,
};
