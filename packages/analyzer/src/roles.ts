import type { TableRole } from '@seam/core';
import { singular, words } from './names.js';
import type { Relation } from './relations.js';
import type { TableIndex } from './tables.js';

export interface RoleDecision {
  role: TableRole;
  reason: string;
  /** extension: the parent it is kept with. */
  parent?: number;
  /** junction: the tables it links. */
  links?: number[];
}

export interface RoleOptions {
  /** A reference table holds at most this many rows, when rows are known. */
  referenceMaxRows: number;
  /** Referenced by at least this many other tables (declared or inferred, audit columns excluded). */
  referenceMinReferrers: number;
  /** A hub is referenced by at least max(this, mean + 3 sd) tables, or by 3 audit columns. */
  hubMinReferrers: number;
}

export const defaultRoleOptions: RoleOptions = {
  referenceMaxRows: 10_000,
  referenceMinReferrers: 2,
  hubMinReferrers: 8,
};

/** Last words of lookup tables' names (`order_statuses`, `PaymentMethods`, `countries`). */
const LOOKUP_WORDS = new Set([
  'type',
  'status',
  'kind',
  'category',
  'method',
  'country',
  'currency',
  'language',
  'locale',
  'region',
  'province',
  'city',
  'unit',
  'color',
  'colour',
  'reason',
  'priority',
  'level',
  'tier',
  'gender',
  'zone',
  'timezone',
  'lookup',
]);

/** Bookkeeping tables of frameworks and infrastructure. */
const TECHNICAL_NAMES = new Set([
  'ar_internal_metadata',
  'schema_migrations',
  'flyway_schema_history',
  'databasechangelog',
  'databasechangeloglock',
  'knex_migrations',
  'knex_migrations_lock',
  'django_migrations',
  'django_session',
  'migrations',
  'failed_jobs',
  'jobs',
  'job_batches',
  'delayed_jobs',
  'sessions',
  'session',
  'cache',
  'cache_locks',
  'outbox',
  'patch_list',
  'setup_module',
  'cron_schedule',
  'flag',
  'logs',
  'log',
  'event_log',
  'audit_log',
  'queue',
  'queue_message',
  'queue_message_status',
  'oban_jobs',
  'que_jobs',
  'good_jobs',
  'shedlock',
  'qrtz_locks',
  'spring_session',
]);
const TECHNICAL_LAST_WORDS = new Set([
  'migration',
  'log',
  'logging',
  'outbox',
  'queue',
  'changelog',
  'cache',
  'lock',
  'jobs',
  'job',
]);

/** Whether a table's name starts with another table's entity name (`user_profiles` for `users`). */
function namedFor(child: string, parent: string): boolean {
  const c = words(child).map(singular);
  const p = words(parent).map(singular);
  return p.length > 0 && p.length < c.length && p.every((w, i) => c[i] === w);
}

function lookupName(name: string): boolean {
  const w = words(name);
  return w.length > 0 && LOOKUP_WORDS.has(singular(w[w.length - 1]!));
}

function technicalName(name: string): string | null {
  const lower = name.toLowerCase();
  if (TECHNICAL_NAMES.has(lower)) return `named like framework bookkeeping (${name})`;
  const w = words(name);
  const last = w[w.length - 1];
  if (last && TECHNICAL_LAST_WORDS.has(singular(last)))
    return `named like a ${singular(last)} table (${name})`;
  return null;
}

const TIME_KINDS = new Set(['timestamp', 'date', 'time', 'interval', 'year']);

