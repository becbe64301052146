/**
 * The catalog queries of PostgreSQL introspection: one per kind of object, each returning the
 * rows of every table in the chosen schemas at once (never one query per table). They run on
 * PostgreSQL 12+ and on PGlite. Names come back as data, never spliced into SQL.
 */

/** Schemas a user made: everything but the system ones. */
export const SCHEMAS = `
select n.nspname::text as name
from pg_catalog.pg_namespace n
where n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast')
  and n.nspname not like 'pg\\_temp\\_%' and n.nspname not like 'pg\\_toast\\_temp\\_%'
order by 1`;

export const SERVER = `
select current_setting('server_version') as version, current_database()::text as database`;

/**
 * Tables, partitioned tables, views and materialized views, with row estimates and sizes. A table's
 * descendants — declarative partitions and inheritance children, at any depth — are folded into it:
 * they are not rows of their own, their rows and bytes add to it, and `children` lists them
 * (`partition` true for a declarative partition). Read/write counters are the introspector's.
 */
export const RELATIONS = `
select c.oid::int8::text as oid, n.nspname::text as schema, c.relname::text as name, c.relkind::text as kind,
       greatest(coalesce(s.n_live_tup, 0), c.reltuples, 0)::float8 + coalesce(d.row_estimate, 0) as row_estimate,
       case when c.relkind in ('r', 'm', 'p') then pg_catalog.pg_total_relation_size(c.oid) + coalesce(d.bytes, 0)
            else 0 end::float8 as bytes,
       c.relreplident::text as replica_identity,
       pg_catalog.obj_description(c.oid, 'pg_class') as comment,
       case when c.relkind in ('v', 'm') then pg_catalog.pg_get_viewdef(c.oid, true) end as definition,
       d.children
from pg_catalog.pg_class c
join pg_catalog.pg_namespace n on n.oid = c.relnamespace
left join pg_catalog.pg_stat_user_tables s on s.relid = c.oid
left join lateral (
  with recursive tree(relid) as (
    select i.inhrelid from pg_catalog.pg_inherits i where i.inhparent = c.oid
    union
    select i.inhrelid from pg_catalog.pg_inherits i join tree on i.inhparent = tree.relid
  )
  select sum(greatest(coalesce(ds.n_live_tup, 0), dc.reltuples, 0))::float8 as row_estimate,
         sum(case when dc.relkind = 'p' then 0 else pg_catalog.pg_total_relation_size(dc.oid) end)::float8 as bytes,
         json_agg(json_build_object('schema', dn.nspname::text, 'name', dc.relname::text, 'partition', dc.relispartition)
                  order by dn.nspname, dc.relname) as children
  from tree
  join pg_catalog.pg_class dc on dc.oid = tree.relid
  join pg_catalog.pg_namespace dn on dn.oid = dc.relnamespace
  left join pg_catalog.pg_stat_user_tables ds on ds.relid = dc.oid
) d on c.relkind in ('r', 'p')
where c.relkind in ('r', 'p', 'v', 'm', 'f') and n.nspname = any($1::text[])
  and not exists (select 1 from pg_catalog.pg_inherits i where i.inhrelid = c.oid)
order by n.nspname, c.relname`;

