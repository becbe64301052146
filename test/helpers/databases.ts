import { setTimeout as sleep } from 'node:timers/promises';
import { type ConnectionSpec, describeConnection, parseConnectionUrl, withDatabase } from '@seam/core';
import { mysqlOptions, pgOptions, quoteMysqlIdent, quotePgIdent } from '@seam/core/sql';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { uniqueName } from './names.js';

/** The local servers every session and CI machine has (overridable for other setups). */
export const PG_ADMIN_URL = process.env.SEAM_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const MYSQL_ADMIN_URL = process.env.SEAM_MYSQL_ADMIN_URL ?? 'mysql://root@127.0.0.1:3306/';

export interface TestPg {
  name: string;
  spec: ConnectionSpec;
  url: string;
  pool: pg.Pool;
  query<R extends pg.QueryResultRow = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
  drop(): Promise<void>;
}

export interface TestMysql {
  name: string;
  spec: ConnectionSpec;
  url: string;
  pool: mysql.Pool;
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
  drop(): Promise<void>;
}

async function pgAdmin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(pgOptions(parseConnectionUrl(PG_ADMIN_URL)));
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A fresh PostgreSQL database for one test file; drop() removes it with its replication slots. */
export async function createPgDatabase(prefix: string): Promise<TestPg> {
  const name = uniqueName(prefix);
  await pgAdmin((c) => c.query(`create database ${quotePgIdent(name)}`));
  const spec = withDatabase(parseConnectionUrl(PG_ADMIN_URL), name);
  const pool = new pg.Pool({ ...pgOptions(spec), max: 4 });
  pool.on('error', () => {});
  return {
    name,
    spec,
    url: describeConnection(spec),
    pool,
    async query(sql, params) {
      return (await pool.query(sql, params)).rows;
    },
    async drop() {
      await pool.end();
      await pgAdmin(async (c) => {
        // A slot left by a connector keeps the database from being dropped. A connector being
        // deleted may still hold its slot for a moment (or reconnect once): terminate and retry.
        const deadline = Date.now() + 30_000;
        for (;;) {
          const { rows } = await c.query<{ slot_name: string; active_pid: number | null }>(
            'select slot_name, active_pid from pg_replication_slots where database = $1',
            [name],
          );
          if (rows.length === 0) break;
          for (const slot of rows) {
            try {
              if (slot.active_pid !== null)
                await c.query('select pg_terminate_backend($1)', [slot.active_pid]);
              else await c.query('select pg_drop_replication_slot($1)', [slot.slot_name]);
            } catch (error) {
              if (Date.now() > deadline) throw error;
            }
          }
          if (Date.now() > deadline) throw new Error(`replication slots of ${name} are still in use`);
          await sleep(100);
        }
        await c.query(`drop database if exists ${quotePgIdent(name)} with (force)`);
      });
    },
  };
}

/** A fresh MariaDB database for one test file. */
export async function createMysqlDatabase(prefix: string): Promise<TestMysql> {
  const name = uniqueName(prefix);
  const admin = parseConnectionUrl(MYSQL_ADMIN_URL);
  const conn = await mysql.createConnection(mysqlOptions(admin));
  await conn.query(
    `create database ${quoteMysqlIdent(name)} character set utf8mb4 collate utf8mb4_nopad_bin`,
  );
  await conn.end();
  const spec = withDatabase(admin, name);
  const pool = mysql.createPool({ ...mysqlOptions(spec), connectionLimit: 4 });
  return {
    name,
    spec,
    url: describeConnection(spec),
    pool,
    async query(sql, params) {
      const [rows] = await pool.query(sql, params);
      return rows as never;
    },
    async drop() {
      await pool.end();
      const c = await mysql.createConnection(mysqlOptions(admin));
      await c.query(`drop database if exists ${quoteMysqlIdent(name)}`);
      await c.end();
    },
  };
}
