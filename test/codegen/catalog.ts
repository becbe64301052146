import type { TestMysql, TestPg } from '../helpers/index.js';

/**
 * Every object a database holds outside the system schemas, one sorted line each: relations
 * (tables, indexes, sequences, views), constraints, triggers, functions, publications, types.
 * Two equal lists mean that nothing was left behind.
 */
export async function pgCatalog(db: TestPg, ignore: RegExp = /^$/): Promise<string[]> {
  const rows = await db.query<{ line: string }>(`
    select 'rel ' || n.nspname || '.' || c.relname || ' ' || c.relkind::text as line
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg_toast%'
    union all
    select 'con ' || n.nspname || '.' || c.conname || ' ' || c.contype::text || ' on ' || coalesce(c.conrelid::regclass::text, '-')
      from pg_constraint c join pg_namespace n on n.oid = c.connamespace
     where n.nspname not in ('pg_catalog', 'information_schema')
    union all
    select 'col ' || c.adrelid::regclass::text || ' default ' || pg_get_expr(c.adbin, c.adrelid)
      from pg_attrdef c
    union all
    select 'trg ' || t.tgname || ' on ' || t.tgrelid::regclass::text from pg_trigger t where not t.tgisinternal
    union all
    select 'fn ' || n.nspname || '.' || p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace
     where n.nspname not in ('pg_catalog', 'information_schema')
    union all
    select 'pub ' || pubname from pg_publication
    union all
    select 'type ' || n.nspname || '.' || t.typname from pg_type t join pg_namespace n on n.oid = t.typnamespace
     where n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg_toast%' and t.typtype in ('e', 'd')
  `);
  return rows
    .map((r) => r.line)
    .filter((l) => !ignore.test(l))
    .sort();
}

export async function mysqlCatalog(db: TestMysql, ignore: RegExp = /^$/): Promise<string[]> {
  const rows = await db.query<{ line: string }>(
    `select concat('tbl ', table_name, ' ', table_type) as line from information_schema.tables where table_schema = ?
     union all
     select concat('idx ', table_name, '.', index_name, ' ', seq_in_index, ' ', column_name) from information_schema.statistics where table_schema = ?
     union all
     select concat('con ', table_name, '.', constraint_name, ' ', constraint_type) from information_schema.table_constraints where table_schema = ?
     union all
     select concat('col ', table_name, '.', column_name, ' ', column_type, ' ', coalesce(column_default, '-')) from information_schema.columns where table_schema = ?
     union all
     select concat('trg ', trigger_name) from information_schema.triggers where trigger_schema = ?
     union all
     select concat('fn ', routine_name) from information_schema.routines where routine_schema = ?`,
    Array(6).fill(db.name),
  );
  return rows
    .map((r) => String(r.line))
    .filter((l) => !ignore.test(l))
    .sort();
}
