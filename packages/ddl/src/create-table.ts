import type { ColumnSnapshot, LogicalType, TableSnapshot } from '@seam/core';
import type { Dialect } from '@seam/core/sql';
import type { MappedType } from './column-type.js';
import { type DdlEngine, engineFor } from './engine.js';
import type { MysqlFlavor } from './mysql/column-type.js';
import { type MappedTable, mapTable, type TableMapping } from './table-mapping.js';

export interface CreateTableOptions extends TableMapping {
  /** The target engine. */
  dialect: Dialect;
  /** The engine the snapshot was read from (same engine: `other` types keep their native spelling). */
  sourceDialect?: Dialect;
  /** CREATE TABLE IF NOT EXISTS (default false). Secondary indexes are then created IF NOT EXISTS too. */
  ifNotExists?: boolean;
  /** Keep identity / AUTO_INCREMENT on auto-increment integers (default true). */
  identity?: boolean;
  /** A MySQL-family target's server, for its NO PAD binary collation (default mariadb). */
  mysqlFlavor?: MysqlFlavor;
}

/** A lossy mapping or a key left out: the DDL still runs, but someone should know. */
export interface DdlWarning {
  table: string;
  column?: string;
  message: string;
  /**
   * SEAM_TYPE_LOSSY: the target type cannot hold every source value (what does not fit is refused);
   * SEAM_TYPE_CONVERTED: every value is kept, in another type (docs/codegen.md lists both).
   */
  code?: 'SEAM_TYPE_LOSSY' | 'SEAM_TYPE_CONVERTED';
}

/** One column as the dialect writers see it: quoted name aside, everything decided. */
export interface PlannedColumn {
  name: string;
  type: MappedType;
  nullable: boolean;
  /** What the source sets it to on every update (`ON UPDATE CURRENT_TIMESTAMP`), for an engine that can. */
  onUpdate?: string;
}

/** Each column's type, a foreign key's column typed as its referenced column where the engine wants it. */
function columnTypes(table: MappedTable, ddl: DdlEngine): Map<string, { type: LogicalType; note?: string }> {
  const types = new Map<string, { type: LogicalType; note?: string }>(
    table.columns.map((c) => [c.name, { type: c.column.type }]),
  );
  for (const fk of table.foreignKeys) {
    fk.columns.forEach((name, i) => {
      const own = types.get(name);
      const referenced = fk.referencedTypes?.[i];
      if (!own || !referenced) return;
      const type = ddl.foreignKeyColumnType(own.type, referenced);
      if (!type) return;
      const note = `typed as ${fk.target.name}.${fk.target.columns[i]} for foreign key ${fk.source} (the engine refuses a foreign key between columns of different types); every value is kept`;
      types.set(name, { type, note });
    });
  }
  return types;
}

export interface CreateTableResult {
  /** CREATE TABLE, then its indexes: run in order (PostgreSQL: in one transaction). */
  statements: string[];
  /** ALTER TABLE … ADD FOREIGN KEY, kept apart so that all tables can be created first. */
  foreignKeyStatements: string[];
  warnings: DdlWarning[];
  table: MappedTable;
}

/** The name is longer than the engine keeps (PostgreSQL cuts it, MySQL refuses it). */
export function identifierTooLong(dialect: Dialect, name: string): boolean {
  return engineFor(dialect).identifierTooLong(name);
}

export function planColumns(
  table: MappedTable,
  options: Pick<CreateTableOptions, 'dialect' | 'sourceDialect' | 'identity'>,
  warn: (message: string, column?: string, code?: DdlWarning['code']) => void,
): PlannedColumn[] {
  const keyColumns = new Set([
    ...table.primaryKey,
    ...table.uniques.flatMap((k) => k.columns),
    ...table.indexes.flatMap((k) => k.columns),
  ]);
  const firstKey = table.primaryKey[0];
  const engine = engineFor(options.dialect);
  const types = columnTypes(table, engine);
  return table.columns.map(({ name, column }) => {
    const logical = types.get(name)!;
    if (logical.note) warn(logical.note, name);
    const type = engine.columnType(logical.type, {
      ...(options.sourceDialect ? { sourceDialect: options.sourceDialect } : {}),
      key: keyColumns.has(name),
      identity: options.identity ?? true,
    });
    if (type.lossy) warn(type.lossy, name, 'SEAM_TYPE_LOSSY');
    if (type.converted) warn(type.converted, name, 'SEAM_TYPE_CONVERTED');
    // MySQL wants AUTO_INCREMENT on a key's first column; anything else keeps the plain integer.
    if (type.identity && engine.identityOnFirstKeyColumnOnly && name !== firstKey) {
      warn('AUTO_INCREMENT is kept only on the first primary-key column', name);
      delete type.identity;
    }
    if (identifierTooLong(options.dialect, name)) warn('the name is longer than the target allows', name);
    return {
      name,
      type,
      nullable: column.nullable && !table.primaryKey.includes(name),
      ...(column.onUpdate ? { onUpdate: column.onUpdate } : {}),
    };
  });
}

/**
 * CREATE TABLE for a snapshot table in a target dialect, through a mapping (target name, column
 * subset, renames, primary key, keys that stay). Every identifier is quoted with @seam/core/sql.
 * Defaults, comments, checks and triggers of the source are not carried: the target is a copy
 * that the replicator fills, and codegen's migrations own the rest.
 */
export function createTable(table: TableSnapshot, options: CreateTableOptions): CreateTableResult {
  const mapped = mapTable(table, options);
  const warnings: DdlWarning[] = [];
  const warn = (message: string, column?: string, code?: DdlWarning['code']) =>
    warnings.push({
      table: mapped.name,
      ...(column === undefined ? {} : { column }),
      message,
      ...(code ? { code } : {}),
    });
  for (const message of mapped.skipped) warn(message);
  if (identifierTooLong(options.dialect, mapped.name))
    warn('the table name is longer than the target allows');
  if (mapped.primaryKey.length === 0)
    warn('the table has no primary key: changes cannot be applied idempotently');
  const columns = planColumns(mapped, options, warn);
  const ddl = engineFor(options.dialect);
  return {
    ...ddl.createTable(mapped, columns, options.ifNotExists ?? false, options.mysqlFlavor),
    warnings,
    table: mapped,
  };
}

/** ALTER TABLE … ADD COLUMN for columns that appeared on the source (always nullable: old rows have none). */
export function addColumns(
  dialect: Dialect,
  target: { schema?: string | null; name: string },
  columns: Array<Pick<ColumnSnapshot, 'name' | 'type'>>,
  options: { sourceDialect?: Dialect; ifNotExists?: boolean } = {},
): string[] {
  const table: MappedTable = {
    schema: target.schema ?? null,
    name: target.name,
    columns: columns.map((c) => ({
      source: c.name,
      name: c.name,
      column: { ...c, nativeType: '', nullable: true, default: null },
    })),
    primaryKey: [],
    uniques: [],
    indexes: [],
    foreignKeys: [],
    skipped: [],
  };
  const planned = planColumns(table, { dialect, identity: false, ...options }, () => {});
  return engineFor(dialect).addColumns(table, planned, options.ifNotExists ?? false);
}
