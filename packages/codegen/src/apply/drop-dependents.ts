import { type Dialect, SeamError, type TableName } from '@seam/core';
import type { MigrationDb } from './database.js';

/** A view (or materialized view) on the monolith that reads a table about to be dropped. */
export interface DependentView {
  schema: string;
  name: string;
  /** The dropped table it reads. */
  reads: TableName;
}

type DependentsReader = (db: MigrationDb, tables: TableName[]) => Promise<DependentView[]>;

const postgres: DependentsReader = async (db, tables) => {
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

// MySQL/MariaDB keep no dependency for views: their stored definition names every table fully
// qualified (`db`.`table`), which is what is looked for.
const mysql: DependentsReader = async (db, tables) => {
  const out: DependentView[] = [];
  for (const t of tables) {
    const needle = `\`${t.schema.replaceAll('`', '``')}\`.\`${t.name.replaceAll('`', '``')}\``;
    const rows = await db.exec(
      `select table_schema as \`schema\`, table_name as name from information_schema.views
       where instr(view_definition, ?) > 0 order by 1, 2`,
      [needle],
    );
    for (const r of rows) out.push({ schema: String(r.schema), name: String(r.name), reads: t });
  }
  return out;
};

const READERS: Record<Dialect, DependentsReader> = { postgres, mysql };

/**
 * Refuses to drop tables that views still read, before anything is dropped, naming each view (the
 * database's own error would stop half-way, or on MySQL leave the views broken silently).
 */
export async function refuseDroppingRead(db: MigrationDb, tables: TableName[]): Promise<void> {
  const views = await READERS[db.dialect](db, tables);
  if (!views.length) return;
  const list = views.map(
    (v) =>
      `${JSON.stringify(`${v.schema}.${v.name}`)} reads ${JSON.stringify(`${v.reads.schema}.${v.reads.name}`)}`,
  );
  throw new SeamError(
    'SEAM_DROP_DEPENDENTS',
    `${views.length} view(s) on ${db.target} read tables this would drop: ${list.join('; ')}. Nothing was dropped.`,
    { details: { views } },
  );
}
