import pg from 'pg';
import { type ConnectionSpec, describeConnection } from '../../connection/connection-spec.js';
import { chooseTls } from '../../tls/tls-fallback.js';
import { type Database, type DatabaseOptions, databaseOver as sharedDatabaseOver } from '../database.js';
import { mapDriverError } from '../driver-error.js';
import { pgOptions } from '../driver-options.js';
import { pgTlsChoice } from './tls-choice.js';

const noop = () => {};

/** The startup `options` string: `-c name=value` for each setting (applied by the server, no round trip). */
function startupOptions(options: DatabaseOptions): string | undefined {
  const settings = Object.entries(options.settings ?? {});
  if (options.readOnly) settings.push(['default_transaction_read_only', 'on']);
  return settings.length ? settings.map(([k, v]) => `-c ${k}=${v}`).join(' ') : undefined;
}

function clientConfig(
  spec: ConnectionSpec,
  options: DatabaseOptions,
  ssl: pg.ClientConfig['ssl'],
): pg.ClientConfig {
  const startup = startupOptions(options);
  return pgOptions(spec, {
    ...(options.applicationName ? { application_name: options.applicationName.slice(0, 63) } : {}),
    connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
    ...(startup ? { options: startup } : {}),
    ssl,
  });
}

/** Connects one client with these TLS options; a failed one is closed. */
async function connectClient(spec: ConnectionSpec, options: DatabaseOptions, ssl: pg.ClientConfig['ssl']) {
  const client = new pg.Client(clientConfig(spec, options, ssl));
  client.on('error', noop);
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.end().catch(noop);
    throw error;
  }
}

async function rowsOf<R>(client: pg.ClientBase | pg.Pool, sql: string, params: readonly unknown[]) {
  const result = (await client.query(sql, params as unknown[])) as pg.QueryResult | pg.QueryResult[];
  // Several statements in one string come back as one result each; nobody reads their rows.
  return (Array.isArray(result) ? [] : result.rows) as R[];
}

/** A PostgreSQL Database over node-postgres; `withClient` hands the raw client to hot paths. */
export interface PostgresDatabase extends Database {
  readonly dialect: 'postgres';
  /** Runs `fn` on one raw client; driver errors from `fn` stay raw, a failed client is discarded. */
  withClient<T>(fn: (client: pg.ClientBase) => Promise<T>): Promise<T>;
}

/** A pool of node-postgres connections, opened lazily (synchronous: the first query connects). */
export function createPostgresPool(spec: ConnectionSpec, options: DatabaseOptions): PostgresDatabase {
  const target = describeConnection(spec);
  const tls = pgTlsChoice(spec);
  const poolWith = (ssl: pg.ClientConfig['ssl']) => {
    const pool = new pg.Pool({
      ...clientConfig(spec, options, ssl),
      max: options.poolSize ?? 1,
      ...(options.idleTimeoutMs === undefined ? {} : { idleTimeoutMillis: options.idleTimeoutMs }),
    });
    // An idle connection killed by the server must not crash the process; the next query reconnects.
    pool.on('error', noop);
    return pool;
  };
  // sslmode=allow/prefer: the first connection decides (as libpq would) before the pool exists.
  let decided: pg.Pool | undefined = tls.fallback ? undefined : poolWith(tls.first);
  let deciding: Promise<pg.Pool> | undefined;
  const poolNow = async (): Promise<pg.Pool> => {
    if (decided) return decided;
    deciding ??= chooseTls(tls, (ssl) => connectClient(spec, options, ssl)).then(async ({ ssl, conn }) => {
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
  const withClient = async <T>(fn: (client: pg.ClientBase) => Promise<T>): Promise<T> => {
    let client: pg.PoolClient;
    try {
      client = await (await poolNow()).connect();
    } catch (error) {
      throw mapDriverError(error, target);
    }
    // A connection that drops between two queries emits 'error' on the client: the next query fails.
    client.on('error', noop);
    let broken: unknown;
    try {
      return await fn(client);
    } catch (error) {
      broken = error;
      throw error;
    } finally {
      // After any failure the session may be mid-transaction or dead: never hand it out again.
      client.off('error', noop);
      client.release(broken === undefined ? undefined : true);
    }
  };
  return databaseOver(
    target,
    async (sql, params) => rowsOf(await poolNow(), sql, params),
    withClient,
    async () => {
      deciding = undefined;
      await decided?.end().catch(noop);
    },
  );
}

/** One dedicated node-postgres connection, connected before it is returned. */
export async function connectPostgres(
  spec: ConnectionSpec,
  options: DatabaseOptions,
): Promise<PostgresDatabase> {
  const target = describeConnection(spec);
  let client: pg.Client;
  try {
    ({ conn: client } = await chooseTls(pgTlsChoice(spec), (ssl) => connectClient(spec, options, ssl)));
  } catch (error) {
    throw mapDriverError(error, target);
  }
  return databaseOver(
    target,
    (sql, params) => rowsOf(client, sql, params),
    (fn) => fn(client),
    () => client.end().catch(noop),
  );
}

function databaseOver(
  target: string,
  run: <R>(sql: string, params: readonly unknown[]) => Promise<R[]>,
  withClient: <T>(fn: (client: pg.ClientBase) => Promise<T>) => Promise<T>,
  close: () => Promise<void>,
): PostgresDatabase {
  const db = sharedDatabaseOver<pg.ClientBase>('postgres', target, {
    run,
    lend: withClient,
    rowsOn: rowsOf,
    close,
  });
  return { ...db, dialect: 'postgres', withClient };
}
