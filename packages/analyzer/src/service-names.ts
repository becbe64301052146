import type { TableKey } from '@seam/core';
import type { EvidenceGraph } from './evidence-graph.js';
import { GENERIC_WORDS, words } from './names.js';

/** A service name from any text: lower-case ASCII words joined by `-`, starting with a letter. */
export function serviceNameFrom(text: string): string {
  const ascii = words(text.normalize('NFKD').replace(/\p{M}/gu, ''))
    .map((w) => w.replace(/[^a-z0-9]/gu, ''))
    .filter((w) => w.length > 0)
    .join('-')
    .slice(0, 48)
    .replace(/-+$/u, '');
  if (!ascii) return 'service';
  return /^[a-z]/u.test(ascii) ? ascii : `s-${ascii}`;
}

/** A table's name less storage-pattern words and the prefix most of its schema's tables share (`sylius_`, `tab`). */
function withoutGenericWords(name: string, prefix: readonly string[] = []): string {
  let w = words(name);
  let i = 0;
  while (i < prefix.length && w.length > 1 && w[0] === prefix[i]) [w, i] = [w.slice(1), i + 1];
  w = w.filter((x) => !GENERIC_WORDS.has(x));
  return w.length > 0 ? w.join('_') : name;
}

function keyCompare(evidence: EvidenceGraph, a: number, b: number): number {
  const x = evidence.index.tables[a]!.key;
  const y = evidence.index.tables[b]!.key;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Roles that never name a service while the community holds an entity: a service is named for its root entity. */
const NOT_ROOT = new Set(['hub', 'reference', 'technical', 'junction']);

/** Whether a table may name its community: an entity, or a hub whose own extensions sit with it (users with user_profiles). */
function mayBeRoot(evidence: EvidenceGraph, t: number, inside: Set<number>): boolean {
  const role = evidence.roles[t]!.role;
  if (role !== 'hub') return !NOT_ROOT.has(role);
  return [...inside].some((u) => evidence.roles[u]!.role === 'extension' && evidence.roles[u]!.parent === t);
}

/**
 * The table a community is about: of its entities (lookups, junctions, technical tables and hubs
 * whose own extensions are elsewhere aside, unless it holds nothing else), the one most referenced from inside it (audit columns
 * aside), then the most tied inside, then the first by key. It depends only on the community's
 * members and their evidence, so the same community gets the same root whatever the seed.
 */
export function rootTable(evidence: EvidenceGraph, list: number[]): number {
  const inside = new Set(list);
  const entities = list.filter((t) => mayBeRoot(evidence, t, inside));
  let top = -1;
  let best: [number, number] = [-1, -1];
  for (const t of entities.length ? entities : list) {
    let referrers = 0;
    let w = 0;
    for (const [u, tie] of evidence.adjacency[t]!) {
      if (!inside.has(u)) continue;
      w += evidence.ties[tie]!.weight;
      if (
        evidence.ties[tie]!.relations.some(
          (r) => evidence.relations[r]!.parent === t && !evidence.relations[r]!.audit,
        )
      )
        referrers++;
    }
    const better =
      top < 0 ||
      referrers > best[0] ||
      (referrers === best[0] &&
        (w > best[1] + 1e-9 || (Math.abs(w - best[1]) <= 1e-9 && keyCompare(evidence, t, top) < 0)));
    if (better) [top, best] = [t, [referrers, w]];
  }
  return top;
}

/**
 * Names each community: its pinned service; else the service of an earlier plan it overlaps most
 * (so names survive re-analysis); else its root table (`rootTable`) as the schema spells it
 * (`orders`, `StockItems` → `stock-items`), less words that name a storage pattern
 * (`catalog_product_entity` → `catalog-product`) and the prefix most of the schema's tables share
 * (`sylius_product` → `product`, `tabSalary Slip` → `salary-slip`). A clash takes the full table name, then the
 * schema-qualified one, then `-2`.
 */
export function nameCommunities(
  evidence: EvidenceGraph,
  community: Int32Array,
  pinned: (string | undefined)[],
  previous: Map<TableKey, string> = new Map(),
): string[] {
  const count = pinned.length;
  const members: number[][] = Array.from({ length: count }, () => []);
  community.forEach((c, t) => {
    if (c >= 0) members[c]!.push(t);
  });
  const names: (string | undefined)[] = [...pinned];
  const taken = new Set(pinned.filter((p): p is string => p !== undefined));

  if (previous.size) {
    const overlaps: { c: number; name: string; count: number }[] = [];
    members.forEach((list, c) => {
      if (names[c] !== undefined) return;
      const tally = new Map<string, number>();
      for (const t of list) {
        const p = previous.get(evidence.index.tables[t]!.key);
        if (p !== undefined) tally.set(p, (tally.get(p) ?? 0) + 1);
      }
      for (const [name, n] of tally) overlaps.push({ c, name, count: n });
    });
    overlaps.sort((x, y) => y.count - x.count || x.c - y.c || (x.name < y.name ? -1 : 1));
    for (const o of overlaps) {
      if (names[o.c] !== undefined || taken.has(o.name)) continue;
      names[o.c] = o.name;
      taken.add(o.name);
    }
  }

  // Unnamed communities, largest first (then by root key), so that a clash gives the longer name to
  // the smaller community.
  const order = members
    .map((list, c) => ({
      c,
      list,
      root: names[c] === undefined && list.length ? rootTable(evidence, list) : -1,
    }))
    .filter((x) => x.root >= 0)
    .sort((x, y) => y.list.length - x.list.length || keyCompare(evidence, x.root, y.root));
  for (const { c, root } of order) {
    const table = evidence.index.tables[root]!.table;
    const candidates = [
      serviceNameFrom(withoutGenericWords(table.name, evidence.names.families.stripped.get(table.schema))),
      serviceNameFrom(withoutGenericWords(table.name)),
      serviceNameFrom(table.name),
      serviceNameFrom(`${table.schema} ${table.name}`),
    ];
    let name = candidates.find((x) => !taken.has(x));
    for (let i = 2; name === undefined; i++)
      if (!taken.has(`${candidates[0]}-${i}`)) name = `${candidates[0]}-${i}`;
    names[c] = name;
    taken.add(name);
  }
  return names.map((x) => x ?? '');
}
