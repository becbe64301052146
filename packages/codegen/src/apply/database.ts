import { type ConnectionSpec, type Dialect, describeConnection, withDatabase } from '@seam/core';
import { mapDriverError, mysqlOptions, pgOptions } from '@seam/core/sql';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { engineFor } from '../engine.js';

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

const OPEN: Record<Dialect, (spec: ConnectionSpec, target: string) => Promise<MigrationDb>> = {
  async postgres(spec, target) {
    const client = new pg.Client(pgOptions(spec, { connectionTimeoutMillis: 10_000 }));
    client.on('error', () => {});
    await client.connect();
    return new PgDb(client, target);
  },
  async mysql(spec, target) {
    const conn = await mysql.createConnection({ ...mysqlOptions(spec), connectTimeout: 10_000 });
    conn.on('error', () => {});
    return new MysqlDb(conn, target);
  },
};

export async function connect(spec: ConnectionSpec): Promise<MigrationDb> {
  const target = describeConnection(spec);
  try {
    return await OPEN[spec.dialect](spec, target);
  } catch (error) {
    throw mapDriverError(error, target);
  }
}

function exists(admin: MigrationDb, spec: ConnectionSpec): Promise<boolean> {
  return engineFor(spec.dialect).admin.databaseExists(admin, spec.database);
}

/** An administrative connection to the server a URL names (its maintenance database). */
function connectAdmin(spec: ConnectionSpec): Promise<MigrationDb> {
  return connect(withDatabase(spec, engineFor(spec.dialect).admin.maintenanceDatabase));
}

/** Whether the database a URL names exists (asked of the server's maintenance database). */
export async function databaseExists(spec: ConnectionSpec): Promise<boolean> {
  if (!spec.database) return true;
  const admin = await connectAdmin(spec);
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
  const admin = await connectAdmin(spec);
  try {
    if (await exists(admin, spec)) return false;
    await engineFor(spec.dialect).admin.createDatabase(admin, spec.database);
    return true;
  } catch (error) {
    throw mapDriverError(error, admin.target);
  } finally {
    await admin.close();
  }
}

/** Drops a database this run created, after a failure (nobody else can be using it yet). */
export async function dropDatabase(spec: ConnectionSpec): Promise<void> {
  const admin = await connectAdmin(spec);
  try {
    await admin.exec(engineFor(spec.dialect).admin.dropDatabase(spec.database));
  } finally {
    await admin.close();
  }
}
