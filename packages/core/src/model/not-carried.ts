import { keyOfTable, type SchemaObject, type SchemaSnapshot } from './snapshot.js';
import type { TableKey } from './table-key.js';

/**
 * Behaviour the monolith's database holds for a set of tables (a service's) that `seam generate`
 * does not carry to the service — triggers, views, functions, rules, exclusion constraints, indexes
 * other than B-tree, generated columns, expression defaults, columns set on update (`ON UPDATE
 * CURRENT_TIMESTAMP`), CHECK constraints and domains — each
 * with what the service team must do. Listed by `seam analyze`, `seam generate` and the runbook.
 */
export interface NotCarried {
  kind:
    | SchemaObject['kind']
    | 'index'
    | 'generated-column'
    | 'expression-default'
    | 'on-update'
    | 'check'
    | 'domain-check';
  /** schema.name of the object, or table.column / table.constraint. */
  name: string;
  /** The set's tables it is defined on or reads. */
  tables: TableKey[];
  /** What the database does, as it says it (a trigger's or rule's definition, an expression). */
  definition?: string;
  /** What the service team must do. */
  action: string;
}

const ACTIONS: Record<NotCarried['kind'], string> = {
  trigger:
    "re-create what it does in the service (its code or a trigger on the service's database); on the monolith it keeps firing until the table is dropped",
  rule: 'rules rewrite writes (e.g. route inserts into inheritance children): move that routing into the service or re-create it there',
  view: "reads moved tables: rewrite its readers against the service (its API or a view on the service's database) before the tables are dropped — seam migrate --monolith drop-tables refuses while it exists",
  'materialized-view':
    "reads moved tables: rebuild it from the service's data before the tables are dropped — seam migrate --monolith drop-tables refuses while it exists",
  function:
    'called by a trigger or rule of these tables: port it to the service with the trigger or rule that calls it',
  procedure: 'called by a trigger or rule of these tables: port it to the service',
  'exclusion-constraint':
    "the service must enforce it (on PostgreSQL: add it to the service's schema by hand)",
  index:
    "create an equivalent index on the service's database by hand (its method has no counterpart generated)",
  'generated-column':
    'computed by the database on the monolith: the service computes it (a generated column or its code); replication copies the values',
  'expression-default': "the service's inserts must supply the value (or add the default by hand)",
  'on-update':
    "the monolith's database sets it on every update of the row: the service's updates must set it (its code, or a trigger on the service's database)",
  check: "enforce it in the service (its database's CHECK where the engine has one, or its code)",
  'domain-check': "enforce it in the service (its database's CHECK where the engine has one, or its code)",
};

/** A function or procedure that names the set's tables itself (no trigger or rule of theirs calls it). */
const ROUTINE_READS =
  'reads or writes these tables: whatever calls it (the application, a view, a job) must reach the service instead — port it to the service or its API — before the tables are dropped';

/** Defaults generate carries as they are: literals, casts of literals, the current time, sequences. */
const PLAIN_DEFAULT =
  /^(?:'(?:[^']|'')*'(?:::[\w\s."[\]()]+)?|-?\d+(?:\.\d+)?(?:::[\w\s."[\]()]+)?|true|false|null|now\(\)|current_timestamp(?:\(\d*\))?|current_date|localtimestamp|nextval\(.*\))$/i;

/**
 * What is not carried for `tables`; `checksCarried`: CHECK constraints (and domain checks) become
 * CHECKs in the service's migrations (a target of the source's engine), so they are left out here;
 * `onUpdateCarried`: so do columns set on update (`ON UPDATE CURRENT_TIMESTAMP`, MySQL to MySQL).
 */
export function notCarried(
  snapshot: SchemaSnapshot,
  tables: Iterable<TableKey>,
  options: { checksCarried?: boolean; onUpdateCarried?: boolean } = {},
): NotCarried[] {
  const set = new Set(tables);
  const out: NotCarried[] = [];
  // An exclusion constraint's own index is listed as the constraint.
  const exclusions = new Set(
    (snapshot.objects ?? [])
      .filter((o) => o.kind === 'exclusion-constraint')
      .map((o) => `${o.tables[0]}\u0000${o.name}`),
  );
  const add = (item: Omit<NotCarried, 'action'>) => out.push({ ...item, action: ACTIONS[item.kind] });
  // Columns set on update come last: one per table on many schemas, they would hide the rest.
  const onUpdate: NotCarried[] = [];
  for (const t of snapshot.tables) {
    const key = keyOfTable(t);
    if (!set.has(key)) continue;
    for (const c of t.columns) {
      if (c.generated)
        add({
          kind: 'generated-column',
          name: `${t.name}.${c.name}`,
          tables: [key],
          ...(c.default ? { definition: c.default } : {}),
        });
      else if (c.default && !PLAIN_DEFAULT.test(c.default.trim()))
        add({
          kind: 'expression-default',
          name: `${t.name}.${c.name}`,
          tables: [key],
          definition: c.default,
        });
      if (c.onUpdate && !options.onUpdateCarried)
        onUpdate.push({
          kind: 'on-update',
          name: `${t.name}.${c.name}`,
          tables: [key],
          definition: `ON UPDATE ${c.onUpdate}`,
          action: ACTIONS['on-update'],
        });
    }
    for (const i of t.indexes) {
      const method = i.method?.toLowerCase();
      if (method && method !== 'btree' && method !== 'hash' && !exclusions.has(`${key}\u0000${i.name}`))
        add({
          kind: 'index',
          name: `${t.name}.${i.name}`,
          tables: [key],
          definition: `${i.method} (${i.columns.join(', ')})`,
        });
    }
    if (!options.checksCarried) {
      for (const k of t.checks ?? [])
        add({
          kind: k.domain ? 'domain-check' : 'check',
          name: `${t.name}.${k.name}`,
          tables: [key],
          definition: k.domain ? `${k.column} (domain ${k.domain}): ${k.expression}` : k.expression,
        });
    }
  }
  const objects = snapshot.objects ?? [];
  const mine = objects.filter((o) => o.tables.some((k) => set.has(k as TableKey)));
  // Functions count when a trigger or rule of these tables calls them, or when they name these
  // tables themselves (their callers then reach tables the service owns).
  const callers = mine.filter((o) => o.kind !== 'function' && o.kind !== 'procedure');
  const calling = callers.map((o) => o.definition ?? '').join('\n');
  for (const o of objects) {
    const callable = o.kind === 'function' || o.kind === 'procedure';
    const name = callable ? o.name.replace(/\(.*$/s, '') : '';
    const called =
      callable && new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\(`).test(calling);
    if (callable ? !called && !mine.includes(o) : !mine.includes(o)) continue;
    add({
      kind: o.kind,
      name: `${o.schema}.${o.name}`,
      tables: o.tables.filter((k) => set.has(k as TableKey)) as TableKey[],
      ...(o.definition ? { definition: o.definition } : {}),
    });
    if (callable && !called) out[out.length - 1]!.action = ROUTINE_READS;
  }
  return [...out, ...onUpdate];
}

/** "3 trigger(s), 1 view(s)": a one-line count by kind. */
export function countNotCarried(items: NotCarried[]): string {
  const count = new Map<string, number>();
  for (const i of items) count.set(i.kind, (count.get(i.kind) ?? 0) + 1);
  return [...count].map(([k, n]) => `${n} ${k}${n === 1 ? '' : k.endsWith('x') ? 'es' : 's'}`).join(', ');
}
