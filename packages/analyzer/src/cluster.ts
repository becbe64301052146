import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import type { EvidenceGraph } from './evidence-graph.js';
import { adjustedRandIndex } from './metrics.js';
import { seededRandom } from './random.js';
import { UnionFind } from './union-find.js';

// The package is CommonJS (`module.exports = louvain`); its typings declare an ES default export.
const louvain = ((louvainModule as { default?: unknown }).default ??
  louvainModule) as unknown as typeof louvainModule.default;

export interface ClusterConstraints {
  /** table index → service it must belong to. */
  pins: Map<number, string>;
  /** Groups of table indexes that must share a service. */
  together: number[][];
  /** Pairs of table indexes that must not. */
  apart: Array<[number, number]>;
}

export interface ConstraintViolation {
  kind: 'pin' | 'together' | 'apart';
  tables: number[];
  reason: string;
}

export interface ClusterOptions {
  seed: number;
  /** Louvain runs (seeds) per resolution. */
  runs: number;
  /** The resolutions tried; `resolution: 'auto'` picks the most stable of them. */
  resolutions: number[];
  resolution: number | 'auto';
}

/**
 * Factor on the ties of reference (lookup) tables in the graph Louvain sees: they are clustered so
 * that a lookup of one domain lands there, but a lookup says less about where the tables that read it
 * belong than an entity does, so it glues them only half as much.
 */
export const REFERENCE_TIE_FACTOR = 0.5;

/** Runs at each resolution of the sweep that is only reported. */
const SWEEP_RUNS = 2;

export const defaultClusterOptions: ClusterOptions = {
  seed: 42,
  runs: 8,
  resolutions: [0.5, 0.75, 1, 1.5, 2],
  resolution: 1,
};

export interface SweepPoint {
  resolution: number;
  /** Mean number of communities over the runs. */
  communities: number;
  /** Mean modularity over the runs (at that resolution). */
  modularity: number;
  /** Mean pairwise Adjusted Rand Index between the runs' partitions: 1 = every seed agrees. */
  stability: number;
}

export interface Clustering {
  /** Community of each table; -1 for tables left out (reference, technical). */
  community: Int32Array;
  /** Per community: the service its pins name, if any. */
  pinned: (string | undefined)[];
  /** Per table: share of runs that agreed with its placement (1 for tables left out). */
  confidence: Float64Array;
  resolution: number;
  sweep: SweepPoint[];
  violations: ConstraintViolation[];
}

interface Contracted {
  /** Super-node of each clustered table, -1 otherwise. */
  superOf: Int32Array;
  members: number[][];
  labels: (string | undefined)[];
  /**
   * Sparse symmetric weights between super-nodes, compressed: the neighbours of `s` (ascending) are
   * `neighbour[start[s]] … neighbour[start[s + 1] - 1]`, with `weight` alongside.
   */
  start: Int32Array;
  neighbour: Int32Array;
  weight: Float64Array;
}

