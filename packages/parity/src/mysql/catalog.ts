import type { DbConnection } from '../connection.js';
import type { ColumnInfo, NativeKind, TableInfo } from '../types.js';

interface Row {
  name: string;
  dataType: string;
  columnType: string;
  scale: number | string | null;
  dtPrecision: number | string | null;
  charLength: number | string | null;
  charset: string | null;
  collation: string | null;
  nullable: string;
}

const KINDS: Record<string, NativeKind> = {
  tinyint: 'int',
  smallint: 'int',
  mediumint: 'int',
  int: 'int',
  integer: 'int',
  bigint: 'int',
  year: 'int',
  decimal: 'decimal',
  numeric: 'decimal',
  float: 'float4',
  double: 'float8',
  char: 'char',
  varchar: 'text',
  tinytext: 'text',
  text: 'text',
  mediumtext: 'text',
  longtext: 'text',
  enum: 'enum',
  set: 'enum',
  json: 'json',
  uuid: 'uuid',
  binary: 'binary',
  varbinary: 'binary',
  tinyblob: 'binary',
  blob: 'binary',
  mediumblob: 'binary',
  longblob: 'binary',
  date: 'date',
  datetime: 'timestamp',
  timestamp: 'timestamp',
  time: 'time',
  bit: 'bit',
};

const num = (v: number | string | null): number | undefined => (v === null ? undefined : Number(v));

function column(r: Row, jsonColumns: Set<string>): ColumnInfo {
  const dataType = r.dataType.toLowerCase();
  let kind: NativeKind = KINDS[dataType] ?? 'other';
  if (jsonColumns.has(r.name) && kind === 'text') kind = 'json';
  const c: ColumnInfo = { name: r.name, kind, native: r.columnType, nullable: r.nullable === 'YES' };
  if (/unsigned/i.test(r.columnType)) c.unsigned = true;
  if (kind === 'decimal') c.scale = num(r.scale) ?? 0;
  if (kind === 'timestamp' || kind === 'time') {
    c.precision = num(r.dtPrecision) ?? 0;
    c.withTimeZone = dataType === 'timestamp';
  }
  const len = /\((\d+)\)/.exec(r.columnType)?.[1];
  if (kind === 'bit' || kind === 'binary') c.length = len ? Number(len) : undefined;
  if (dataType === 'binary' || kind === 'char') c.length = len ? Number(len) : num(r.charLength);
  if (r.charset) c.charset = r.charset;
  if (r.collation) c.collation = r.collation;
  if (kind === 'text' || kind === 'char' || kind === 'json' || kind === 'enum') {
    c.byteOrder = /_nopad_bin$/i.test(r.collation ?? '') || r.charset === 'binary';
  }
  return c;
}

/** Reads one table's columns, key and size estimate from information_schema; undefined when absent. */
export async function readMysqlTable(
  db: DbConnection,
  schema: string,
  name: string,
): Promise<TableInfo | undefined> {
  const cols = await db.query<Row>(
    `SELECT COLUMN_NAME AS name, DATA_TYPE AS dataType, COLUMN_TYPE AS columnType, NUMERIC_SCALE AS scale,
            DATETIME_PRECISION AS dtPrecision, CHARACTER_MAXIMUM_LENGTH AS charLength,
            CHARACTER_SET_NAME AS charset, COLLATION_NAME AS collation, IS_NULLABLE AS nullable
       FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION`,
    [schema, name],
  );
  if (cols.length === 0) return undefined;
  // MariaDB's JSON is LONGTEXT with a json_valid() check.
  const checks = await db
    .query<{ clause: string }>(
      'SELECT CHECK_CLAUSE AS clause FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ? AND TABLE_NAME = ?',
      [schema, name],
    )
    .catch(() => []);
  const jsonColumns = new Set<string>();
  for (const c of checks) {
    const m = /^json_valid\(`((?:[^`]|``)+)`\)$/i.exec(c.clause.trim());
    if (m) jsonColumns.add(m[1]!.replaceAll('``', '`'));
  }
  const columns = cols.map((r) => column(r, jsonColumns));
  const idx = await db.query<{ idx: string; col: string; nonUnique: number | string }>(
    `SELECT INDEX_NAME AS idx, COLUMN_NAME AS col, NON_UNIQUE AS nonUnique FROM information_schema.STATISTICS
      WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? ORDER BY INDEX_NAME = 'PRIMARY' DESC, INDEX_NAME, SEQ_IN_INDEX`,
    [schema, name],
  );
  const unique = new Map<string, string[]>();
  for (const r of idx) {
    if (Number(r.nonUnique) !== 0) continue;
    const list = unique.get(r.idx) ?? [];
    list.push(r.col);
    unique.set(r.idx, list);
  }
  const notNull = new Set(columns.filter((c) => !c.nullable).map((c) => c.name));
  const key = [...unique.values()].find((cols) => cols.every((c) => notNull.has(c))) ?? null;
  const [est] = await db.query<{ n: number | string | null }>(
    'SELECT TABLE_ROWS AS n FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?',
    [schema, name],
  );
  return { dialect: 'mysql', schema, name, columns, key, estimatedRows: Number(est?.n ?? 0) };
}
