import { type LiveColumn, postgresCatalog } from '@seam/catalog';
import { nativeKindOf } from '../column-class.js';
import type { DbConnection } from '../connection.js';
import type { ColumnInfo, NativeKind, TableInfo } from '../types.js';

/** PostgreSQL types compared otherwise than their logical type says (by pg_type.typname). */
const KIND_OF_TYPE: Record<string, NativeKind> = { oid: 'int', money: 'other', bpchar: 'char' };

/** Collations whose order is UTF-8 byte order (glibc's C.UTF-8 sorts by code point). */
const BYTE_ORDER = /^(C|POSIX|C\.UTF-?8|C\.utf-?8)$/;

function column(live: LiveColumn): ColumnInfo {
  const { type } = live;
  const kind = KIND_OF_TYPE[live.typeName] ?? nativeKindOf(type);
  const c: ColumnInfo = { name: live.name, kind, native: live.baseType, nullable: live.nullable };
  if (kind === 'decimal' && type.kind === 'decimal' && type.scale !== undefined) c.scale = type.scale;
  if ((type.kind === 'timestamp' || type.kind === 'time') && (kind === 'timestamp' || kind === 'time')) {
    c.precision = type.precision ?? 6;
    c.withTimeZone = type.withTimeZone ?? false;
  }
  if (kind === 'bit' && type.kind === 'bit') c.length = type.length;
  // bpchar without a length (typmod -1) keeps parity's old reading of it.
  if (kind === 'char') c.length = type.kind === 'text' ? (type.length ?? -1) : -1;
  if (kind === 'text' || kind === 'char')
    c.byteOrder = live.typeName !== 'citext' && BYTE_ORDER.test(live.collation ?? '');
  return c;
}

/** Reads one table's columns, key and size estimate from pg_catalog (@seam/catalog); undefined when it does not exist. */
export async function readPgTable(
  db: DbConnection,
  schema: string,
  name: string,
): Promise<TableInfo | undefined> {
  const live = await postgresCatalog.describeTable(db, schema, name);
  if (!live) return undefined;
  const columns = live.columns.map(column);
  const notNull = new Set(columns.filter((c) => !c.nullable).map((c) => c.name));
  const key =
    live.uniqueKeys.find((k) => k.primary || k.columns.every((c) => notNull.has(c)))?.columns ?? null;
  return { dialect: 'postgres', schema, name, columns, key, estimatedRows: live.estimatedRows };
}