function contract(
  evidence: EvidenceGraph,
  clustered: boolean[],
  constraints: ClusterConstraints,
  violations: ConstraintViolation[],
): Contracted {
  const n = clustered.length;
  const uf = new UnionFind(n);
  for (const [t, service] of constraints.pins) uf.label[t] = service;
  const byService = new Map<string, number[]>();
  for (const [t, service] of [...constraints.pins].sort((a, b) => a[0] - b[0])) {
    const list = byService.get(service) ?? [];
    list.push(t);
    byService.set(service, list);
  }
  for (const list of byService.values()) for (const t of list.slice(1)) uf.union(list[0]!, t);
  for (const group of constraints.together) {
    for (const t of group.slice(1)) {
      if (!uf.union(group[0]!, t)) {
        const a = uf.label[uf.find(group[0]!)];
        const b = uf.label[uf.find(t)];
        violations.push({
          kind: 'together',
          tables: group,
          reason: `its tables are pinned to different services (${a} and ${b})`,
        });
        break;
      }
    }
  }
  evidence.roles.forEach((d, t) => {
    if (d.role === 'extension' && d.parent !== undefined && clustered[t] && clustered[d.parent])
      uf.union(t, d.parent);
  });
  for (const [a, b] of constraints.apart) {
    if (uf.find(a) === uf.find(b)) {
      violations.push({
        kind: 'apart',
        tables: [a, b],
        reason:
          'they must also stay together (a pin to one service, a together group, or an extension of its parent)',
      });
    }
  }
  const superOf = new Int32Array(n).fill(-1);
  const members: number[][] = [];
  const labels: (string | undefined)[] = [];
  const rootToSuper = new Map<number, number>();
  for (let t = 0; t < n; t++) {
    if (!clustered[t]) continue;
    const root = uf.find(t);
    let s = rootToSuper.get(root);
    if (s === undefined) {
      s = members.length;
      rootToSuper.set(root, s);
      members.push([]);
      labels.push(uf.label[root]);
    }
    members[s]!.push(t);
    superOf[t] = s;
  }
  const weights = new Map<number, number>();
  const S = members.length;
  const lookup = (t: number) => evidence.roles[t]!.role === 'reference';
  for (const tie of evidence.ties) {
    const sa = superOf[tie.a]!;
    const sb = superOf[tie.b]!;
    if (sa < 0 || sb < 0 || sa === sb || tie.weight <= 0) continue;
    const key = sa < sb ? sa * S + sb : sb * S + sa;
    const w = lookup(tie.a) || lookup(tie.b) ? tie.weight * REFERENCE_TIE_FACTOR : tie.weight;
    weights.set(key, (weights.get(key) ?? 0) + w);
  }
  // Keys in ascending order list each node's neighbours in ascending order (smaller ones first).
  const keys = Float64Array.from(weights.keys()).sort();
  const start = new Int32Array(S + 1);
  for (const key of keys) {
    const a = Math.floor(key / S);
    start[a + 1]!++;
    start[key - a * S + 1]!++;
  }
  for (let x = 0; x < S; x++) start[x + 1]! += start[x]!;
  const fill = start.slice(0, S);
  const neighbour = new Int32Array(start[S]!);
  const weight = new Float64Array(start[S]!);
  for (const key of keys) {
    const a = Math.floor(key / S);
    const b = key - a * S;
    const w = weights.get(key)!;
    neighbour[fill[a]!] = b;
    weight[fill[a]!++] = w;
    neighbour[fill[b]!] = a;
    weight[fill[b]!++] = w;
  }
  return { superOf, members, labels, start, neighbour, weight };
}

interface LouvainGraph {
  graph: UndirectedGraph;
  /** Its edges in insertion order: key, ends, and the attributes object graphology keeps (weight). */
  keys: string[];
  source: number[];
  target: number[];
  attributes: Array<{ weight: number }>;
}

/** The graph Louvain sees: super-nodes, with no edge between nodes pinned to different services. */
function louvainGraph(c: Contracted): LouvainGraph {
  const graph = new UndirectedGraph();
  const keys: string[] = [];
  const source: number[] = [];
  const target: number[] = [];
  const attributes: Array<{ weight: number }> = [];
  for (let s = 0; s < c.members.length; s++) graph.addNode(String(s));
  for (let a = 0; a < c.members.length; a++) {
    for (let i = c.start[a]!; i < c.start[a + 1]!; i++) {
      const b = c.neighbour[i]!;
      const w = c.weight[i]!;
      if (b <= a) continue;
      const la = c.labels[a];
      const lb = c.labels[b];
      if (la !== undefined && lb !== undefined && la !== lb) continue;
      if (w <= 0) continue;
      const attrs = { weight: w };
      keys.push(graph.addEdge(String(a), String(b), attrs));
      source.push(a);
      target.push(b);
      attributes.push(attrs);
    }
  }
  return { graph, keys, source, target, attributes };
}

