import type { Workload } from '@seam/core';
import { UndirectedGraph } from 'graphology';
import { type Inference, inferRelations } from './infer-fks.js';
import { headPrefix, namePrefix } from './names.js';
import { declaredRelations, markAuditRelations, type Relation } from './relations.js';
import {
  assignRoles,
  defaultRoleOptions,
  type RoleDecision,
  type RoleOptions,
  referrerDamping,
} from './roles.js';
import type { TableIndex } from './tables.js';
import { readWorkload, type WorkloadEvidence } from './workload-evidence.js';

/** How much each kind of evidence counts in the combined tie weight. */
export interface ChannelWeights {
  fk: number;
  inferred: number;
  join: number;
  cowrite: number;
  prefix: number;
  /** Factor on audit ("who") foreign keys. */
  audit: number;
}

export const defaultChannelWeights: ChannelWeights = {
  fk: 1,
  inferred: 0.6,
  join: 0.8,
  cowrite: 1.5,
  prefix: 1,
  audit: 0.1,
};

export type Channel = 'fk' | 'inferred' | 'join' | 'cowrite' | 'prefix';
export const CHANNELS: readonly Channel[] = ['fk', 'inferred', 'join', 'cowrite', 'prefix'];

/** All evidence between two tables (a < b), each channel kept apart so that it can be explained. */
export interface Tie {
  a: number;
  b: number;
  /** Declared foreign keys, damped for hubs and audit columns. */
  fk: number;
  /** Inferred foreign keys, damped, times confidence. */
  inferred: number;
  /** Join co-access, cosine-normalised over calls. */
  join: number;
  joinCalls: number;
  /** Written in one transaction, cosine-normalised over transaction counts. */
  cowrite: number;
  cowriteCount: number;
  /** Shared name prefix. */
  prefix: number;
  /** The combined weight clustering uses. */
  weight: number;
  /** Indexes into EvidenceGraph.relations. */
  relations: number[];
}

export interface EvidenceGraph {
  index: TableIndex;
  relations: Relation[];
  dangling: string[];
  inference: Inference;
  workload: Omit<WorkloadEvidence, 'coAccess' | 'coWrite' | 'joins'>;
  roles: RoleDecision[];
  ties: Tie[];
  /** Per table: [neighbour, tie index] pairs. */
  adjacency: Array<Array<[number, number]>>;
  weights: ChannelWeights;
}

export interface EvidenceOptions {
  weights?: Partial<ChannelWeights>;
  roles?: Partial<RoleOptions>;
}

/** Shared by the ties that no key backs (most workload and prefix ties), to save an array each. */
const NO_RELATIONS: number[] = [];

/** Neighbours in name order each table is tied to within its prefix group. */
const PREFIX_NEIGHBOURS = 3;

