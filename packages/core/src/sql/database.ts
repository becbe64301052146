import type { Dialect } from './dialect.js';
import { mapDriverError } from './driver-error.js';

/** Anything that runs a query with parameters and returns its rows: a Database, a session, a test double. */
export interface Queryable {
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<R[]>;
}

/**
 * One database to talk to, the same for every engine: either one dedicated connection (every query
 * on the same session, in order) or a pool. Errors from `query` are SeamErrors (mapDriverError)
 * naming `target`; `queryRaw` throws what the driver threw, for callers that classify it or quote it.
 */
export interface Database extends Queryable {
  readonly dialect: Dialect;
  /** The URL without its password, for messages. */
  readonly target: string;
  queryRaw<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<R[]>;
  /**
   * Runs `fn` on one connection held for its duration (a transaction, session settings); a
   * connection whose `fn` failed is never handed out again. On a dedicated connection, that one.
   */
  session<T>(fn: (session: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** Connections kept in a pool; absent: one dedicated connection, opened before openDatabase returns. */
  poolSize?: number;
  /** How long to wait for a connection (default 10 s). */
  connectTimeoutMs?: number;
  /** Pooled connections idle this long are closed (the driver's default when absent). */
  idleTimeoutMs?: number;
  /** TCP keep-alive on pooled connections (mysql2; node-postgres keeps its default). */
  keepAlive?: boolean;
  /** application_name (PostgreSQL); cut to what the server keeps. */
  applicationName?: string;
  /**
   * Session settings every new connection starts with, name → value as the engine writes it
   * (PostgreSQL: `TimeZone` → `UTC`; MySQL: `time_zone` → `'+00:00'`). They come from an engine object.
   */
  settings?: Readonly<Record<string, string>>;
  /** Every transaction read-only (default_transaction_read_only / tx_read_only). */
  readOnly?: boolean;
  /** For a pool: run one query before returning, so a wrong URL fails here (default true). */
  verify?: boolean;
}

/**
 * The Database every engine builds over its driver: `run` runs a statement (a pool's or the one
 * connection's), `lend` hands one raw client to `fn`, `rowsOn` runs a statement on such a client.
 * `query` and a session's `query` map driver errors to SeamErrors naming `target`; `queryRaw` does not.
 */
export function databaseOver<C>(
  dialect: Dialect,
  target: string,
  parts: {
    run: <R>(sql: string, params: readonly unknown[]) => Promise<R[]>;
    lend: <T>(fn: (client: C) => Promise<T>) => Promise<T>;
    rowsOn: <R>(client: C, sql: string, params: readonly unknown[]) => Promise<R[]>;
    close: () => Promise<void>;
  },
): Database {
  const mapped = async <R>(q: () => Promise<R[]>): Promise<R[]> => {
    try {
      return await q();
    } catch (error) {
      throw mapDriverError(error, target);
    }
  };
  return {
    dialect,
    target,
    query: <R>(sql: string, params: readonly unknown[] = []) => mapped(() => parts.run<R>(sql, params)),
    queryRaw: <R>(sql: string, params: readonly unknown[] = []) => parts.run<R>(sql, params),
    session: <T>(fn: (session: Queryable) => Promise<T>) =>
      parts.lend((client) =>
        fn({
          query: <R>(sql: string, params: readonly unknown[] = []) =>
            mapped(() => parts.rowsOn<R>(client, sql, params)),
        }),
      ),
    close: parts.close,
  };
}
