import { type ConnectionSpec, type Dialect, withDatabase } from '@seam/core';
import { mapDriverError, mysqlServerFlavor, openDatabase, quoteIdent } from '@seam/core/sql';
import { mysqlTableCollation } from '@seam/ddl';

/** One connection the runner talks through, the same for both engines. */
export interface MigrationDb {
  readonly dialect: Dialect;
  /** The redacted URL, for messages and reports. */
  readonly target: string;
  exec(sql: string, params?: unknown[]): Promise<Array<Record<string, unknown>>>;
  close(): Promise<void>;
}

/**
 * One dedicated connection of @seam/core/sql (the same session throughout: locks, transactions).
 * exec throws the driver's own error: the runner quotes its text and maps it itself.
 */
export async function connect(spec: ConnectionSpec): Promise<MigrationDb> {
  const db = await openDatabase(spec, { connectTimeoutMs: 10_000 });
  return {
    dialect: db.dialect,
    target: db.target,
    exec: (sql, params = []) => db.queryRaw(sql, params),
    close: () => db.close(),
  };
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
