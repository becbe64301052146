import { type LiveColumn, mysqlCatalog } from '@seam/catalog';
import { nativeKindOf } from '../column-class.js';
import type { DbConnection } from '../connection.js';
import type { ColumnInfo, NativeKind, TableInfo } from '../types.js';

/** MySQL/MariaDB's kind of a column: tinyint(1) compares as the integer it is; MariaDB's JSON is checked text. */
function kindOf(live: LiveColumn): NativeKind {
  const kind = live.type.kind === 'boolean' ? 'int' : nativeKindOf(live.type);
  return live.checkedJson && kind === 'text' ? 'json' : kind;
}

function column(live: LiveColumn): ColumnInfo {
  const { type } = live;
  const kind = kindOf(live);
  const c: ColumnInfo = { name: live.name, kind, native: live.nativeType, nullable: live.nullable };
  if (/unsigned/i.test(live.nativeType)) c.unsigned = true;
  if (kind === 'decimal') c.scale = type.kind === 'decimal' ? (type.scale ?? 0) : 0;
  if ((type.kind === 'timestamp' || type.kind === 'time') && (kind === 'timestamp' || kind === 'time')) {
    c.precision = type.precision ?? 0;
    c.withTimeZone = type.withTimeZone ?? false;
  }
  const len = /\((\d+)\)/.exec(live.nativeType)?.[1];
  if (kind === 'bit' || kind === 'binary') c.length = len ? Number(len) : undefined;
  if (live.typeName === 'binary' || kind === 'char')
    c.length = len ? Number(len) : type.kind === 'text' ? type.length : undefined;
  if (live.charset) c.charset = live.charset;
  if (live.collation) c.collation = live.collation;
  if (kind === 'text' || kind === 'char' || kind === 'json' || kind === 'enum') {
    c.byteOrder = /_nopad_bin$/i.test(live.collation ?? '') || live.charset === 'binary';
  }
  return c;
}

/** Reads one table's columns, key and size estimate from information_schema (@seam/catalog); undefined when absent. */
export async function readMysqlTable(
  db: DbConnection,
  schema: string,
  name: string,
): Promise<TableInfo | undefined> {
  const live = await mysqlCatalog.describeTable(db, schema, name);
  if (!live) return undefined;
  const columns = live.columns.map(column);
  const notNull = new Set(columns.filter((c) => !c.nullable).map((c) => c.name));
  const key = live.uniqueKeys.map((k) => k.columns).find((cols) => cols.every((c) => notNull.has(c))) ?? null;
  return { dialect: 'mysql', schema, name, columns, key, estimatedRows: live.estimatedRows };
}
