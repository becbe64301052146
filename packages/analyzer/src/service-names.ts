import type { TableKey } from '@seam/core';
import type { EvidenceGraph } from './evidence-graph.js';
import { namePrefix, words } from './names.js';

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

/**
 * Names each community: its pinned service; else the service of an earlier plan it overlaps most
 * (so names survive re-analysis); else its dominant name prefix; else its most connected table.
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

  members.forEach((list, c) => {
    if (names[c] !== undefined || list.length === 0) return;
    let base: string | null = null;
    const prefixes = new Map<string, { count: number; raw: string }>();
    for (const t of list) {
      const name = evidence.index.tables[t]!.table.name;
      const p = namePrefix(name);
      if (p === null) continue;
      const entry = prefixes.get(p) ?? { count: 0, raw: words(name)[0]! };
      entry.count++;
      prefixes.set(p, entry);
    }
    const best = [...prefixes.values()].sort((x, y) => y.count - x.count || (x.raw < y.raw ? -1 : 1))[0];
    if (best && best.count >= 2 && best.count * 2 >= list.length) base = best.raw;
    if (!base) {
      // The community's root: the table most referenced from inside it, then the most tied.
      const inside = new Set(list);
      let top = list[0]!;
      let best: [number, number] = [-1, -1];
      for (const t of list) {
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
        if (referrers > best[0] || (referrers === best[0] && w > best[1])) [top, best] = [t, [referrers, w]];
      }
      base = evidence.index.tables[top]!.table.name;
    }
    let name = serviceNameFrom(base);
    for (let i = 2; taken.has(name); i++) name = `${serviceNameFrom(base)}-${i}`;
    names[c] = name;
    taken.add(name);
  });
  return names.map((x) => x ?? '');
}
