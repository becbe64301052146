import type { PoolOptions } from 'mysql2';
import type { ClientConfig } from 'pg';
import type { ConnectionSpec } from '../connection/connection-spec.js';

/** node-postgres options for a connection; the password is revealed only here. */
export function pgOptions(spec: ConnectionSpec, extra: ClientConfig = {}): ClientConfig {
  const ssl =
    spec.params.sslmode && spec.params.sslmode !== 'disable'
      ? { rejectUnauthorized: spec.params.sslmode === 'verify-full' }
      : undefined;
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
 * mysql2 options for a connection. Big numbers come back as strings, dates as strings:
 * Seam never lets a driver round a value it has to compare or copy.
 */
export function mysqlOptions(spec: ConnectionSpec, extra: PoolOptions = {}): PoolOptions {
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
    ...extra,
  };
}
