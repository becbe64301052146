import { mysqlServerFlavor, quoteIdent, quoteLiteral, quoteQualified } from '@seam/core/sql';
import { mysqlTableCollation } from '@seam/ddl';
import type { AdminSql, HistorySql } from '../engine.js';

export const mysqlHistory: HistorySql = {
  // In the connection's database: MySQL has no schemas within one.
  table: (_schema, name) => quoteQualified('mysql', null, name),
  param: () => '?',
  async exists(db, _table, name) {
    const rows = await db.exec(
      'SELECT 1 FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = ?',
      [name],
    );
    return rows.length > 0;
  },
  createTable: (table) =>
    `CREATE TABLE ${table} (unit varchar(200) NOT NULL, id varchar(200) NOT NULL, checksum char(64) NOT NULL, applied_at datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), undone int NOT NULL DEFAULT 0, PRIMARY KEY (unit, id)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`,
  async lock(db) {
    const rows = await db.exec(`SELECT GET_LOCK(${quoteLiteral('mysql', 'seam_migrations')}, 60) AS got`);
    if (Number(rows[0]?.got) !== 1) throw new Error('another seam migrate holds the lock on this database');
  },
  async release(db) {
    await db.exec("SELECT RELEASE_LOCK('seam_migrations')");
  },
};

export const mysqlAdmin: AdminSql = {
  maintenanceDatabase: '',
  async databaseExists(admin, name) {
    return (
      (await admin.exec('SELECT 1 FROM information_schema.schemata WHERE schema_name = ?', [name])).length > 0
    );
  },
  async createDatabase(admin, name) {
    const [server] = await admin.exec('SELECT version() AS v');
    const collation = mysqlTableCollation(mysqlServerFlavor(server?.v));
    await admin.exec(
      `CREATE DATABASE ${quoteIdent('mysql', name)} CHARACTER SET utf8mb4 COLLATE ${collation}`,
    );
  },
  dropDatabase: (name) => `DROP DATABASE IF EXISTS ${quoteIdent('mysql', name)}`,
};
