import type { CatalogDb } from '@seam/catalog';
import type { ConnectionSpec } from '@seam/core';
import { connectMysql, connectPostgres, mapDriverError } from '@seam/core/sql';
import type mysql from 'mysql2/promise';
import type pg from 'pg';

const CONNECT_TIMEOUT_MS = 10_000;

/**
 * Runs `fn` with a PostgreSQL client for the spec (one dedicated connection of @seam/core/sql)
 * and closes it; any driver error becomes a SeamError (unreachable, auth, permission ...) whose
 * message names the redacted URL.
 */
export async function withPgClient<T>(
  spec: ConnectionSpec,
  fn: (client: pg.ClientBase) => Promise<T>,
): Promise<T> {
  const db = await connectPostgres(spec, { connectTimeoutMs: CONNECT_TIMEOUT_MS });
  try {
    return await db.withClient(fn);
  } catch (error) {
    throw mapDriverError(error, db.target);
  } finally {
    await db.close();
  }
}

/** The same for MySQL/MariaDB through mysql2. */
export async function withMysqlConnection<T>(
  spec: ConnectionSpec,
  fn: (conn: mysql.Connection) => Promise<T>,
): Promise<T> {
  const db = await connectMysql(spec, { connectTimeoutMs: CONNECT_TIMEOUT_MS });
  try {
    return await db.withConnection(fn);
  } catch (error) {
    throw mapDriverError(error, db.target);
  } finally {
    await db.close();
  }
}

/** A mysql2 connection as the catalog reader's connection (rows back, not `[rows, fields]`). */
export function mysqlDb(conn: mysql.Connection): CatalogDb {
  return {
    query: async <R>(sql: string, params?: readonly unknown[]) =>
      (await conn.query(sql, params && [...params]))[0] as R[],
  };
}
