import type mysql from 'mysql2/promise';
import type { ColumnHint, ColumnKind } from '../../decode/column-hint.js';
import type { TargetColumn, TargetTable } from '../target.js';

interface ColumnRow {
  name: string;
  data_type: string;
  column_type: string;
  nullable: string;
  numeric_precision: number | string | null;
  numeric_scale: number | string | null;
  datetime_precision: number | string | null;
  pk_position: number | string | null;
}

const KINDS: Record<string, ColumnKind> = {
  tinyint: 'integer',
  smallint: 'integer',
  mediumint: 'integer',
  int: 'integer',
  integer: 'integer',
  bigint: 'integer',
  decimal: 'decimal',
  numeric: 'decimal',
  float: 'float',
  double: 'float',
  real: 'float',
  char: 'text',
  varchar: 'text',
  tinytext: 'text',
  text: 'text',
  mediumtext: 'text',
  longtext: 'text',
  enum: 'text',
  set: 'text',
  json: 'json',
  binary: 'binary',
  varbinary: 'binary',
  tinyblob: 'binary',
  blob: 'binary',
  mediumblob: 'binary',
  longblob: 'binary',
  date: 'date',
  time: 'time',
  datetime: 'timestamp',
  timestamp: 'timestamp',
  year: 'year',
  bit: 'bit',
  uuid: 'uuid',
};

const n = (v: number | string | null) => (v === null ? undefined : Number(v));

/** A MySQL/MariaDB table's columns and primary key, or undefined. */
/**
 * The widest signed integer (bytes) a MySQL integer column's values fit, as Debezium sends them:
 * tinyint always arrives as int16, mediumint as int32, and unsigned needs the next width.
 */
function integerBytes(dataType: string, unsigned: boolean): number {
  const signed =
    dataType === 'bigint'
      ? 8
      : dataType === 'int' || dataType === 'integer' || dataType === 'mediumint'
        ? 4
        : 2;
  return unsigned ? Math.min(8, signed * 2) : signed;
}

export async function describeMysqlTable(
  conn: mysql.Connection | mysql.PoolConnection,
  database: string,
  name: string,
): Promise<TargetTable | undefined> {
  const [rows] = await conn.query(
    `select c.column_name as name, c.data_type, c.column_type, c.is_nullable as nullable,
            c.numeric_precision, c.numeric_scale, c.datetime_precision, k.seq_in_index as pk_position
       from information_schema.columns c
       left join information_schema.statistics k
         on k.table_schema = c.table_schema and k.table_name = c.table_name
        and k.column_name = c.column_name and k.index_name = 'PRIMARY'
      where c.table_schema = ? and c.table_name = ?
      order by c.ordinal_position`,
    [database, name],
  );
  const list = rows as ColumnRow[];
  if (list.length === 0) return undefined;
  const columns: TargetColumn[] = list.map((r) => {
    const dataType = r.data_type.toLowerCase();
    const kind = KINDS[dataType] ?? 'other';
    const hint: ColumnHint = { kind };
    if (kind === 'decimal') {
      hint.precision = n(r.numeric_precision);
      hint.scale = n(r.numeric_scale);
    }
    if (kind === 'time' || kind === 'timestamp') hint.precision = n(r.datetime_precision) ?? 0;
    if (kind === 'bit') hint.length = n(r.numeric_precision) ?? 1;
    if (kind === 'integer') hint.bytes = integerBytes(dataType, /unsigned/i.test(r.column_type));
    return {
      name: r.name,
      kind,
      sqlType: r.column_type,
      baseType: dataType,
      nullable: r.nullable === 'YES',
      hint,
    };
  });
  const primaryKey = list
    .filter((r) => r.pk_position !== null)
    .sort((a, b) => Number(a.pk_position) - Number(b.pk_position))
    .map((r) => r.name);
  return { schema: database, name, columns, primaryKey };
}
