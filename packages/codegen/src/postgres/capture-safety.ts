import { quoteQualified } from '@seam/core/sql';
import { type CaptureRelation, type CaptureSafetyEngine, shown } from '../apply/capture-safety.js';

interface PgRow {
  of_schema: string;
  of_name: string;
  role: CaptureRelation['role'];
  schema: string | null;
  name: string | null;
  relkind: string | null;
  replident: string | null;
  has_pk: boolean;
  has_index: boolean;
}

// Each captured table, the leaf partitions PostgreSQL publishes with a partitioned table (ONLY does
// not leave them out), and each table's inheritance children (published when generate listed them).
const PG_RELATIONS = `
with wanted as (
  select w.schema, w.name, w.ord from unnest($1::text[], $2::text[]) with ordinality as w(schema, name, ord)
), roots as (
  select w.*, c.oid, c.relkind from wanted w
  left join pg_catalog.pg_namespace n on n.nspname = w.schema
  left join pg_catalog.pg_class c on c.relnamespace = n.oid and c.relname = w.name and c.relkind in ('r', 'p')
), rels as (
  select r.schema as of_schema, r.name as of_name, r.ord, r.oid,
         case when r.relkind = 'p' then 'partitioned-table' else 'table' end as role
  from roots r
  union all
  select r.schema, r.name, r.ord, t.relid, 'partition' from roots r
  cross join lateral pg_catalog.pg_partition_tree(r.oid) t
  where r.relkind = 'p' and t.relid <> r.oid
  union all
  select r.schema, r.name, r.ord, i.inhrelid, 'inheritance-child' from roots r
  join pg_catalog.pg_inherits i on i.inhparent = r.oid
  where r.relkind = 'r'
)
select rels.of_schema, rels.of_name, rels.role, n.nspname::text as schema, c.relname::text as name,
       c.relkind::text as relkind, c.relreplident::text as replident,
       exists (select 1 from pg_catalog.pg_index i where i.indrelid = c.oid and i.indisprimary) as has_pk,
       exists (select 1 from pg_catalog.pg_index i where i.indrelid = c.oid and i.indisreplident) as has_index
from rels
left join pg_catalog.pg_class c on c.oid = rels.oid
left join pg_catalog.pg_namespace n on n.oid = c.relnamespace
order by rels.ord, rels.role <> 'table' and rels.role <> 'partitioned-table', n.nspname, c.relname`;

function pgIdentity(r: PgRow): CaptureRelation['identity'] {
  if (r.name === null) return 'missing';
  if (r.replident === 'f') return 'full';
  if (r.replident === 'i') return r.has_index ? 'index' : 'nothing';
  if (r.replident === 'n') return 'nothing';
  return r.has_pk ? 'primary-key' : 'none';
}

/** What a PostgreSQL publication of the tables would publish, and whether each relation's writes keep working. */
export const postgresCaptureSafety: CaptureSafetyEngine = {
  async inspect(db, tables) {
    const rows = (await db.exec(PG_RELATIONS, [
      tables.map((t) => t.schema),
      tables.map((t) => t.name),
    ])) as unknown as PgRow[];
    // `seam generate` lists an inheritance parent's children with it (their rows are the parent's):
    // each is shown once, as its parent's child. A child it did not list (added since) is not published.
    const key = (schema: string | null, name: string | null) => `${schema}\u0000${name}`;
    const wanted = new Set(tables.map((t) => key(t.schema, t.name)));
    const children = new Set(
      rows.filter((r) => r.role === 'inheritance-child').map((r) => key(r.schema, r.name)),
    );
    const shownRows = rows.filter((r) => r.role !== 'table' || !children.has(key(r.schema, r.name)));
    return shownRows.map((r) => {
      const of = { schema: r.of_schema, name: r.of_name };
      const identity = pgIdentity(r);
      const published = r.role !== 'inheritance-child' || wanted.has(key(r.schema, r.name));
      // A partitioned table (root or intermediate) holds no rows: its leaf partitions take the writes.
      const holdsRows = r.relkind !== 'p';
      const ok =
        identity !== 'missing' &&
        published &&
        (!holdsRows || identity === 'primary-key' || identity === 'full' || identity === 'index');
      const name = r.name ?? of.name;
      const schema = r.schema ?? of.schema;
      const qualified = quoteQualified('postgres', schema, name);
      const ofText = shown(of);
      const note =
        identity === 'missing'
          ? `${ofText} does not exist on the monolith`
          : r.role === 'inheritance-child'
            ? published
              ? `inheritance child of ${ofText}: published with it (its rows go to ${ofText}'s target table), replica identity ${identity}`
              : `inheritance child of ${ofText} added since seam generate: not published, its rows would not be captured`
            : r.role === 'partition'
              ? `partition of ${ofText}: published through it (publish_via_partition_root), replica identity ${identity}`
              : `published, replica identity ${identity}`;
      return {
        schema,
        name,
        of,
        role: r.role,
        published,
        identity,
        ok,
        ...(ok
          ? {}
          : {
              fix:
                identity === 'missing'
                  ? `the table was renamed or dropped since seam generate: generate again`
                  : !published
                    ? `seam generate again (it publishes the inheritance children the monolith has now)`
                    : `ALTER TABLE ${qualified} REPLICA IDENTITY FULL`,
            }),
        note,
      };
    });
  },
};
