import { type ConnectionSpec, type Dialect, describeConnection, withDatabase } from '@seam/core';
import { mapDriverError, mysqlOptions, mysqlServerFlavor, pgOptions, quoteIdent } from '@seam/core/sql';
import { mysqlTableCollation } from '@seam/ddl';
import mysql from 'mysql2/promise';
import pg from 'pg';

/** One connection the runner talks through, the same for both engines. */
export interface MigrationDb {
  readonly dialect: Dialect;
  /** The redacted URL, for messages and reports. */
  readonly target: string;
  exec(sql: string, params?: unknown[]): Promise<Array<Record<string, unknown>>>;
  close(): Promise<void>;
}

class PgDb implements MigrationDb {
  readonly dialect = 'postgres' as const;
  constructor(
    private readonly client: pg.Client,
    readonly target: string,
  ) {}
  async exec(sql: string, params: unknown[] = []): Promise<Array<Record<string, unknown>>> {
    return (await this.client.query(sql, params)).rows;
  }
  async close(): Promise<void> {
    await this.client.end().catch(() => {});
  }
}

class MysqlDb implements MigrationDb {
  readonly dialect = 'mysql' as const;
  constructor(
    private readonly conn: mysql.Connection,
    readonly target: string,
  ) {}
  async exec(sql: string, params: unknown[] = []): Promise<Array<Record<string, unknown>>> {
    // query(), not execute(): DDL cannot be a prepared statement; values still go as parameters.
    const [rows] = await this.conn.query(sql, params);
    return Array.isArray(rows) ? (rows as Array<Record<string, unknown>>) : [];
  }
  async close(): Promise<void> {
    await this.conn.end().catch(() => {});
  }
}

export async function connect(spec: ConnectionSpec): Promise<MigrationDb> {
  const target = describeConnection(spec);
  try {
    if (spec.dialect === 'postgres') {
      const client = new pg.Client(pgOptions(spec, { connectionTimeoutMillis: 10_000 }));
      client.on('error', () => {});
      await client.connect();
      return new PgDb(client, target);
    }
    const conn = await mysql.createConnection({ ...mysqlOptions(spec), connectTimeout: 10_000 });
    conn.on('error', () => {});
    return new MysqlDb(conn, target);
  } catch (error) {
    throw mapDriverError(error, target);
  }
}

async function exists(admin: MigrationDb, spec: ConnectionSpec): Promise<boolean> {
  const rows =
    spec.dialect === 'postgres'
      ? await admin.exec('SELECT 1 FROM pg_database WHERE datname = $1', [spec.database])
      : await admin.exec('SELECT 1 FROM information_schema.schemata WHERE schema_name = ?', [spec.database]);
  return rows.length > 0;
}

/** Whether the database a URL names exists (asked of the server's maintenance database). */
export async function databaseExists(spec: ConnectionSpec): Promise<boolean> {
  if (!spec.database) return true;
  const admin = await connect(withDatabase(spec, spec.dialect === 'postgres' ? 'postgres' : ''));
  try {
    return await exists(admin, spec);
  } catch (error) {
    throw mapDriverError(error, admin.target);
  } finally {
    await admin.close();
  }
}

/** Creates the database a URL names when it does not exist; returns whether it did. */
export async function createDatabaseIfMissing(spec: ConnectionSpec): Promise<boolean> {
  if (!spec.database) return false;
  const admin = await connect(withDatabase(spec, spec.dialect === 'postgres' ? 'postgres' : ''));
  try {
    if (await exists(admin, spec)) return false;
    if (spec.dialect === 'postgres') {
      await admin.exec(`CREATE DATABASE ${quoteIdent('postgres', spec.database)}`);
      return true;
    }
    const [server] = await admin.exec('SELECT version() AS v');
    const collation = mysqlTableCollation(mysqlServerFlavor(server?.v));
    await admin.exec(
      `CREATE DATABASE ${quoteIdent('mysql', spec.database)} CHARACTER SET utf8mb4 COLLATE ${collation}`,
    );
    return true;
  } catch (error) {
    throw mapDriverError(error, admin.target);
  } finally {
    await admin.close();
  }
}

/** Drops a database this run created, after a failure (nobody else can be using it yet). */
export async function dropDatabase(spec: ConnectionSpec): Promise<void> {
  const admin = await connect(withDatabase(spec, spec.dialect === 'postgres' ? 'postgres' : ''));
  try {
    await admin.exec(
      spec.dialect === 'postgres'
        ? `DROP DATABASE IF EXISTS ${quoteIdent('postgres', spec.database)}`
        : `DROP DATABASE IF EXISTS ${quoteIdent('mysql', spec.database)}`,
    );
  } finally {
    await admin.close();
  }
}
