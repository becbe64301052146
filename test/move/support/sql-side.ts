import type { ConnectionSpec, Dialect } from '@seam/core';
import { mysqlOptions, pgOptions } from '@seam/core/sql';
import mysql from 'mysql2/promise';
import pg from 'pg';

/** One statement run inside a transaction; `?` placeholders on either engine. */
export interface Tx {
  run(sql: string, params?: unknown[]): Promise<number>;
  /** An INSERT into a table whose key `id` the database generates; resolves with that id. */
  insert(sql: string, params?: unknown[]): Promise<number>;
}

/** One database the application writes: a monolith or a service, either engine. */
export interface SqlSide {
  name: string;
  tx<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  rows(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  /** The error a `block-writes` trigger raises: the application must retry after the handover. */
  isBlocked(error: unknown): boolean;
  /** A deadlock or serialization failure: the transaction rolled back, an application runs it again. */
  isTransient(error: unknown): boolean;
  close(): Promise<void>;
}

const numbered = (sql: string) => {
  let i = 0;
  return sql.replace(/\?/g, () => `$${++i}`);
};

function pgSide(name: string, spec: ConnectionSpec, connections: number): SqlSide {
  const pool = new pg.Pool({ ...pgOptions(spec), max: connections });
  pool.on('error', () => {});
  return {
    close: () => pool.end(),
    name,
    async tx(fn) {
      const c = await pool.connect();
      try {
        await c.query('begin');
        const result = await fn({
          run: async (sql, params) => (await c.query(numbered(sql), params)).rowCount ?? 0,
          insert: async (sql, params) =>
            Number((await c.query<{ id: string }>(`${numbered(sql)} returning id`, params)).rows[0]!.id),
        });
        await c.query('commit');
        return result;
      } catch (error) {
        await c.query('rollback').catch(() => {});
        throw error;
      } finally {
        c.release();
      }
    },
    rows: async (sql, params) => (await pool.query(numbered(sql), params)).rows,
    // read_only_sql_transaction, raised by the generated block-writes trigger.
    isBlocked: (error) => (error as { code?: string }).code === '25006',
    isTransient: (error) => ['40P01', '40001'].includes((error as { code?: string }).code ?? ''),
  };
}

function mysqlSide(name: string, spec: ConnectionSpec, connections: number): SqlSide {
  const pool = mysql.createPool({ ...mysqlOptions(spec), connectionLimit: connections });
  return {
    close: () => pool.end(),
    name,
    async tx(fn) {
      const c = await pool.getConnection();
      try {
        await c.query('begin');
        const result = await fn({
          run: async (sql, params) => ((await c.query(sql, params))[0] as mysql.ResultSetHeader).affectedRows,
          insert: async (sql, params) => ((await c.query(sql, params))[0] as mysql.ResultSetHeader).insertId,
        });
        await c.query('commit');
        return result;
      } catch (error) {
        await c.query('rollback').catch(() => {});
        throw error;
      } finally {
        c.release();
      }
    },
    rows: async (sql, params) => (await pool.query(sql, params))[0] as Record<string, unknown>[],
    // SIGNAL SQLSTATE '45000' from the generated block-writes trigger.
    isBlocked: (error) => (error as { sqlState?: string }).sqlState === '45000',
    // ER_LOCK_DEADLOCK, ER_LOCK_WAIT_TIMEOUT
    isTransient: (error) => [1213, 1205].includes((error as { errno?: number }).errno ?? 0),
  };
}

const sides: Record<Dialect, (name: string, spec: ConnectionSpec, connections: number) => SqlSide> = {
  postgres: pgSide,
  mysql: mysqlSide,
};

/** A side of its own pool (`connections` sessions) on a database of either engine. */
export function sqlSide(name: string, spec: ConnectionSpec, connections = 4): SqlSide {
  return sides[spec.dialect](name, spec, connections);
}
