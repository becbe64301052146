import type { PoolOptions } from 'mysql2';
import type { ClientConfig } from 'pg';
import type { ConnectionSpec } from '../connection/connection-spec.js';
import { mysqlTlsPlan } from '../connection/mysql/mysql-tls.js';
import { pgTlsPlan } from '../connection/postgres/postgres-tls.js';

/**
 * node-postgres options for a connection; the password is revealed only here. TLS follows the
 * URL's sslmode (postgres-tls.ts); allow/prefer's second attempt is made by openDatabase only.
 */
export function pgOptions(spec: ConnectionSpec, extra: ClientConfig = {}): ClientConfig {
  const ssl = 'ssl' in extra ? extra.ssl : pgTlsPlan(spec).first;
  return {
    host: spec.host,
    port: spec.port,
    user: spec.user,
    password: spec.password?.reveal(),
    database: spec.database,
    application_name: 'seam',
    ...(ssl ? { ssl } : {}),
    ...extra,
  };
}

/**
 * mysql2 options for a connection; TLS follows the URL's ssl-mode (mysql-tls.ts), PREFERRED's
 * second attempt is made by openDatabase only. Big numbers come back as strings, dates as strings:
 * Seam never lets a driver round a value it has to compare or copy.
 */
export function mysqlOptions(spec: ConnectionSpec, extra: PoolOptions = {}): PoolOptions {
  const ssl = 'ssl' in extra ? extra.ssl : mysqlTlsPlan(spec).first;
  return {
    host: spec.host,
    port: spec.port,
    user: spec.user ?? 'root',
    password: spec.password?.reveal(),
    database: spec.database || undefined,
    supportBigNumbers: true,
    bigNumberStrings: true,
    dateStrings: true,
    decimalNumbers: false,
    charset: 'utf8mb4',
    timezone: 'Z',
    ...(ssl ? { ssl } : {}),
    ...extra,
  };
}
