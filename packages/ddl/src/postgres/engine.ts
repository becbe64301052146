import type { DdlEngine } from '../engine.js';
import { postgresColumnType } from './column-type.js';
import { postgresDdl } from './create-table.js';

/** PostgreSQL as a DDL target. */
export const postgresEngine: DdlEngine = {
  columnType: postgresColumnType,
  // PostgreSQL cuts identifiers to 63 bytes.
  identifierTooLong: (name) => Buffer.byteLength(name, 'utf8') > 63,
  identityOnFirstKeyColumnOnly: false,
  createTable: (table, columns, ifNotExists) => postgresDdl.createTable(table, columns, ifNotExists),
  addColumns: (table, columns, ifNotExists) => postgresDdl.addColumns(table, columns, ifNotExists),
  foreignKeyColumnType: (column, referenced) => postgresDdl.foreignKeyColumnType(column, referenced),
};
