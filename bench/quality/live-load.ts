/**
 * The live path of bench:quality: a dataset's schema.sql loaded into a fresh database (PostgreSQL for the
 * postgres dialect, MariaDB/MySQL for the mysql dialect), read back with `introspect` — the code path of
 * `seam analyze --source` — and dropped. Nothing is analyzed or vacuumed: the catalog has no statistics,
 * as in a freshly loaded monolith (reltuples = -1, empty pg_stat rows, TABLE_ROWS 0).
 * Servers: SEAM_QUALITY_PG (default postgres://postgres@127.0.0.1:5432/postgres) and SEAM_QUALITY_MYSQL
 * (default mysql://root@127.0.0.1:3306/).
 */
import { type ConnectionSpec, describeConnection, parseConnectionUrl, type SchemaSnapshot } from '@seam/core';
import { type Dialect, mapDriverError, mysqlOptions, pgOptions, quoteIdent } from '@seam/core/sql';
import { introspect } from '@seam/introspect';
import mysql from 'mysql2/promise';
import pg from 'pg';

interface LiveEngine {
  /** Where the scratch database is created and dropped from. */
  admin: ConnectionSpec;
  /** Runs the whole DDL script in the scratch database (created before, dropped after by the caller). */
  load(database: string, ddl: string): Promise<void>;
  exec(sql: string): Promise<void>;
  /** The schemas (PostgreSQL) or databases (MySQL) that introspect reads. */
  schemas(database: string): string[];
}

function pgEngine(): LiveEngine {
  const admin = parseConnectionUrl(
    process.env.SEAM_QUALITY_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  );
  const run = async (database: string, sql: string) => {
    const client = new pg.Client(pgOptions({ ...admin, database }));
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  return {
    admin,
    load: (database, ddl) => run(database, ddl),
    exec: (sql) => run(admin.database, sql),
    schemas: () => ['public'],
  };
}

function mysqlEngine(): LiveEngine {
  const admin = parseConnectionUrl(process.env.SEAM_QUALITY_MYSQL ?? 'mysql://root@127.0.0.1:3306/');
  const run = async (database: string | undefined, sql: string) => {
    const conn = await mysql.createConnection({
      ...mysqlOptions({ ...admin, database: database ?? '' }),
      multipleStatements: true,
    });
    try {
      await conn.query(sql);
    } finally {
      await conn.end();
    }
  };
  return {
    admin,
    load: (database, ddl) => run(database, ddl),
    exec: (sql) => run(undefined, sql),
    schemas: (database) => [database],
  };
}

const ENGINES: Record<Dialect, () => LiveEngine> = { postgres: pgEngine, mysql: mysqlEngine };

/** `seamq_<dataset>`, in the characters every engine accepts unquoted. */
export function liveDatabaseName(dataset: string): string {
  return `seamq_${dataset.toLowerCase().replace(/[^a-z0-9]+/gu, '_')}`;
}

/** Loads the DDL into `seamq_<dataset>`, introspects it like `seam analyze --source`, and drops it. */
export async function liveSnapshot(dataset: string, dialect: Dialect, ddl: string): Promise<SchemaSnapshot> {
  const engine = ENGINES[dialect]();
  const database = liveDatabaseName(dataset);
  const quoted = quoteIdent(dialect, database);
  const target = describeConnection({ ...engine.admin, database });
  try {
    // A database of this name is a leftover of an interrupted run: the name is reserved for this bench.
    await engine.exec(`DROP DATABASE IF EXISTS ${quoted}`);
    await engine.exec(`CREATE DATABASE ${quoted}`);
    try {
      await engine.load(database, ddl);
      return await introspect({ ...engine.admin, database }, { schemas: engine.schemas(database) });
    } finally {
      await engine.exec(`DROP DATABASE IF EXISTS ${quoted}`);
    }
  } catch (error) {
    // Unreachable server, refused login, DDL the engine rejects: a SeamError naming the redacted URL.
    throw mapDriverError(error, target);
  }
}
