import mysql from 'mysql2/promise';
import { type ConnectionSpec, describeConnection } from '../../connection/connection-spec.js';
import { mysqlTlsPlan } from '../../connection/mysql/mysql-tls.js';
import { chooseTls, type TlsChoice } from '../../tls/tls-fallback.js';
import { type Database, type DatabaseOptions, databaseOver as sharedDatabaseOver } from '../database.js';
import { mapDriverError } from '../driver-error.js';
import { mysqlOptions } from '../driver-options.js';

const noop = () => {};

/** `SET SESSION name = value, …` for the settings (values are SQL as written), or undefined. */
function sessionStatement(options: DatabaseOptions): string | undefined {
  const settings = Object.entries(options.settings ?? {});
  if (options.readOnly) settings.push(['tx_read_only', '1']);
  return settings.length ? `SET SESSION ${settings.map(([k, v]) => `${k} = ${v}`).join(', ')}` : undefined;
}

type Runner = Pick<mysql.Connection, 'query'>;

async function rowsOf<R>(conn: Runner, sql: string, params: readonly unknown[]): Promise<R[]> {
  // query(), not execute(): DDL cannot be a prepared statement; values still go as parameters.
  const [rows] = await conn.query(sql, params as unknown[]);
  return (Array.isArray(rows) ? rows : []) as R[];
}

/** A MySQL/MariaDB Database over mysql2; `withConnection` hands the raw connection to hot paths. */
export interface MysqlDatabase extends Database {
  readonly dialect: 'mysql';
  /** Runs `fn` on one raw connection; driver errors from `fn` stay raw, a failed connection is destroyed. */
  withConnection<T>(fn: (conn: mysql.Connection) => Promise<T>): Promise<T>;
}

type Ssl = mysql.ConnectionOptions['ssl'];

/** ssl-mode's TLS options, with PREFERRED's second attempt without TLS. */
function mysqlTlsChoice(spec: ConnectionSpec): TlsChoice<Ssl> {
  const plan = mysqlTlsPlan(spec);
  return {
    first: plan.first,
    ...(plan.fallbackToPlain
      ? {
          fallback: {
            ssl: undefined,
            applies: (error: unknown) => (error as { code?: unknown })?.code === 'HANDSHAKE_NO_SSL_SUPPORT',
          },
        }
      : {}),
  };
}

/** A pool of mysql2 connections, opened lazily (synchronous: the first query connects). */
export function createMysqlPool(spec: ConnectionSpec, options: DatabaseOptions): MysqlDatabase {
  const target = describeConnection(spec);
  const size = options.poolSize ?? 1;
  const tls = mysqlTlsChoice(spec);
  const setup = sessionStatement(options);
  const poolWith = (ssl: Ssl) => {
    const pool = mysql.createPool({
      ...mysqlOptions(spec, { connectTimeout: options.connectTimeoutMs ?? 10_000, ssl }),
      connectionLimit: size,
      ...(options.keepAlive ? { maxIdle: size, enableKeepAlive: true } : {}),
      ...(options.idleTimeoutMs === undefined ? {} : { idleTimeout: options.idleTimeoutMs }),
    });
    if (setup) {
      // The callback-style connection behind each pooled one: set up its session once.
      (
        pool as unknown as { pool: { on(e: string, f: (c: { query(s: string): void }) => void): void } }
      ).pool.on('connection', (c) => c.query(setup));
    }
    return pool;
  };
  // ssl-mode=PREFERRED: the first connection decides before the pool exists.
  let decided: mysql.Pool | undefined = tls.fallback ? undefined : poolWith(tls.first);
  let deciding: Promise<mysql.Pool> | undefined;
  const poolNow = async (): Promise<mysql.Pool> => {
    if (decided) return decided;
    deciding ??= chooseTls(tls, (ssl) =>
      mysql.createConnection({
        ...mysqlOptions(spec, { ssl }),
        connectTimeout: options.connectTimeoutMs ?? 10_000,
      }),
    ).then(async ({ ssl, conn }) => {
      await conn.end().catch(noop);
      decided = poolWith(ssl);
      return decided;
    });
    try {
      return await deciding;
    } catch (error) {
      deciding = undefined;
      throw error;
    }
  };
  const withConnection = async <T>(fn: (conn: mysql.Connection) => Promise<T>): Promise<T> => {
    let conn: mysql.PoolConnection;
    try {
      conn = await (await poolNow()).getConnection();
    } catch (error) {
      throw mapDriverError(error, target);
    }
    let failed = false;
    try {
      return await fn(conn);
    } catch (error) {
      failed = true;
      throw error;
    } finally {
      if (failed) conn.destroy();
      else conn.release();
    }
  };
  return databaseOver(
    target,
    async (sql, params) => rowsOf(await poolNow(), sql, params),
    withConnection,
    async () => {
      deciding = undefined;
      await decided?.end().catch(noop);
    },
  );
}

/** One dedicated mysql2 connection, connected (and its session set up) before it is returned. */
export async function connectMysql(spec: ConnectionSpec, options: DatabaseOptions): Promise<MysqlDatabase> {
  const target = describeConnection(spec);
  let conn: mysql.Connection | undefined;
  try {
    ({ conn } = await chooseTls(mysqlTlsChoice(spec), (ssl) =>
      mysql.createConnection({
        ...mysqlOptions(spec, { ssl }),
        connectTimeout: options.connectTimeoutMs ?? 10_000,
      }),
    ));
    conn.on('error', noop);
    const setup = sessionStatement(options);
    if (setup) await conn.query(setup);
  } catch (error) {
    await conn?.end().catch(noop);
    throw mapDriverError(error, target);
  }
  const open = conn;
  return databaseOver(
    target,
    (sql, params) => rowsOf(open, sql, params),
    (fn) => fn(open),
    () => open.end().catch(noop),
  );
}

function databaseOver(
  target: string,
  run: <R>(sql: string, params: readonly unknown[]) => Promise<R[]>,
  withConnection: <T>(fn: (conn: mysql.Connection) => Promise<T>) => Promise<T>,
  close: () => Promise<void>,
): MysqlDatabase {
  const db = sharedDatabaseOver<mysql.Connection>('mysql', target, {
    run,
    lend: withConnection,
    rowsOn: rowsOf,
    close,
  });
  return { ...db, dialect: 'mysql', withConnection };
}
