import type { ConnectionSpec } from '../connection/connection-spec.js';
import type { ConnectionEngine } from '../connection/engines.js';
import type { Database, DatabaseOptions, Queryable } from './database.js';
import type { Dialect } from './dialect.js';
import { mysqlEngine } from './mysql/engine.js';
import { postgresEngine } from './postgres/engine.js';

/** What a server says about itself: version, and what change capture needs and does not have. */
export interface ServerReport {
  flavor: 'postgresql' | 'mysql' | 'mariadb';
  version: string;
  /** What change capture (Debezium) needs from this server and does not have. */
  cdcProblems: string[];
}

/** What @seam/core/sql needs of an engine: quoting through its driver, connections, a probe. */
export interface SqlEngine extends ConnectionEngine {
  readonly dialect: Dialect;
  /** One identifier, quoted with the driver's own escaping; never split on dots. */
  quoteIdent(name: string): string;
  /** A string literal, for DDL where parameters are not allowed. */
  quoteLiteral(value: string): string;
  /** A pool of `options.poolSize` connections, connecting lazily. */
  createPool(spec: ConnectionSpec, options: DatabaseOptions): Database;
  /** One dedicated connection, connected (and its session set up) when the promise resolves. */
  connect(spec: ConnectionSpec, options: DatabaseOptions): Promise<Database>;
  /** Reads the server version and the settings change capture depends on. */
  probe(db: Queryable): Promise<ServerReport>;
  /** The cheapest statement that proves a connection works. */
  readonly verifyQuery: string;
}

const engines: Record<Dialect, SqlEngine> = { postgres: postgresEngine, mysql: mysqlEngine };

export function engineFor(dialect: Dialect): SqlEngine {
  return engines[dialect];
}

/**
 * Opens a database: one dedicated connection, or with `poolSize` a pool (checked with one query
 * unless `verify` is false). Every failure is a SeamError naming the redacted URL.
 */
export async function openDatabase(spec: ConnectionSpec, options: DatabaseOptions = {}): Promise<Database> {
  const engine = engineFor(spec.dialect);
  if (options.poolSize === undefined) return engine.connect(spec, options);
  const db = engine.createPool(spec, options);
  if (options.verify !== false) {
    try {
      await db.query(engine.verifyQuery);
    } catch (error) {
      await db.close();
      throw error;
    }
  }
  return db;
}
