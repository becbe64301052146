import type { Workload } from '@seam/core';
import type { ObservedJoin } from './infer-fks.js';
import { resolveTable, type TableIndex } from './tables.js';

/** A workload statement reduced to table indexes. */
export interface ResolvedStatement {
  id: string;
  text: string;
  kind: string;
  calls: number;
  totalTimeMs: number;
  /** Distinct tables it touches (reads ∪ writes), sorted. */
  tables: number[];
  writes: number[];
}

export interface ResolvedTransaction {
  /** Tables written together, sorted. */
  writes: number[];
  count: number;
  statements: string[];
}

/** Co-occurrence of two tables, raw and normalised (cosine: c_ab / √(c_a·c_b), so hubs do not dominate). */
export interface CoOccurrence {
  a: number;
  b: number;
  raw: number;
  score: number;
}

export interface WorkloadEvidence {
  statements: ResolvedStatement[];
  transactions: ResolvedTransaction[];
  /** Distinct join predicates, in order of first appearance, with their calls summed. */
  joins: ObservedJoin[];
  coAccess: CoOccurrence[];
  coWrite: CoOccurrence[];
  /** Calls of statements that write each table (a write rate when the catalog has none). */
  writeCalls: Float64Array;
  /** Table references the snapshot does not know (the workload came from another schema?). */
  unknownTables: string[];
}

/** Statements touching more tables than this add only their join predicates as co-access pairs. */
const MAX_PAIRWISE_TABLES = 8;

function resolveAll(index: TableIndex, unknown: Set<string>, ...lists: string[][]): number[] {
  const out: number[] = [];
  for (const refs of lists)
    for (const ref of refs) {
      const t = resolveTable(index, ref);
      if (t === undefined) unknown.add(ref);
      else if (!out.includes(t)) out.push(t);
    }
  return out.sort((a, b) => a - b);
}

/**
 * Sums of a weight per unordered pair of tables, collected as a list and merged once at the end
 * (cheaper than a map updated per pair on large workloads). Within a pair, weights are summed in the
 * order they came, as a map would.
 */
class PairSums {
  private keys = new Float64Array(1024);
  private weights = new Float64Array(1024);
  private size = 0;
  constructor(private readonly n: number) {}

  add(a: number, b: number, w: number): void {
    if (a === b) return;
    if (this.size === this.keys.length) {
      const keys = new Float64Array(this.size * 2);
      keys.set(this.keys);
      this.keys = keys;
      const weights = new Float64Array(this.size * 2);
      weights.set(this.weights);
      this.weights = weights;
    }
    this.keys[this.size] = a < b ? a * this.n + b : b * this.n + a;
    this.weights[this.size++] = w;
  }

  /** Normalised by cosine over `totals`, sorted by pair. */
  cosine(totals: Float64Array): CoOccurrence[] {
    const { keys, weights, n } = this;
    // A stable sort of the positions by key keeps each pair's weights in arrival order.
    const order = new Uint32Array(this.size);
    for (let i = 0; i < order.length; i++) order[i] = i;
    order.sort((x, y) => keys[x]! - keys[y]! || x - y);
    const out: CoOccurrence[] = [];
    for (let i = 0; i < order.length; ) {
      const key = keys[order[i]!]!;
      let raw = 0;
      for (; i < order.length && keys[order[i]!] === key; i++) raw += weights[order[i]!]!;
      const a = Math.floor(key / n);
      const b = key - a * n;
      out.push({ a, b, raw, score: raw / Math.sqrt(totals[a]! * totals[b]!) });
    }
    return out;
  }
}

export function readWorkload(index: TableIndex, workload: Workload | undefined): WorkloadEvidence {
  const n = index.tables.length;
  const unknown = new Set<string>();
  const statements: ResolvedStatement[] = [];
  const joins: ObservedJoin[] = [];
  const writeCalls = new Float64Array(n);
  const accessTotals = new Float64Array(n);
  const accessPairs = new PairSums(n);
  // One entry per distinct predicate (calls summed): statements repeat the same joins.
  const joinsByPair = new Map<number, number[]>();
  for (const s of workload?.statements ?? []) {
    const writes = resolveAll(index, unknown, s.writes);
    const tables = s.reads.length ? resolveAll(index, unknown, s.reads, s.writes) : writes;
    const calls = Math.max(1, s.calls);
    statements.push({
      id: s.id,
      text: s.text,
      kind: s.kind,
      calls,
      totalTimeMs: s.totalTimeMs,
      tables,
      writes,
    });
    for (const w of writes) writeCalls[w]! += calls;
    for (const t of tables) accessTotals[t]! += calls;
    if (tables.length <= MAX_PAIRWISE_TABLES) {
      for (let i = 0; i < tables.length; i++)
        for (let j = i + 1; j < tables.length; j++) accessPairs.add(tables[i]!, tables[j]!, calls);
    }
    for (const [l, r] of s.joins) {
      const lt = resolveTable(index, l.table);
      const rt = resolveTable(index, r.table);
      if (lt === undefined || rt === undefined || lt === rt) continue;
      const pair = lt * n + rt;
      const seen = joinsByPair.get(pair);
      const at = seen?.find((i) => joins[i]!.left.column === l.column && joins[i]!.right.column === r.column);
      if (at !== undefined) joins[at]!.calls += calls;
      else {
        if (seen) seen.push(joins.length);
        else joinsByPair.set(pair, [joins.length]);
        joins.push({ left: { table: lt, column: l.column }, right: { table: rt, column: r.column }, calls });
      }
      if (tables.length > MAX_PAIRWISE_TABLES) accessPairs.add(lt, rt, calls);
    }
  }
  const transactions: ResolvedTransaction[] = [];
  const writeTotals = new Float64Array(n);
  const writePairs = new PairSums(n);
  for (const t of workload?.transactions ?? []) {
    const writes = resolveAll(index, unknown, t.writes);
    transactions.push({ writes, count: t.count, statements: t.statements ?? [] });
    for (const w of writes) writeTotals[w]! += t.count;
    if (writes.length <= 4 * MAX_PAIRWISE_TABLES) {
      for (let i = 0; i < writes.length; i++)
        for (let j = i + 1; j < writes.length; j++) writePairs.add(writes[i]!, writes[j]!, t.count);
    }
  }
  return {
    statements,
    transactions,
    joins,
    coAccess: accessPairs.cosine(accessTotals),
    coWrite: writePairs.cosine(writeTotals),
    writeCalls,
    unknownTables: [...unknown].sort(),
  };
}
