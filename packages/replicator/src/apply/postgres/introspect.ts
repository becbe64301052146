import type pg from 'pg';
import type { ColumnHint, ColumnKind } from '../../decode/column-hint.js';
import type { TargetColumn, TargetTable } from '../target.js';

interface ColumnRow {
  name: string;
  type: string;
  base_type: string;
  typname: string;
  typtype: string;
  typcategory: string;
  typmod: number;
  not_null: boolean;
  elem_typname: string | null;
  elem_typtype: string | null;
  pk_position: number | null;
}

const KINDS: Record<string, ColumnKind> = {
  bool: 'boolean',
  int2: 'integer',
  int4: 'integer',
  int8: 'integer',
  oid: 'integer',
  numeric: 'decimal',
  money: 'decimal',
  float4: 'float',
  float8: 'float',
  text: 'text',
  varchar: 'text',
  bpchar: 'text',
  name: 'text',
  citext: 'text',
  xml: 'text',
  bytea: 'binary',
  date: 'date',
  time: 'time',
  timetz: 'time',
  timestamp: 'timestamp',
  timestamptz: 'timestamptz',
  interval: 'interval',
  json: 'json',
  jsonb: 'json',
  uuid: 'uuid',
  bit: 'bit',
  varbit: 'bit',
};

/** Integer widths (oid is unsigned 32-bit: it needs a 64-bit signed value). */
const INTEGER_BYTES: Record<string, number> = { int2: 2, int4: 4, int8: 8, oid: 8 };

function hintOf(typname: string, typtype: string, typmod: number): ColumnHint {
  const kind: ColumnKind = typtype === 'e' ? 'text' : (KINDS[typname] ?? 'other');
  const hint: ColumnHint = { kind };
  if (kind === 'integer' && INTEGER_BYTES[typname]) hint.bytes = INTEGER_BYTES[typname];
  if (kind === 'decimal' && typmod >= 4) {
    hint.precision = ((typmod - 4) >> 16) & 0xffff;
    hint.scale = (typmod - 4) & 0xffff;
  }
  if (kind === 'time' || kind === 'timestamp' || kind === 'timestamptz')
    hint.precision = typmod >= 0 ? typmod : 6;
  if (kind === 'bit') {
    hint.length = Math.max(typmod, 0);
    if (typname === 'varbit') hint.varying = true;
  }
  return hint;
}

const COLUMNS_SQL = `
select a.attname as name,
       format_type(a.atttypid, a.atttypmod) as type,
       format_type(a.atttypid, null) as base_type,
       t.typname, t.typtype, t.typcategory, a.atttypmod as typmod, a.attnotnull as not_null,
       et.typname as elem_typname, et.typtype as elem_typtype,
       array_position(i.indkey::int2[], a.attnum) as pk_position
  from pg_attribute a
  join pg_class c on c.oid = a.attrelid
  join pg_namespace n on n.oid = c.relnamespace
  join pg_type t on t.oid = a.atttypid
  left join pg_type et on t.typcategory = 'A' and et.oid = t.typelem
  left join pg_index i on i.indrelid = c.oid and i.indisprimary
 where n.nspname = $1 and c.relname = $2 and c.relkind in ('r', 'p')
   and a.attnum > 0 and not a.attisdropped
 order by a.attnum`;

/** A PostgreSQL table's columns (with their base types for casts) and primary key, or undefined. */
export async function describePostgresTable(
  client: pg.ClientBase,
  schema: string,
  name: string,
): Promise<TargetTable | undefined> {
  const { rows } = await client.query<ColumnRow>(COLUMNS_SQL, [schema, name]);
  if (rows.length === 0) return undefined;
  const columns: TargetColumn[] = rows.map((r) => {
    // Casting to a type without its modifier must never cut a value: character means character(1) and
    // bit means bit(1), so values travel as text and bit varying and the assignment checks the length.
    const baseType = r.base_type.replace(/^character(?=\[|$)/, 'text').replace(/^bit(?=\[|$)/, 'bit varying');
    const hint =
      r.typcategory === 'A' && r.elem_typname
        ? { kind: 'array' as const, element: hintOf(r.elem_typname, r.elem_typtype ?? 'b', r.typmod) }
        : hintOf(r.typname, r.typtype, r.typmod);
    return {
      name: r.name,
      kind: hint.kind,
      sqlType: r.type,
      baseType,
      nullable: !r.not_null,
      hint,
    };
  });
  const primaryKey = rows
    .filter((r) => r.pk_position !== null)
    .sort((a, b) => a.pk_position! - b.pk_position!)
    .map((r) => r.name);
  return { schema, name, columns, primaryKey };
}