/** Decides every table's role before clustering; each decision carries its reason. */
export function assignRoles(
  index: TableIndex,
  relations: Relation[],
  writeCalls: Float64Array,
  options: RoleOptions = defaultRoleOptions,
): RoleDecision[] {
  const n = index.tables.length;
  const strong = relations.filter((r) => r.confidence >= 0.5 && r.child !== r.parent);
  const referrers = Array.from({ length: n }, () => new Set<number>());
  const auditReferrers = Array.from({ length: n }, () => new Set<number>());
  const parents = Array.from({ length: n }, () => new Set<number>());
  const keyColumns = Array.from({ length: n }, () => new Set<string>());
  const outgoing: Relation[][] = Array.from({ length: n }, () => []);
  for (const r of strong) {
    if (!r.audit) outgoing[r.child]!.push(r);
    (r.audit ? auditReferrers : referrers)[r.parent]!.add(r.child);
    if (!r.audit) parents[r.child]!.add(r.parent);
    for (const c of r.columns) keyColumns[r.child]!.add(c);
  }
  const allIn = referrers.map((s, i) => new Set([...s, ...auditReferrers[i]!]).size);
  const mean = allIn.reduce((a, b) => a + b, 0) / Math.max(1, n);
  const sd = Math.sqrt(allIn.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, n));
  const hubMin = Math.max(options.hubMinReferrers, Math.ceil(mean + 3 * sd));
  const totalWriteCalls = writeCalls.reduce((a, b) => a + b, 0);

  const descriptive = index.tables.map((t) => {
    const pk = new Set(t.table.primaryKey);
    return t.table.columns.filter(
      (c) => !pk.has(c.name) && !keyColumns[t.index]!.has(c.name) && !TIME_KINDS.has(c.type.kind),
    ).length;
  });

  // A lookup has a label: a text column besides its key (code, name, title).
  const labelled = index.tables.map((t) => {
    const pk = new Set(t.table.primaryKey);
    return t.table.columns.some(
      (c) =>
        !pk.has(c.name) &&
        !keyColumns[t.index]!.has(c.name) &&
        (c.type.kind === 'text' || c.type.kind === 'enum'),
    );
  });
  const roles: (RoleDecision | null)[] = new Array(n).fill(null);
  const isHub = (t: number) => allIn[t]! >= hubMin || auditReferrers[t]!.size >= 3;

  // A table's dependants: weak entities and extensions whose key starts with its key, and children
  // named for it (order_lines, order_history for orders). Junctions (keys made of references to two
  // or more tables) are links, not dependants. A table with dependants of its own is an entity.
  const keyParents = (c: number) =>
    new Set(
      outgoing[c]!.filter((r) => r.columns.every((x) => index.tables[c]!.table.primaryKey.includes(x))).map(
        (r) => r.parent,
      ),
    );
  const dependants = Array.from({ length: n }, () => [] as number[]);
  for (const r of strong) {
    if (r.audit) continue;
    const kp = keyParents(r.child);
    const identifying = kp.has(r.parent) && kp.size === 1;
    // Named for it and tied to nothing else (order_history → orders; not order_status_history, which
    // references orders as well as order_statuses).
    const named =
      parents[r.child]!.size === 1 &&
      namedFor(index.tables[r.child]!.table.name, index.tables[r.parent]!.table.name);
    if (identifying || named) dependants[r.parent]!.push(r.child);
  }

  // 1. Reference data: shaped like a lookup (few descriptive columns, one a label, or named like one;
  //    no dependants of its own), and when figures exist also small and rarely written; pointing only
  //    at other reference data, and referenced from several tables, or only from other reference data
  //    (countries ← provinces ← cities). A fixpoint drops candidates that break either rule.
  const smallReason: (string | null)[] = index.tables.map((t) => {
    const k = referrers[t.index]!.size;
    if (k < 1 || auditReferrers[t.index]!.size >= 3) return null;
    if (dependants[t.index]!.length > 0) return null;
    const d = descriptive[t.index]!;
    const shape =
      lookupName(t.table.name) && d <= 5
        ? 'named like a lookup'
        : d <= 2 && labelled[t.index]
          ? `lookup-shaped (${d} descriptive column(s), one a label)`
          : null;
    if (!shape) return null;
    if (t.measured) {
      if (t.rows > options.referenceMaxRows) return null;
      const writes = t.writesKnown ? t.writes : totalWriteCalls > 0 ? writeCalls[t.index]! : null;
      if (writes !== null) {
        const rarely =
          writes === 0 ||
          (t.writesKnown && t.writesPerSecond !== null && t.writesPerSecond < 0.01) ||
          (t.writesKnown ? writes / (writes + t.reads) < 0.02 : writes / totalWriteCalls < 0.001);
        if (!rarely) return null;
        return `${shape}, ${t.rows} rows, rarely written, referenced by ${k} table(s)`;
      }
      return `${shape}, ${t.rows} rows, referenced by ${k} table(s)`;
    }
    return `${shape}, referenced by ${k} table(s)`;
  });
  const reference = new Set<number>();
  for (let t = 0; t < n; t++) if (smallReason[t]) reference.add(t);
  for (let changed = true; changed; ) {
    changed = false;
    for (const t of [...reference]) {
      const refs = referrers[t]!;
      const fromMany = refs.size >= options.referenceMinReferrers;
      const fromReference = [...refs].every((r) => reference.has(r));
      if ([...parents[t]!].some((p) => !reference.has(p)) || !(fromMany || fromReference)) {
        reference.delete(t);
        changed = true;
      }
    }
  }
  for (const t of reference) roles[t] = { role: 'reference', reason: smallReason[t]! };

  // 2. Technical tables: named like bookkeeping, referenced by nothing, pointing only at shared tables.
  for (const t of index.tables) {
    if (roles[t.index]) continue;
    const why = technicalName(t.table.name);
    if (!why || referrers[t.index]!.size > 0) continue;
    if ([...parents[t.index]!].some((p) => !reference.has(p) && !isHub(p))) continue;
    roles[t.index] = { role: 'technical', reason: why };
  }

  // 3. Junctions and extensions, from how the foreign keys sit in the keys.
  const extensionCandidates: { t: number; r: Relation; oneToOne: boolean }[] = [];
  for (const t of index.tables) {
    if (roles[t.index]) continue;
    const own = outgoing[t.index]!;
    const keys = [t.table.primaryKey, ...t.table.uniques.map((u) => u.columns)].filter((k) => k.length > 0);
    const inKey = (r: Relation, key: string[]) => r.columns.every((c) => key.includes(c));
    const junctionKey = keys.find(
      (key) => new Set(own.filter((r) => inKey(r, key)).map((r) => r.parent)).size >= 2,
    );
    if (junctionKey && descriptive[t.index]! <= 3) {
      const links = [...new Set(own.filter((r) => inKey(r, junctionKey)).map((r) => r.parent))].sort(
        (a, b) => a - b,
      );
      const names = links.map((l) => index.tables[l]!.key).join(' and ');
      if (links.every((l) => reference.has(l))) {
        roles[t.index] = { role: 'reference', reason: `links reference tables ${names}`, links };
      } else {
        roles[t.index] = { role: 'junction', reason: `links ${names} (its key is their keys)`, links };
      }
      continue;
    }
    // The identifying parent's key leads the primary key and the rest of the key is the child's own
    // (order_lines(order_id, line_no) → orders), or the key is the parent's key (a one-to-one extension).
    // A key made only of references to several parents is an association, not a weak entity.
    const pk = t.table.primaryKey;
    const leading = own.filter(
      (r) =>
        r.columns.length <= pk.length && r.columns.every((c) => pk.slice(0, r.columns.length).includes(c)),
    );
    const ownKeyPart = pk.some((c) => !own.some((r) => r.columns.includes(c)));
    if (leading.length > 0 && new Set(leading.map((r) => r.parent)).size === 1) {
      const r = leading[0]!;
      const oneToOne = r.columns.length === pk.length;
      if (oneToOne || ownKeyPart) extensionCandidates.push({ t: t.index, r, oneToOne });
    }
  }
  // A parent with several one-to-one children is a supertype (business_entities ← people, stores,
  // vendors): its subtypes belong to their own domains and are not kept with it.
  const subtypes = new Map<number, number>();
  for (const c of extensionCandidates)
    if (c.oneToOne) subtypes.set(c.r.parent, (subtypes.get(c.r.parent) ?? 0) + 1);
  for (const { t, r, oneToOne } of extensionCandidates) {
    const parentKey = index.tables[r.parent]!.key;
    if (oneToOne && (subtypes.get(r.parent) ?? 0) > 1) continue;
    // Like SchemaCrawler's extension-table rule, a one-to-one extension is named for its parent
    // (user_profiles → users); a differently named one (sales_people → employees) is a specialisation
    // that may belong to another domain, tied by its key but not bound to the parent.
    if (oneToOne && !namedFor(index.tables[t]!.table.name, index.tables[r.parent]!.table.name)) continue;
    roles[t] = {
      role: 'extension',
      reason: `${oneToOne ? 'one-to-one extension' : 'weak entity (its key starts with the parent key)'} of ${parentKey}`,
      parent: r.parent,
    };
  }

  // 4. Hubs: referenced from far more tables than usual; damped in the graph, clustered as usual.
  for (const t of index.tables) {
    if (roles[t.index]) continue;
    if (isHub(t.index)) {
      const audit = auditReferrers[t.index]!.size;
      roles[t.index] = {
        role: 'hub',
        reason: `referenced by ${allIn[t.index]} tables${audit ? ` (${audit} through audit "who" columns)` : ''}; its ties are damped`,
      };
    } else {
      roles[t.index] = { role: 'entity', reason: 'clustered by its ties' };
    }
  }

  // Extensions follow their parent when the parent is shared.
  for (let changed = true; changed; ) {
    changed = false;
    for (const t of index.tables) {
      const d = roles[t.index]!;
      if (d.role !== 'extension' || d.parent === undefined) continue;
      const p = roles[d.parent]!;
      if (p.role === 'reference' || p.role === 'technical') {
        roles[t.index] = { role: p.role, reason: `${d.reason}, which is ${p.role}` };
        changed = true;
      }
    }
  }
  return roles as RoleDecision[];
}

/**
 * Damping of ties to a table referenced by many: 1 up to `base` referrers, then (base / k)². Strong on
 * purpose: a hub's ties say little about where its many referrers belong (users ← 40 tables: 0.02).
 */
export function referrerDamping(referrers: number, base = 6): number {
  return referrers <= base ? 1 : (base / referrers) ** 2;
}
