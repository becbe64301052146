import type { DdlEngine } from '../engine.js';
import { mysqlColumnType } from './column-type.js';
import { mysqlDdl } from './create-table.js';

/** MySQL and MariaDB as a DDL target. */
export const mysqlEngine: DdlEngine = {
  columnType: mysqlColumnType,
  // MySQL refuses identifiers of more than 64 characters.
  identifierTooLong: (name) => [...name].length > 64,
  identityOnFirstKeyColumnOnly: true,
  createTable: (table, columns, ifNotExists, flavor) =>
    mysqlDdl.createTable(table, columns, ifNotExists, flavor),
  addColumns: (table, columns, ifNotExists) => mysqlDdl.addColumns(table, columns, ifNotExists),
  foreignKeyColumnType: (column, referenced) => mysqlDdl.foreignKeyColumnType(column, referenced),
};