function runLouvain(
  graph: UndirectedGraph,
  resolution: number,
  seed: number,
): { labels: Int32Array; modularity: number } {
  const S = graph.order;
  const labels = new Int32Array(S);
  if (graph.size === 0) {
    for (let s = 0; s < S; s++) labels[s] = s;
    return { labels, modularity: 0 };
  }
  const result = louvain.detailed(graph, { resolution, rng: seededRandom(seed), getEdgeWeight: 'weight' });
  for (let s = 0; s < S; s++) labels[s] = result.communities[String(s)]!;
  return { labels, modularity: result.modularity };
}

/** The largest label, -1 for none (no spread: arrays can be longer than the argument limit). */
function maxOf(labels: ArrayLike<number>): number {
  let max = -1;
  for (let i = 0; i < labels.length; i++) if (labels[i]! > max) max = labels[i]!;
  return max;
}

/** Renumbers labels 0..k-1 in order of first appearance. */
function canonical(labels: ArrayLike<number>): Int32Array {
  const map = new Map<number, number>();
  const out = new Int32Array(labels.length);
  for (let i = 0; i < labels.length; i++) {
    let c = map.get(labels[i]!);
    if (c === undefined) {
      c = map.size;
      map.set(labels[i]!, c);
    }
    out[i] = c;
  }
  return out;
}

function meanPairwiseAri(runs: Int32Array[]): number {
  if (runs.length < 2) return 1;
  let sum = 0;
  let count = 0;
  for (let i = 0; i < runs.length; i++)
    for (let j = i + 1; j < runs.length; j++) {
      sum += adjustedRandIndex(runs[i]!, runs[j]!);
      count++;
    }
  return sum / count;
}

/** Splits every community into its connected parts (Louvain can leave a community disconnected). */
function splitDisconnected(labels: Int32Array, c: Contracted): Int32Array {
  const S = labels.length;
  const out = new Int32Array(S).fill(-1);
  let next = 0;
  for (let s = 0; s < S; s++) {
    if (out[s] !== -1) continue;
    const stack = [s];
    out[s] = next;
    while (stack.length) {
      const x = stack.pop()!;
      for (let i = c.start[x]!; i < c.start[x + 1]!; i++) {
        const y = c.neighbour[i]!;
        if (out[y] === -1 && labels[y] === labels[x]) {
          out[y] = next;
          stack.push(y);
        }
      }
    }
    next++;
  }
  return out;
}

/** Gives each pinned service its own community: unpinned nodes go where their ties are strongest. */
function separatePins(labels: Int32Array, c: Contracted): Int32Array {
  const out = Int32Array.from(labels);
  let next = maxOf(labels) + 1;
  const byCommunity = new Map<number, number[]>();
  labels.forEach((l, s) => {
    const list = byCommunity.get(l);
    if (list) list.push(s);
    else byCommunity.set(l, [s]);
  });
  for (const nodes of byCommunity.values()) {
    const pins = [...new Set(nodes.map((s) => c.labels[s]).filter((l) => l !== undefined))].sort();
    if (pins.length < 2) continue;
    const group = new Map<string, number>();
    for (const p of pins) group.set(p, next++);
    const assigned = new Map<number, number>();
    for (const s of nodes) if (c.labels[s] !== undefined) assigned.set(s, group.get(c.labels[s]!)!);
    const inside = new Set(nodes);
    for (let changed = true; changed; ) {
      changed = false;
      for (const s of nodes) {
        if (assigned.has(s)) continue;
        const score = new Map<number, number>();
        for (let i = c.start[s]!; i < c.start[s + 1]!; i++) {
          const y = c.neighbour[i]!;
          const g = inside.has(y) ? assigned.get(y) : undefined;
          if (g !== undefined) score.set(g, (score.get(g) ?? 0) + c.weight[i]!);
        }
        let best = -1;
        let bestW = 0;
        for (const [g, w] of [...score].sort((x, y) => x[0] - y[0])) if (w > bestW) [best, bestW] = [g, w];
        if (best >= 0) {
          assigned.set(s, best);
          changed = true;
        }
      }
    }
    const rest = next++;
    for (const s of nodes) out[s] = assigned.get(s) ?? rest;
  }
  return out;
}

