export { type ColumnTypeOptions, columnType, type MappedType, type ValueHome } from './column-type.js';
export {
  addColumns,
  type CreateTableOptions,
  type CreateTableResult,
  createTable,
  type DdlWarning,
  identifierTooLong,
} from './create-table.js';
export { derivedName, foreignKeyName } from './derived-name.js';
export {
  MYSQL_TABLE_CHARSET,
  type MysqlFlavor,
  mysqlColumnType,
  mysqlTableCollation,
} from './mysql/column-type.js';
export { postgresColumnType } from './postgres/column-type.js';
export {
  type ForeignTarget,
  type MappedColumn,
  type MappedForeignKey,
  type MappedKey,
  type MappedTable,
  mapTable,
  type TableMapping,
} from './table-mapping.js';
