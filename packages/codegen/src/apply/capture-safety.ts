import { type ConnectionSpec, type Dialect, SeamError, type TableName } from '@seam/core';
import { quoteQualified } from '@seam/core/sql';
import { connect, type MigrationDb } from './database.js';

/**
 * What change capture would publish on the monolith, relation by relation, and whether the
 * application's UPDATE and DELETE keep working once it does. PostgreSQL refuses UPDATE/DELETE on a
 * published relation without a replica identity — a partition of a published partitioned table, or
 * an inheritance child (published with its parent so the rows routed to it are captured) — so every
 * such relation is checked before the publication is created. The binlog (MySQL/MariaDB) never
 * refuses a write.
 */
export interface CaptureRelation {
  schema: string;
  name: string;
  /** The captured table this relation belongs to: itself, its partitioned table, or its inheritance parent. */
  of: TableName;
  role: 'table' | 'partitioned-table' | 'partition' | 'inheritance-child';
  /** Whether capture publishes its changes (an inheritance child only when seam generate listed it). */
  published: boolean;
  identity: 'primary-key' | 'full' | 'index' | 'nothing' | 'none' | 'missing';
  /** Whether the application's UPDATE/DELETE keep working (and the table is there, and its rows are captured). */
  ok: boolean;
  /** What to run before capture when not ok. */
  fix?: string;
  /** In words, for reports. */
  note: string;
}

/** A name read from the catalog, quoted and with control characters escaped, for terminals and messages. */
const shown = (t: TableName) => JSON.stringify(`${t.schema}.${t.name}`);

interface CaptureSafetyEngine {
  inspect(db: MigrationDb, tables: TableName[]): Promise<CaptureRelation[]>;
}

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

const postgres: CaptureSafetyEngine = {
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

const mysql: CaptureSafetyEngine = {
  async inspect(db, tables) {
    const out: CaptureRelation[] = [];
    for (const t of tables) {
      const rows = await db.exec(
        `select t.table_name as name,
                exists (select 1 from information_schema.table_constraints k
                        where k.table_schema = t.table_schema and k.table_name = t.table_name
                          and k.constraint_type = 'PRIMARY KEY') as has_pk
         from information_schema.tables t
         where t.table_schema = ? and t.table_name = ? and t.table_type = 'BASE TABLE'`,
        [t.schema, t.name],
      );
      const found = rows[0];
      const identity: CaptureRelation['identity'] = !found
        ? 'missing'
        : Number(found.has_pk)
          ? 'primary-key'
          : 'none';
      out.push({
        schema: t.schema,
        name: t.name,
        of: t,
        role: 'table',
        published: true,
        identity,
        ok: identity !== 'missing',
        ...(identity === 'missing'
          ? { fix: 'the table was renamed or dropped since seam generate: generate again' }
          : {}),
        note:
          identity === 'missing'
            ? `${shown(t)} does not exist on the monolith`
            : `read from the binlog, key ${identity} (the binlog never refuses a write)`,
      });
    }
    return out;
  },
};

const ENGINES: Record<Dialect, CaptureSafetyEngine> = { postgres, mysql };

/** Every relation capture of `tables` would publish (or leave out), as the monolith has them now. */
export function inspectCapture(db: MigrationDb, tables: TableName[]): Promise<CaptureRelation[]> {
  return ENGINES[db.dialect].inspect(db, tables);
}

/** inspectCapture on its own connection (`seam doctor`). */
export async function inspectCaptureAt(
  spec: ConnectionSpec,
  tables: TableName[],
): Promise<CaptureRelation[]> {
  const db = await connect(spec);
  try {
    return await inspectCapture(db, tables);
  } finally {
    await db.close();
  }
}

/** The refusal when capture would break the application's writes (or a table is gone), else undefined. */
export function captureRefusal(relations: CaptureRelation[], target: string): SeamError | undefined {
  const bad = relations.filter((r) => !r.ok);
  if (!bad.length) return undefined;
  const fixes = bad.map((r) => r.fix!).filter((f, i, all) => all.indexOf(f) === i);
  return new SeamError(
    'SEAM_CAPTURE_UNSAFE',
    `Capture on ${target} would break the application's writes, miss rows, or cannot start: ${bad
      .map((r) => `${shown(r)} (${r.note})`)
      .join('; ')}. Nothing was changed.`,
    {
      hint: `Run first: ${fixes.join('; ')}; then run the same command again.`,
      details: { relations: bad },
    },
  );
}

/** One line per relation, for terminal reports. */
export function describeCaptureRelations(relations: CaptureRelation[]): string[] {
  return relations.map((r) => `${r.ok ? '✓' : '✗'} ${shown(r)}: ${r.note}${r.fix ? ` — fix: ${r.fix}` : ''}`);
}
