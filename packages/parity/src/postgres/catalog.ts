import type { DbConnection } from '../connection.js';
import type { ColumnInfo, NativeKind, TableInfo } from '../types.js';

interface Row {
  name: string;
  type: string;
  base: string;
  typtype: string;
  typmod: number;
  notnull: boolean;
  collate: string | null;
  category: string;
}

const KINDS: Record<string, NativeKind> = {
  int2: 'int',
  int4: 'int',
  int8: 'int',
  oid: 'int',
  bool: 'bool',
  numeric: 'decimal',
  float4: 'float4',
  float8: 'float8',
  text: 'text',
  varchar: 'text',
  name: 'text',
  citext: 'text',
  bpchar: 'char',
  json: 'json',
  jsonb: 'json',
  uuid: 'uuid',
  bytea: 'binary',
  date: 'date',
  timestamp: 'timestamp',
  timestamptz: 'timestamp',
  time: 'time',
  bit: 'bit',
  interval: 'interval',
};

/** Collations whose order is UTF-8 byte order (glibc's C.UTF-8 sorts by code point). */
const BYTE_ORDER = /^(C|POSIX|C\.UTF-?8|C\.utf-?8)$/;

function column(r: Row): ColumnInfo {
  const kind: NativeKind =
    r.typtype === 'e' ? 'enum' : r.category === 'A' ? 'array' : (KINDS[r.base] ?? 'other');
  const c: ColumnInfo = { name: r.name, kind, native: r.type, nullable: !r.notnull };
  if (kind === 'decimal' && r.typmod >= 4) c.scale = (r.typmod - 4) & 0xffff;
  if (kind === 'timestamp' || kind === 'time') {
    c.precision = r.typmod >= 0 ? r.typmod : 6;
    c.withTimeZone = r.base === 'timestamptz';
  }
  if (kind === 'bit' || kind === 'char')
    c.length = r.typmod > 4 ? r.typmod - (kind === 'char' ? 4 : 0) : r.typmod;
  if (kind === 'text' || kind === 'char')
    c.byteOrder = r.base !== 'citext' && BYTE_ORDER.test(r.collate ?? '');
  return c;
}

/** Reads one table's columns, key and size estimate from pg_catalog; undefined when it does not exist. */
export async function readPgTable(
  db: DbConnection,
  schema: string,
  name: string,
): Promise<TableInfo | undefined> {
  const cols = await db.query<Row>(
    `select a.attname as name,
            format_type(coalesce(bt.oid, t.oid), case when t.typtype = 'd' then t.typtypmod else a.atttypmod end) as type,
            coalesce(bt.typname, t.typname) as base,
            coalesce(bt.typtype, t.typtype) as typtype,
            case when t.typtype = 'd' then t.typtypmod else a.atttypmod end as typmod,
            a.attnotnull as notnull,
            case when co.collname = 'default' then (select datcollate from pg_database where datname = current_database())
                 else co.collcollate end as "collate",
            t.typcategory as category
       from pg_attribute a
       join pg_class c on c.oid = a.attrelid
       join pg_namespace n on n.oid = c.relnamespace
       join pg_type t on t.oid = a.atttypid
       left join pg_type bt on t.typtype = 'd' and bt.oid = t.typbasetype
       left join pg_collation co on co.oid = a.attcollation
      where n.nspname = $1 and c.relname = $2 and a.attnum > 0 and not a.attisdropped
        and c.relkind in ('r', 'p', 'v', 'm', 'f')
      order by a.attnum`,
    [schema, name],
  );
  if (cols.length === 0) return undefined;
  const keys = await db.query<{ cols: string[]; primary: boolean }>(
    `select array(select a.attname from unnest(i.indkey) with ordinality k(attnum, ord)
                   join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum order by k.ord)::text[] as cols,
            i.indisprimary as primary
       from pg_index i join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = $1 and c.relname = $2 and i.indisunique and i.indpred is null and i.indexprs is null
      order by i.indisprimary desc, i.indexrelid`,
    [schema, name],
  );
  const columns = cols.map(column);
  const notNull = new Set(columns.filter((c) => !c.nullable).map((c) => c.name));
  const key = keys.find((k) => k.primary || k.cols.every((c) => notNull.has(c)))?.cols ?? null;
  const [est] = await db.query<{ n: string }>(
    `select greatest(c.reltuples, 0)::bigint::text as n from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = $1 and c.relname = $2`,
    [schema, name],
  );
  return { dialect: 'postgres', schema, name, columns, key, estimatedRows: Number(est?.n ?? 0) };
}
