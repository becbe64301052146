import { type AnalyzeOptions, adjustedRandIndex, analyze, mojoFm, seededRandom } from '@seam/analyzer';
import { keyOfTable, type SchemaSnapshot, type Workload } from '@seam/core';
import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';

const louvain = ((louvainModule as { default?: unknown }).default ??
  louvainModule) as unknown as typeof louvainModule.default;

export interface Score {
  ari: number;
  mojofm: number;
  /** Share of declared FKs (table pairs) whose ends are in different groups. */
  crossFkShare: number;
  groups: number;
}

/** Table name → group label, for every table of the snapshot. */
export type Partition = Map<string, string>;

/** Plain Louvain on the declared-FK graph (one edge per referencing pair), default resolution. */
export function baselinePartition(snapshot: SchemaSnapshot, seed: number): Partition {
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

/** Seam's partition: each table's service, or its shared role as a group of its own. */
export function seamPartition(
  snapshot: SchemaSnapshot,
  seed: number,
  options: AnalyzeOptions = {},
  workload?: Workload,
): Partition {
  const { analysis } = analyze(snapshot, workload, { ...options, seed });
  const byKey = new Map(snapshot.tables.map((t) => [keyOfTable(t), t.name]));
  const out: Partition = new Map();
  for (const [key, a] of Object.entries(analysis.assignments)) {
    const name = byKey.get(key) ?? key.split('.').pop()!;
    out.set(name, a.kind === 'service' ? `s:${a.service}` : a.kind);
  }
  return out;
}

export function score(snapshot: SchemaSnapshot, partition: Partition, truth: Record<string, string>): Score {
  const names = snapshot.tables
    .map((t) => t.name)
    .filter((n) => truth[n] !== undefined)
    .sort();
  const got = names.map((n) => partition.get(n)!);
  const want = names.map((n) => truth[n]!);
  const pairs = new Set<string>();
  for (const t of snapshot.tables)
    for (const f of t.foreignKeys)
      if (
        f.referencedTable !== t.name &&
        truth[t.name] !== undefined &&
        truth[f.referencedTable] !== undefined
      )
        pairs.add([t.name, f.referencedTable].sort().join('\u0000'));
  let crossing = 0;
  for (const p of pairs) {
    const [a, b] = p.split('\u0000');
    if (partition.get(a!) !== partition.get(b!)) crossing++;
  }
  return {
    ari: adjustedRandIndex(got, want),
    mojofm: mojoFm(got, want),
    crossFkShare: pairs.size ? crossing / pairs.size : 0,
    groups: new Set(got).size,
  };
}
