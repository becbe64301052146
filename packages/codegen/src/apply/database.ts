import { type ConnectionSpec, type Dialect, withDatabase } from '@seam/core';
import { mapDriverError, openDatabase } from '@seam/core/sql';
import { engineFor } from '../engine.js';

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
