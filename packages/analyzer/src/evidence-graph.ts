import type { Workload } from '@seam/core';
import { UndirectedGraph } from 'graphology';
import { type Inference, inferRelations } from './infer-fks.js';
import { type NameAgreement, type NameFamilies, nameAgreement, nameFamilies } from './name-families.js';
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
  /** Name families and how much their ties count (learned from the keys). */
  names: { families: NameFamilies; agreement: NameAgreement; factor: number };
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

/** The least a family tie counts for a table nothing else ties. */
const LOOSE_FACTOR = 1;

/**
 * How much a name-family tie counts, from how far the schema's names agree with its keys beyond chance:
 * 0 when they do not agree at all, 1 (one key's worth per table) at an agreement of AGREEMENT_UNIT, at
 * most NAME_FACTOR_MAX; the default 1 when the schema has too few keys to tell.
 */
export const AGREEMENT_UNIT = 0.2;
export const NAME_FACTOR_MAX = 3;
export function nameFactor(a: NameAgreement): number {
  if (a.agreement === null) return 1;
  return Math.min(NAME_FACTOR_MAX, Math.max(0, a.agreement / AGREEMENT_UNIT));
}

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
  markAuditRelations(relations, n);
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

  // Name prior: within a name family (a shared first word, a schema-wide prefix aside), each table is
  // tied to its next few neighbours in name order, so the prior stays O(n). How much a family tie
  // counts is learned from the schema itself: how far its names agree with its keys.
  const families = nameFamilies(index);
  const agreement = nameAgreement(index, families, relations);
  const factor = nameFactor(agreement);
  const family = families.family;
  // A family counts only when a key relation joins two of its members (`note_nlp` → `note`): tables
  // that merely share a word (`condition_occurrence`, `condition_era`) may sit in different layers.
  const joined = new Uint8Array(families.members.length);
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
  for (const [f, members] of families.members.entries()) {
    if (joined[f]) {
      if (factor === 0) continue;
      // Neighbours at distances 1, 2, 4, 8, … in name order: names that share more words tie most,
      // and a large family stays one well-connected group rather than a chain Louvain cuts anywhere.
      const offsets: number[] = [];
      for (let d = 1; d < members.length; d *= 2) offsets.push(d);
      for (let i = 0; i < members.length; i++)
        for (const d of offsets)
          if (i + d < members.length) tie(members[i]!, members[i + d]!).prefix = factor / offsets.length;
      continue;
    }
    const k = Math.min(PREFIX_NEIGHBOURS, members.length - 1);
    for (let i = 0; i < members.length; i++) {
      const t = members[i]!;
      if (tied[t]) continue;
      for (let j = Math.max(0, i - k); j <= Math.min(members.length - 1, i + k); j++)
        if (j !== i) tie(t, members[j]!).prefix = Math.max(factor, LOOSE_FACTOR) / k;
    }
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
  return {
    index,
    relations,
    dangling,
    inference,
    workload: workloadKept,
    roles,
    names: { families, agreement, factor },
    ties,
    adjacency,
    weights,
  };
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
