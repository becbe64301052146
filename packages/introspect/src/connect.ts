import type { CatalogDb } from '@seam/catalog';
import { type ConnectionSpec, describeConnection } from '@seam/core';
import { mapDriverError, mysqlOptions, pgOptions } from '@seam/core/sql';
import mysql from 'mysql2/promise';
import pg from 'pg';

const CONNECT_TIMEOUT_MS = 10_000;

/**
 * Runs `fn` with a PostgreSQL client for the spec and closes it; any driver error becomes a
 * SeamError (unreachable, auth, permission ...) whose message names the redacted URL.
 */
export async function withPgClient<T>(
  spec: ConnectionSpec,
  fn: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const target = describeConnection(spec);
  const client = new pg.Client(pgOptions(spec, { connectionTimeoutMillis: CONNECT_TIMEOUT_MS }));
  client.on('error', () => {});
  try {
    await client.connect();
    return await fn(client);
  } catch (error) {
    throw mapDriverError(error, target);
  } finally {
    await client.end().catch(() => {});
  }
}

/** The same for MySQL/MariaDB through mysql2. */
export async function withMysqlConnection<T>(
  spec: ConnectionSpec,
  fn: (conn: mysql.Connection) => Promise<T>,
): Promise<T> {
  const target = describeConnection(spec);
  let conn: mysql.Connection | undefined;
  try {
    conn = await mysql.createConnection({ ...mysqlOptions(spec), connectTimeout: CONNECT_TIMEOUT_MS });
    conn.on('error', () => {});
    return await fn(conn);
  } catch (error) {
    throw mapDriverError(error, target);
  } finally {
    await conn?.end().catch(() => {});
  }
}

/** A mysql2 connection as the catalog reader's connection (rows back, not `[rows, fields]`). */
export function mysqlDb(conn: mysql.Connection): CatalogDb {
  return {
    query: async <R>(sql: string, params?: readonly unknown[]) =>
      (await conn.query(sql, params && [...params]))[0] as R[],
  };
}
