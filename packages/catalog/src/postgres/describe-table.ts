import type { CatalogDb } from '../catalog-db.js';
import type { LiveColumn, LiveTable } from '../live-table.js';
import { pgLogicalType } from './logical-type.js';

interface ColumnRow {
  name: string;
  native_type: string;
  base_type: string;
  type_name: string;
  bare_type: string;
  domain: string | null;
  relkind: string;
  not_null: boolean;
  has_default: boolean;
  collation: string | null;
  enum_name: string | null;
  enum_values: string[] | null;
}

/** Columns of one table, view or foreign table; a domain's base type decides its logical type. */
const COLUMNS = `
select a.attname::text as name,
       pg_catalog.format_type(a.atttypid, a.atttypmod) as native_type,
       pg_catalog.format_type(coalesce(bt.oid, t.oid), case when t.typtype = 'd' then t.typtypmod else a.atttypmod end)
         as base_type,
       coalesce(bt.typname, t.typname)::text as type_name,
       pg_catalog.format_type(a.atttypid, null) as bare_type,
       case when t.typtype = 'd' then t.typname::text end as domain,
       c.relkind::text as relkind,
       a.attnotnull as not_null,
       (a.atthasdef or a.attidentity <> '' or a.attgenerated <> '') as has_default,
       case when co.collname = 'default'
            then (select datcollate from pg_catalog.pg_database where datname = current_database())
            else co.collcollate end::text as collation,
       case when coalesce(bt.typtype, t.typtype) = 'e' then coalesce(bt.typname, t.typname)::text
            when e.typtype = 'e' then e.typname::text end as enum_name,
       case when coalesce(bt.typtype, t.typtype) = 'e' then
              array(select l.enumlabel::text from pg_catalog.pg_enum l where l.enumtypid = coalesce(bt.oid, t.oid)
                    order by l.enumsortorder)
            when e.typtype = 'e' then
              array(select l.enumlabel::text from pg_catalog.pg_enum l where l.enumtypid = e.oid order by l.enumsortorder)
       end as enum_values
  from pg_catalog.pg_attribute a
  join pg_catalog.pg_class c on c.oid = a.attrelid
  join pg_catalog.pg_namespace n on n.oid = c.relnamespace
  join pg_catalog.pg_type t on t.oid = a.atttypid
  left join pg_catalog.pg_type bt on t.typtype = 'd' and bt.oid = t.typbasetype
  left join pg_catalog.pg_type e on e.oid = coalesce(bt.typelem, t.typelem) and t.typcategory = 'A'
  left join pg_catalog.pg_collation co on co.oid = a.attcollation
 where n.nspname = $1 and c.relname = $2 and a.attnum > 0 and not a.attisdropped
   and c.relkind in ('r', 'p', 'v', 'm', 'f')
 order by a.attnum`;

/** Unique indexes over plain columns without a predicate, the primary key first. */
const KEYS = `
select array(select a.attname from unnest(i.indkey) with ordinality k(attnum, ord)
               join pg_catalog.pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum order by k.ord)::text[]
         as columns,
       i.indisprimary as primary
  from pg_catalog.pg_index i
  join pg_catalog.pg_class c on c.oid = i.indrelid
  join pg_catalog.pg_namespace n on n.oid = c.relnamespace
 where n.nspname = $1 and c.relname = $2 and i.indisunique and i.indpred is null and i.indexprs is null
 order by i.indisprimary desc, i.indexrelid`;

const ESTIMATE = `
select greatest(c.reltuples, 0)::bigint::text as n
  from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
 where n.nspname = $1 and c.relname = $2`;

function column(r: ColumnRow): LiveColumn {
  return {
    name: r.name,
    nativeType: r.native_type,
    baseType: r.base_type,
    typeName: r.type_name,
    bareType: r.bare_type,
    ...(r.domain === null ? {} : { domain: r.domain }),
    type: pgLogicalType(r.base_type, { enumName: r.enum_name, enumValues: r.enum_values }),
    nullable: !r.not_null,
    hasDefault: r.has_default,
    ...(r.collation === null ? {} : { collation: r.collation }),
  };
}

/** One PostgreSQL table's (or view's) columns, unique keys and row estimate; undefined when it does not exist. */
export async function describePgTable(
  db: CatalogDb,
  schema: string,
  name: string,
): Promise<LiveTable | undefined> {
  const rows = await db.query<ColumnRow>(COLUMNS, [schema, name]);
  if (rows.length === 0) return undefined;
  const keys = await db.query<{ columns: string[]; primary: boolean }>(KEYS, [schema, name]);
  const [estimate] = await db.query<{ n: string }>(ESTIMATE, [schema, name]);
  const relkind = rows[0]!.relkind;
  return {
    schema,
    name,
    kind: relkind === 'v' || relkind === 'm' ? 'view' : relkind === 'f' ? 'foreign' : 'table',
    columns: rows.map(column),
    uniqueKeys: keys.map((k) => ({ columns: k.columns, primary: k.primary })),
    estimatedRows: Number(estimate?.n ?? 0),
  };
}