export function buildEvidence(
  index: TableIndex,
  workload: Workload | undefined,
  options: EvidenceOptions = {},
): EvidenceGraph {
  const weights = { ...defaultChannelWeights, ...options.weights };
  const n = index.tables.length;
  const wl = readWorkload(index, workload);
  const { relations: declared, dangling } = declaredRelations(index);
  const inference = inferRelations(index, declared, wl.joins);
  const relations = [...declared, ...inference.relations];
  markAuditRelations(relations);
  const roles = assignRoles(index, relations, wl.writeCalls, { ...defaultRoleOptions, ...options.roles });

  const referrers = Array.from({ length: n }, () => new Set<number>());
  for (const r of relations)
    if (r.confidence >= 0.5 && r.child !== r.parent) referrers[r.parent]!.add(r.child);

  const ties: Tie[] = [];
  const byPair = new Map<number, number>();
  const tie = (x: number, y: number): Tie => {
    const a = Math.min(x, y);
    const b = Math.max(x, y);
    const key = a * n + b;
    let i = byPair.get(key);
    if (i === undefined) {
      i = ties.length;
      byPair.set(key, i);
      ties.push({
        a,
        b,
        fk: 0,
        inferred: 0,
        join: 0,
        joinCalls: 0,
        cowrite: 0,
        cowriteCount: 0,
        prefix: 0,
        weight: 0,
        relations: NO_RELATIONS,
      });
    }
    return ties[i]!;
  };

  relations.forEach((r, i) => {
    if (r.child === r.parent) return;
    const t = tie(r.child, r.parent);
    if (t.relations === NO_RELATIONS) t.relations = [i];
    else t.relations.push(i);
    const strength = referrerDamping(referrers[r.parent]!.size) * (r.audit ? weights.audit : 1);
    if (r.kind === 'declared') t.fk = Math.min(2, t.fk + strength);
    else t.inferred = Math.min(2, t.inferred + strength * r.confidence);
  });
  for (const c of wl.coAccess) {
    const t = tie(c.a, c.b);
    t.join = c.score;
    t.joinCalls = c.raw;
  }
  for (const c of wl.coWrite) {
    const t = tie(c.a, c.b);
    t.cowrite = c.score;
    t.cowriteCount = c.raw;
  }

  // Shared-prefix prior: within a prefix group (not one that most tables share), each table is tied
  // to its next few neighbours in name order, so the prior stays O(n) and weak.
  // A one-word table named for the prefix heads that family (`trade` with `trade_history`, `orders`
  // with `order_items`); it joins the group only when the family has other members.
  const groups = new Map<string, number[]>();
  const heads = new Map<string, number[]>();
  for (const t of index.tables) {
    const p = namePrefix(t.table.name);
    const head = p === null ? headPrefix(t.table.name) : null;
    if (p === null && head === null) continue;
    const key = `${t.table.schema}\u0000${p ?? head}`;
    const into = p === null ? heads : groups;
    const list = into.get(key);
    if (list) list.push(t.index);
    else into.set(key, [t.index]);
  }
  for (const [key, list] of heads) groups.get(key)?.push(...list);
  // A family counts only when a key relation joins two of its members (`note_nlp` → `note`): tables
  // that merely share a word (`condition_occurrence`, `condition_era`) may sit in different layers.
  const family = new Int32Array(n).fill(-1);
  const families = [...groups.values()];
  families.forEach((members, f) => {
    for (const t of members) family[t] = f;
  });
  const joined = new Uint8Array(families.length);
  for (const r of relations)
    if (
      r.confidence >= 0.5 &&
      r.child !== r.parent &&
      family[r.child]! >= 0 &&
      family[r.child] === family[r.parent]
    )
      joined[family[r.child]!] = 1;
  // A table nothing else ties (no key, inferred reference or workload) joins its name family even
  // when no key confirms the family: a weak tie, so that a schema without keys does not fall apart
  // into singletons (orders, order_lines, order_line_history).
  const tied = new Uint8Array(n);
  for (const t of ties) if (t.fk + t.inferred + t.join + t.cowrite > 0) tied[t.a] = tied[t.b] = 1;
  for (const [f, members] of families.entries()) {
    if (joined[f] || members.length < 2 || members.length > n / 2) continue;
    const loose = members.filter((t) => !tied[t]);
    if (loose.length === 0) continue;
    members.sort((x, y) => (index.tables[x]!.table.name < index.tables[y]!.table.name ? -1 : 1));
    const k = Math.min(PREFIX_NEIGHBOURS, members.length - 1);
    for (const t of loose) {
      const i = members.indexOf(t);
      for (let j = Math.max(0, i - k); j <= Math.min(members.length - 1, i + k); j++)
        if (j !== i) tie(t, members[j]!).prefix = 1 / k;
    }
  }
  for (const [f, members] of families.entries()) {
    if (!joined[f] || members.length < 2 || members.length > n / 2) continue;
    const k = Math.min(PREFIX_NEIGHBOURS, members.length - 1);
    members.sort((x, y) => (index.tables[x]!.table.name < index.tables[y]!.table.name ? -1 : 1));
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j <= i + k && j < members.length; j++) tie(members[i]!, members[j]!).prefix = 1 / k;
  }

  ties.sort((x, y) => x.a - y.a || x.b - y.b);
  const adjacency: Array<Array<[number, number]>> = Array.from({ length: n }, () => []);
  ties.forEach((t, i) => {
    t.weight =
      weights.fk * t.fk +
      weights.inferred * t.inferred +
      weights.join * t.join +
      weights.cowrite * t.cowrite +
      weights.prefix * t.prefix;
    adjacency[t.a]!.push([t.b, i]);
    adjacency[t.b]!.push([t.a, i]);
  });
  // The pair lists and raw joins live on in the ties and relations; keep only what explanations read.
  const { coAccess: _a, coWrite: _w, joins: _j, ...workloadKept } = wl;
  return { index, relations, dangling, inference, workload: workloadKept, roles, ties, adjacency, weights };
}

/**
 * The evidence as a graphology graph: a node per table (key, role), an undirected edge per tied pair
 * with one attribute per channel and the combined `weight`.
 */
export function toGraphology(evidence: EvidenceGraph): UndirectedGraph {
  const graph = new UndirectedGraph({ allowSelfLoops: false });
  for (const t of evidence.index.tables)
    graph.addNode(t.key, { role: evidence.roles[t.index]!.role, rows: t.rows, bytes: t.bytes });
  for (const t of evidence.ties) {
    const { a, b, relations: _r, ...channels } = t;
    graph.addEdge(evidence.index.tables[a]!.key, evidence.index.tables[b]!.key, channels);
  }
  return graph;
}
