import type { DependentsReader } from '../apply/drop-dependents.js';

/** The views and materialized views that read the tables, from pg_depend. */
export const postgresDependentViews: DependentsReader = async (db, tables) => {
  const rows = await db.exec(
    `select distinct vn.nspname::text as schema, v.relname::text as name, tn.nspname::text as t_schema, t.relname::text as t_name
     from unnest($1::text[], $2::text[]) as w(schema, name)
     join pg_catalog.pg_namespace tn on tn.nspname = w.schema
     join pg_catalog.pg_class t on t.relnamespace = tn.oid and t.relname = w.name
     join pg_catalog.pg_depend d on d.refclassid = 'pg_catalog.pg_class'::regclass and d.refobjid = t.oid
       and d.classid = 'pg_catalog.pg_rewrite'::regclass
     join pg_catalog.pg_rewrite r on r.oid = d.objid
     join pg_catalog.pg_class v on v.oid = r.ev_class and v.oid <> t.oid and v.relkind in ('v', 'm')
     join pg_catalog.pg_namespace vn on vn.oid = v.relnamespace
     order by 1, 2, 3, 4`,
    [tables.map((t) => t.schema), tables.map((t) => t.name)],
  );
  return rows.map((r) => ({
    schema: String(r.schema),
    name: String(r.name),
    reads: { schema: String(r.t_schema), name: String(r.t_name) },
  }));
};