/** Moves one side of every violated apart pair to its next-best community (or a new one). */
function separateApart(
  labels: Int32Array,
  c: Contracted,
  apart: Array<[number, number]>,
  violations: ConstraintViolation[],
): Int32Array {
  const out = Int32Array.from(labels);
  let next = maxOf(labels) + 1;
  const partners = new Map<number, Set<number>>();
  for (const [a, b] of apart) {
    const sa = c.superOf[a]!;
    const sb = c.superOf[b]!;
    if (sa < 0 || sb < 0 || sa === sb) continue;
    partners.set(sa, (partners.get(sa) ?? new Set()).add(sb));
    partners.set(sb, (partners.get(sb) ?? new Set()).add(sa));
  }
  const weightTo = (s: number, community: number) => {
    let acc = 0;
    for (let i = c.start[s]!; i < c.start[s + 1]!; i++)
      if (out[c.neighbour[i]!] === community && c.neighbour[i] !== s) acc += c.weight[i]!;
    return acc;
  };
  for (let pass = 0; pass < 4; pass++) {
    let moved = false;
    for (const [a, b] of apart) {
      const sa = c.superOf[a]!;
      const sb = c.superOf[b]!;
      if (sa < 0 || sb < 0 || sa === sb || out[sa] !== out[sb]) continue;
      // Move the side that is less tied to the community, and never a pinned side if the other is free.
      const cost = (s: number) =>
        c.labels[s] !== undefined ? Number.POSITIVE_INFINITY : weightTo(s, out[s]!);
      const mover = cost(sa) <= cost(sb) ? sa : sb;
      if (c.labels[mover] !== undefined) continue;
      const blocked = new Set([...(partners.get(mover) ?? [])].map((p) => out[p]!));
      blocked.add(out[mover]!);
      const options = new Map<number, number>();
      for (let i = c.start[mover]!; i < c.start[mover + 1]!; i++) {
        const g = out[c.neighbour[i]!]!;
        if (!blocked.has(g)) options.set(g, (options.get(g) ?? 0) + c.weight[i]!);
      }
      let best = -1;
      let bestW = 0;
      for (const [g, w] of [...options].sort((x, y) => x[0] - y[0])) if (w > bestW) [best, bestW] = [g, w];
      out[mover] = best >= 0 ? best : next++;
      moved = true;
    }
    if (!moved) break;
  }
  for (const [a, b] of apart) {
    const sa = c.superOf[a]!;
    const sb = c.superOf[b]!;
    if (sa >= 0 && sb >= 0 && sa !== sb && out[sa] === out[sb])
      violations.push({ kind: 'apart', tables: [a, b], reason: 'both are pinned to the same service' });
  }
  return out;
}

/** Where each run's community mostly went in the final partition; share of runs agreeing per node. */
function agreement(final: Int32Array, runs: Int32Array[]): Float64Array {
  const S = final.length;
  const agree = new Float64Array(S);
  for (const run of runs) {
    const votes = new Map<number, Map<number, number>>();
    for (let s = 0; s < S; s++) {
      const m = votes.get(run[s]!) ?? new Map<number, number>();
      m.set(final[s]!, (m.get(final[s]!) ?? 0) + 1);
      votes.set(run[s]!, m);
    }
    const majority = new Map<number, number>();
    for (const [rc, m] of votes) {
      let best = -1;
      let bestC = -1;
      for (const [f, count] of m)
        if (count > bestC || (count === bestC && f < best)) [best, bestC] = [f, count];
      majority.set(rc, best);
    }
    for (let s = 0; s < S; s++) if (majority.get(run[s]!) === final[s]) agree[s]! += 1;
  }
  for (let s = 0; s < S; s++) agree[s] = runs.length ? agree[s]! / runs.length : 1;
  return agree;
}

