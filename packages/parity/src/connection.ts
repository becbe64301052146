import { type ConnectionSpec, type Dialect, describeConnection, SeamError } from '@seam/core';
import { mapDriverError, mysqlOptions, pgOptions } from '@seam/core/sql';
import mysql from 'mysql2/promise';
import pg from 'pg';

/** A read-only connection pool to one side, set up for canon v1 (UTC, ISO dates, shortest floats). */
export interface DbConnection {
  readonly dialect: Dialect;
  /** The URL without its password, for messages. */
  readonly target: string;
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
  close(): Promise<void>;
}

const PG_SESSION = [
  'TimeZone=UTC',
  'DateStyle=ISO',
  'IntervalStyle=postgres',
  'extra_float_digits=1',
  'bytea_output=hex',
  'jit=off',
  'default_transaction_read_only=on',
]
  .map((s) => `-c ${s}`)
  .join(' ');

const MYSQL_SESSION =
  "SET SESSION time_zone = '+00:00', sql_mode = 'NO_ENGINE_SUBSTITUTION', character_set_results = 'utf8mb4', tx_read_only = 1";

export async function openConnection(spec: ConnectionSpec, poolSize = 2): Promise<DbConnection> {
  const target = describeConnection(spec);
  if (spec.dialect === 'postgres') {
    const pool = new pg.Pool({
      ...pgOptions(spec, { options: PG_SESSION }),
      max: poolSize,
      connectionTimeoutMillis: 10_000,
    });
    pool.on('error', () => {});
    const conn: DbConnection = {
      dialect: 'postgres',
      target,
      async query<R>(sql: string, params: unknown[] = []) {
        try {
          return (await pool.query(sql, params)).rows as R[];
        } catch (error) {
          throw mapDriverError(error, target);
        }
      },
      close: () => pool.end().catch(() => {}),
    };
    await conn.query('select 1');
    return conn;
  }
  const pool = mysql.createPool({
    ...mysqlOptions(spec, { connectionLimit: poolSize, connectTimeout: 10_000 }),
  });
  (pool as unknown as { pool: { on(e: string, f: (c: { query(s: string): void }) => void): void } }).pool.on(
    'connection',
    (c) => c.query(MYSQL_SESSION),
  );
  const conn: DbConnection = {
    dialect: 'mysql',
    target,
    async query<R>(sql: string, params: unknown[] = []) {
      try {
        const [rows] = await pool.query(sql, params);
        return rows as R[];
      } catch (error) {
        throw mapDriverError(error, target);
      }
    },
    close: () => pool.end().catch(() => {}),
  };
  await conn.query('SELECT 1');
  return conn;
}

/** Reads the change-log position now: PostgreSQL WAL LSN, MariaDB/MySQL GTID position (and binlog file/pos). */
export async function readPosition(db: DbConnection): Promise<SourcePosition> {
  if (db.dialect === 'postgres') {
    const [r] = await db.query<{ lsn: string }>("SELECT (pg_current_wal_lsn() - '0/0')::text AS lsn");
    return { kind: 'lsn', lsn: BigInt(r!.lsn) };
  }
  const [g] = await db.query<{ gtid: string | null }>('SELECT @@gtid_binlog_pos AS gtid');
  const status = await db.query<{ File?: string; Position?: number | string }>('SHOW MASTER STATUS');
  const s = status[0];
  if (!s?.File) {
    throw new SeamError(
      'SEAM_PARITY_BARRIER',
      `${db.target}: the binary log is off, so there is no position to wait for.`,
      {
        hint: 'Turn on the binary log (log_bin, binlog_format=ROW) as change capture needs it anyway.',
      },
    );
  }
  return { kind: 'binlog', gtid: g?.gtid ?? '', file: s.File, pos: Number(s.Position) };
}

export type SourcePosition =
  | { kind: 'lsn'; lsn: bigint }
  | { kind: 'binlog'; gtid: string; file: string; pos: number };
