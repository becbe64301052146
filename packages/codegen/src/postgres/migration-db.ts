import { quoteIdent, quoteQualified } from '@seam/core/sql';
import type { AdminSql, HistorySql } from '../engine.js';

export const postgresHistory: HistorySql = {
  table: (schema, name) => quoteQualified('postgres', schema ?? null, name),
  param: (i) => `$${i}`,
  async exists(db, table) {
    const rows = await db.exec('SELECT to_regclass($1) IS NOT NULL AS present', [table]);
    return rows[0]?.present === true;
  },
  createTable: (table) =>
    `CREATE TABLE ${table} (unit varchar(200) NOT NULL, id varchar(200) NOT NULL, checksum char(64) NOT NULL, applied_at timestamp with time zone NOT NULL DEFAULT now(), undone integer NOT NULL DEFAULT 0, PRIMARY KEY (unit, id))`,
  async lock(db) {
    await db.exec("SELECT pg_advisory_xact_lock(hashtext('seam_migrations'))");
  },
  // The advisory lock ends with the transaction.
  async release() {},
};

export const postgresAdmin: AdminSql = {
  maintenanceDatabase: 'postgres',
  async databaseExists(admin, name) {
    return (await admin.exec('SELECT 1 FROM pg_database WHERE datname = $1', [name])).length > 0;
  },
  async createDatabase(admin, name) {
    await admin.exec(`CREATE DATABASE ${quoteIdent('postgres', name)}`);
  },
  dropDatabase: (name) => `DROP DATABASE IF EXISTS ${quoteIdent('postgres', name)}`,
};