/** Columns of every table in the schemas; enum labels and array element types come along. */
export const COLUMNS = `
select a.attrelid::int8::text as table_oid, a.attname::text as name,
       pg_catalog.format_type(a.atttypid, a.atttypmod) as native_type,
       case when t.typtype = 'd' then pg_catalog.format_type(t.typbasetype, t.typtypmod)
            else pg_catalog.format_type(a.atttypid, a.atttypmod) end as base_type,
       a.attnotnull as not_null,
       pg_catalog.pg_get_expr(d.adbin, d.adrelid) as default_expr,
       a.attidentity::text as identity, a.attgenerated::text as generated,
       pg_catalog.col_description(a.attrelid, a.attnum) as comment,
       case when t.typtype = 'e' then t.typname::text
            when e.typtype = 'e' then e.typname::text end as enum_name,
       case when t.typtype = 'e' then
              array(select l.enumlabel::text from pg_catalog.pg_enum l where l.enumtypid = t.oid order by l.enumsortorder)
            when e.typtype = 'e' then
              array(select l.enumlabel::text from pg_catalog.pg_enum l where l.enumtypid = e.oid order by l.enumsortorder)
       end as enum_values
from pg_catalog.pg_attribute a
join pg_catalog.pg_class c on c.oid = a.attrelid
join pg_catalog.pg_namespace n on n.oid = c.relnamespace
join pg_catalog.pg_type t on t.oid = a.atttypid
left join pg_catalog.pg_type e on e.oid = t.typelem and t.typcategory = 'A'
left join pg_catalog.pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
where a.attnum > 0 and not a.attisdropped
  and c.relkind in ('r', 'p', 'v', 'm', 'f') and not c.relispartition and n.nspname = any($1::text[])
order by a.attrelid, a.attnum`;

/** Primary keys, unique constraints and foreign keys, with their column names in key order. */
export const CONSTRAINTS = `
select k.conrelid::int8::text as table_oid, k.conname::text as name, k.contype::text as type,
       array(select a.attname::text from unnest(k.conkey) with ordinality u(attnum, ord)
             join pg_catalog.pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.attnum
             order by u.ord) as columns,
       rn.nspname::text as referenced_schema, rc.relname::text as referenced_table,
       array(select a.attname::text from unnest(k.confkey) with ordinality u(attnum, ord)
             join pg_catalog.pg_attribute a on a.attrelid = k.confrelid and a.attnum = u.attnum
             order by u.ord) as referenced_columns,
       k.confdeltype::text as on_delete, k.confupdtype::text as on_update
from pg_catalog.pg_constraint k
join pg_catalog.pg_class c on c.oid = k.conrelid
join pg_catalog.pg_namespace n on n.oid = c.relnamespace
left join pg_catalog.pg_class rc on rc.oid = k.confrelid
left join pg_catalog.pg_namespace rn on rn.oid = rc.relnamespace
where k.contype in ('p', 'u', 'f') and not c.relispartition and n.nspname = any($1::text[])
order by k.conrelid, k.contype, k.conname`;

/** Indexes with their key columns (an expression part as "(expr)"), method and predicate. */
export const INDEXES = `
select i.indrelid::int8::text as table_oid, ic.relname::text as name,
       i.indisunique as is_unique, i.indisprimary as is_primary, am.amname::text as method,
       array(select case when u.attnum = 0
                         then '(' || pg_catalog.pg_get_indexdef(i.indexrelid, u.ord::int, true) || ')'
                         else a.attname::text end
             from unnest(i.indkey::int2[]) with ordinality u(attnum, ord)
             left join pg_catalog.pg_attribute a on a.attrelid = i.indrelid and a.attnum = u.attnum
             where u.ord <= i.indnkeyatts
             order by u.ord) as columns,
       pg_catalog.pg_get_expr(i.indpred, i.indrelid) as predicate
from pg_catalog.pg_index i
join pg_catalog.pg_class ic on ic.oid = i.indexrelid
join pg_catalog.pg_class c on c.oid = i.indrelid
join pg_catalog.pg_namespace n on n.oid = c.relnamespace
join pg_catalog.pg_am am on am.oid = ic.relam
where not c.relispartition and n.nspname = any($1::text[])
order by i.indrelid, ic.relname`;

/**
 * CHECK constraints of tables, and those of the domains their columns use (with the column), as
 * pg_get_constraintdef spells them (`CHECK ((amount >= 0))`).
 */
