/**
 * The two floors bench:quality scores Seam against, on the same tables: plain Louvain on the declared-FK
 * graph (same seeds as Seam), and grouping tables by the first word of their name.
 */

import { seededRandom } from '@seam/analyzer';
import type { SchemaSnapshot } from '@seam/core';
import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import pluralize from 'pluralize';
import type { Partition } from './scorer.js';

const louvain = ((louvainModule as { default?: unknown }).default ??
  louvainModule) as unknown as typeof louvainModule.default;

/** Plain Louvain on the declared-FK graph (one edge per referencing pair), default resolution. */
export function louvainPartition(snapshot: SchemaSnapshot, seed: number): Partition {
  const graph = new UndirectedGraph();
  const names = snapshot.tables.map((t) => t.name).sort();
  for (const n of names) graph.addNode(n);
  for (const t of snapshot.tables)
    for (const f of t.foreignKeys)
      if (f.referencedTable !== t.name && graph.hasNode(f.referencedTable))
        graph.mergeEdge(t.name, f.referencedTable);
  const communities = graph.size ? louvain(graph, { rng: seededRandom(seed) }) : {};
  return new Map(names.map((n, i) => [n, `c${communities[n] ?? `-${i}`}`]));
}

/** Lower-case words of an identifier: `sylius_product_variant` → sylius, product, variant; `OrderLine` → order, line. */
export function nameWords(identifier: string): string[] {
  return identifier
    .replace(/([a-z0-9])([A-Z])/gu, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/gu, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/**
 * First word of the name, singular, after dropping a schema-wide prefix: a first word that at least half
 * of the tables share (`sylius_`, `spree_`, `wp_`) says nothing about the domain. A table whose name is
 * only the prefix keeps it.
 */
export function firstWordPartition(snapshot: SchemaSnapshot): Partition {
  const words = new Map(snapshot.tables.map((t) => [t.name, nameWords(t.name)]));
  for (;;) {
    const counts = new Map<string, number>();
    for (const w of words.values()) if (w.length > 1) counts.set(w[0]!, (counts.get(w[0]!) ?? 0) + 1);
    const [prefix, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    if (count * 2 < words.size || count < 2) break;
    for (const [name, w] of words) if (w.length > 1 && w[0] === prefix) words.set(name, w.slice(1));
  }
  const out: Partition = new Map();
  for (const [name, w] of words) {
    const first = w[0] ?? name.toLowerCase();
    out.set(name, `w:${/^[a-z]+$/u.test(first) ? pluralize.singular(first) : first}`);
  }
  return out;
}
