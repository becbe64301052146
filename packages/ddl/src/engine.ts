import type { LogicalType } from '@seam/core';
import type { Dialect } from '@seam/core/sql';
import type { ColumnTypeOptions, MappedType } from './column-type.js';
import type { CreateTableResult, PlannedColumn } from './create-table.js';
import type { MysqlFlavor } from './mysql/column-type.js';
import { mysqlEngine } from './mysql/engine.js';
import { postgresEngine } from './postgres/engine.js';
import type { MappedTable } from './table-mapping.js';

/** What the DDL writer needs of a target engine; one implementation per engine folder. */
export interface DdlEngine {
  /** An engine-neutral type as this engine's column type. Never throws: a lossy mapping says so. */
  columnType(type: LogicalType, options?: ColumnTypeOptions): MappedType;
  /** The name is longer than the engine keeps (PostgreSQL cuts at 63 bytes, MySQL refuses past 64 characters). */
  identifierTooLong(name: string): boolean;
  /** Identity / AUTO_INCREMENT is allowed on the primary key's first column only (MySQL). */
  identityOnFirstKeyColumnOnly: boolean;
  createTable(
    table: MappedTable,
    columns: PlannedColumn[],
    ifNotExists: boolean,
    flavor?: MysqlFlavor,
  ): Pick<CreateTableResult, 'statements' | 'foreignKeyStatements'>;
  addColumns(table: MappedTable, columns: PlannedColumn[], ifNotExists: boolean): string[];
  /**
   * The type a foreign key's column takes when the engine refuses one between columns of different
   * types (MySQL: `smallint` → `integer` fails with errno 150); undefined keeps the column's own.
   */
  foreignKeyColumnType(column: LogicalType, referenced: LogicalType): LogicalType | undefined;
}

const engines: Record<Dialect, DdlEngine> = { postgres: postgresEngine, mysql: mysqlEngine };

/** The DDL engine of a target dialect. */
export function engineFor(dialect: Dialect): DdlEngine {
  return engines[dialect];
}