export const CHECKS = `
select k.conrelid::int8::text as table_oid, k.conname::text as name,
       pg_catalog.pg_get_constraintdef(k.oid, true) as definition, null::text as column_name, null::text as domain
from pg_catalog.pg_constraint k
join pg_catalog.pg_class c on c.oid = k.conrelid
join pg_catalog.pg_namespace n on n.oid = c.relnamespace
where k.contype = 'c' and not c.relispartition and n.nspname = any($1::text[])
union all
select a.attrelid::int8::text, k.conname::text, pg_catalog.pg_get_constraintdef(k.oid, true), a.attname::text,
       t.typname::text
from pg_catalog.pg_attribute a
join pg_catalog.pg_class c on c.oid = a.attrelid
join pg_catalog.pg_namespace n on n.oid = c.relnamespace
join pg_catalog.pg_type t on t.oid = a.atttypid and t.typtype = 'd'
join pg_catalog.pg_constraint k on k.contypid = t.oid and k.contype = 'c'
where a.attnum > 0 and not a.attisdropped and c.relkind in ('r', 'p') and not c.relispartition
  and n.nspname = any($1::text[])
order by 1, 2`;

/**
 * What generate does not carry: triggers, rules, views with the tables they read, functions and
 * procedures (not those of extensions; the body of those in SQL or PL/pgSQL, whose tables the reader
 * finds in it), exclusion constraints. Tables as parallel name arrays.
 */
export const OBJECTS = `
select 'trigger' as kind, n.nspname::text as schema, t.tgname::text as name,
       array[n.nspname::text] as table_schemas, array[c.relname::text] as table_names,
       pg_catalog.pg_get_triggerdef(t.oid, true) as definition
from pg_catalog.pg_trigger t
join pg_catalog.pg_class c on c.oid = t.tgrelid
join pg_catalog.pg_namespace n on n.oid = c.relnamespace
where not t.tgisinternal and not c.relispartition and n.nspname = any($1::text[])
union all
select 'rule', n.nspname::text, r.rulename::text, array[n.nspname::text], array[c.relname::text],
       pg_catalog.pg_get_ruledef(r.oid, true)
from pg_catalog.pg_rewrite r
join pg_catalog.pg_class c on c.oid = r.ev_class
join pg_catalog.pg_namespace n on n.oid = c.relnamespace
where r.rulename <> '_RETURN' and n.nspname = any($1::text[])
union all
select case when v.relkind = 'm' then 'materialized-view' else 'view' end, vn.nspname::text, v.relname::text,
       coalesce(d.schemas, '{}'), coalesce(d.names, '{}'), null
from pg_catalog.pg_class v
join pg_catalog.pg_namespace vn on vn.oid = v.relnamespace
left join lateral (
  select array_agg(r.schema order by r.schema, r.name) as schemas, array_agg(r.name order by r.schema, r.name) as names
  from (select distinct tn.nspname::text as schema, tc.relname::text as name
        from pg_catalog.pg_rewrite rw
        join pg_catalog.pg_depend dep on dep.classid = 'pg_catalog.pg_rewrite'::regclass and dep.objid = rw.oid
          and dep.refclassid = 'pg_catalog.pg_class'::regclass
        join pg_catalog.pg_class tc on tc.oid = dep.refobjid and tc.oid <> v.oid
        join pg_catalog.pg_namespace tn on tn.oid = tc.relnamespace
        where rw.ev_class = v.oid) r
) d on true
where v.relkind in ('v', 'm') and vn.nspname = any($1::text[])
union all
select case when p.prokind = 'p' then 'procedure' else 'function' end, n.nspname::text,
       p.proname::text || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')', '{}', '{}',
       case when l.lanname in ('sql', 'plpgsql') then p.prosrc end
from pg_catalog.pg_proc p
join pg_catalog.pg_namespace n on n.oid = p.pronamespace
join pg_catalog.pg_language l on l.oid = p.prolang
where p.prokind in ('f', 'p') and n.nspname = any($1::text[])
  and not exists (select 1 from pg_catalog.pg_depend d
                  where d.classid = 'pg_catalog.pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')
union all
select 'exclusion-constraint', n.nspname::text, k.conname::text, array[n.nspname::text], array[c.relname::text],
       pg_catalog.pg_get_constraintdef(k.oid, true)
from pg_catalog.pg_constraint k
join pg_catalog.pg_class c on c.oid = k.conrelid
join pg_catalog.pg_namespace n on n.oid = c.relnamespace
where k.contype = 'x' and not c.relispartition and n.nspname = any($1::text[])
order by 1, 2, 3`;