/**
 * Clusters the tables that are not set aside: contract must-link groups, run seeded Louvain at each
 * resolution, pick one, take the consensus of its runs, split disconnected communities, then repair
 * pins and apart pairs. Same evidence, constraints and seed → the same result.
 */
export function clusterTables(
  evidence: EvidenceGraph,
  clustered: boolean[],
  constraints: ClusterConstraints,
  options: ClusterOptions = defaultClusterOptions,
): Clustering {
  const n = clustered.length;
  const violations: ConstraintViolation[] = [];
  const c = contract(evidence, clustered, constraints, violations);
  const lg = louvainGraph(c);
  const graph = lg.graph;
  const resolutions =
    options.resolution === 'auto'
      ? options.resolutions
      : [...new Set([...options.resolutions, options.resolution])].sort((a, b) => a - b);
  const runsByResolution = new Map<number, Int32Array[]>();
  // Every run counts at the resolution used; the others, only reported, get a few runs (all when 'auto').
  const runsAt = (resolution: number) =>
    options.resolution === 'auto' || resolution === options.resolution
      ? options.runs
      : Math.min(options.runs, SWEEP_RUNS);
  const sweep: SweepPoint[] = resolutions.map((resolution, ri) => {
    const runs: Int32Array[] = [];
    let modularity = 0;
    for (let r = 0; r < runsAt(resolution); r++) {
      const run = runLouvain(graph, resolution, options.seed + 7919 * ri + r);
      runs.push(canonical(run.labels));
      modularity += run.modularity;
    }
    runsByResolution.set(resolution, runs);
    const communities = runs.reduce((acc, run) => acc + maxOf(run) + 1, 0);
    return {
      resolution,
      communities: communities / Math.max(1, runs.length),
      modularity: modularity / Math.max(1, runs.length),
      stability: meanPairwiseAri(runs),
    };
  });
  let resolution = options.resolution === 'auto' ? resolutions[0]! : options.resolution;
  if (options.resolution === 'auto') {
    let best = -1;
    for (const p of sweep)
      if (
        p.stability > best + 1e-9 ||
        (Math.abs(p.stability - best) <= 1e-9 && Math.abs(p.resolution - 1) < Math.abs(resolution - 1))
      ) {
        best = p.stability;
        resolution = p.resolution;
      }
  }
  const runs = runsByResolution.get(resolution)!;

  // Consensus: keep each edge in proportion to how often its ends were together; drop those under half.
  // The runs are done: reweight the same graph in place (graphology keeps the attributes objects we
  // gave it) rather than build a second one.
  for (let e = 0; e < lg.keys.length; e++) {
    const a = lg.source[e]!;
    const b = lg.target[e]!;
    let same = 0;
    for (const run of runs) if (run[a] === run[b]) same++;
    const f = same / runs.length;
    if (f >= 0.5) lg.attributes[e]!.weight *= f;
    else graph.dropEdge(lg.keys[e]!);
  }
  const consensus = runLouvain(graph, resolution, options.seed).labels;
  let labels = splitDisconnected(canonical(consensus), c);
  labels = separatePins(labels, c);
  labels = separateApart(labels, c, constraints.apart, violations);
  labels = canonical(splitDisconnected(labels, c));
  const agree = agreement(labels, runs);

  const community = new Int32Array(n).fill(-1);
  const confidence = new Float64Array(n).fill(1);
  for (let t = 0; t < n; t++) {
    const s = c.superOf[t]!;
    if (s < 0) continue;
    community[t] = labels[s]!;
    confidence[t] = agree[s]!;
  }
  const count = maxOf(labels) + 1;
  const pinned: (string | undefined)[] = new Array(count).fill(undefined);
  labels.forEach((l, s) => {
    if (c.labels[s] !== undefined) pinned[l] = c.labels[s];
  });
  return { community, pinned, confidence, resolution, sweep, violations };
}
