import type { EvidenceGraph } from './evidence-graph.js';

/** How a reference table that Louvain placed was settled. */
export interface ReferenceOwner {
  /** Tables that reference it from the owning community, and from services in all. */
  readers: number;
  of: number;
}

/**
 * Reference tables are clustered like the others (their ties halved); this decides afterwards which
 * stay in a service. A lookup belongs to the service that holds a strict majority of the tables
 * referencing it (`trade_type` with the trades); read across services without one, it is shared
 * reference data (community -1). One referenced only by other reference tables follows them
 * (`countries` ← `state_provinces`): it joins their one service, or is shared. Pinned tables and
 * those in together-groups are left where the constraints put them.
 * Returns the owned ones with their counts, for the reason shown to the user.
 */
export function settleReference(
  evidence: EvidenceGraph,
  community: Int32Array,
  fixed: Set<number>,
): Map<number, ReferenceOwner> {
  const { relations, roles } = evidence;
  const n = community.length;
  const open = (t: number) => roles[t]!.role === 'reference' && !fixed.has(t) && community[t]! >= 0;
  const referrers: number[][] = Array.from({ length: n }, () => []);
  const parents: number[][] = Array.from({ length: n }, () => []);
  for (const r of relations) {
    if (r.confidence < 0.5 || r.audit || r.child === r.parent) continue;
    if (open(r.parent)) referrers[r.parent]!.push(r.child);
    if (open(r.child) && open(r.parent)) parents[r.child]!.push(r.parent);
  }

  const settled = new Map<number, number>();
  const owners = new Map<number, ReferenceOwner>();
  const pending: number[] = [];
  for (let t = 0; t < n; t++) {
    if (!open(t)) continue;
    const readers = [...new Set(referrers[t])].filter((u) => !open(u) && community[u]! >= 0);
    if (readers.length === 0) {
      pending.push(t);
      continue;
    }
    const count = new Map<number, number>();
    for (const u of readers) count.set(community[u]!, (count.get(community[u]!) ?? 0) + 1);
    let best = -1;
    let most = 0;
    for (const [c, k] of [...count].sort((x, y) => x[0] - y[0])) if (k > most) [best, most] = [c, k];
    if (most * 2 > readers.length) {
      settled.set(t, best);
      owners.set(t, { readers: most, of: readers.length });
    } else settled.set(t, -1);
  }
  // Reference read only by reference follows its readers once they are settled; one read by nothing
  // (a table linking two lookups, a lookup's weak entity) follows the lookups it references. Shared
  // when they part, or in a cycle.
  for (let changed = true; changed; ) {
    changed = false;
    for (const t of pending) {
      if (settled.has(t)) continue;
      const readers = [...new Set(referrers[t])];
      const follow = readers.length ? readers : [...new Set(parents[t])];
      if (follow.length === 0 || follow.some((u) => !settled.has(u))) continue;
      const places = new Set(follow.map((u) => settled.get(u)!));
      const only = places.size === 1 ? [...places][0]! : -1;
      settled.set(t, only);
      if (only >= 0) owners.set(t, { readers: follow.length, of: follow.length });
      changed = true;
    }
  }
  for (const t of pending) {
    if (settled.has(t)) continue;
    const tied = referrers[t]!.length > 0 || parents[t]!.length > 0;
    settled.set(t, tied ? -1 : community[t]!);
  }
  for (const [t, c] of settled) community[t] = c;
  return owners;
}
