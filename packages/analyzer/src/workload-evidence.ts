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

function cosine(pairs: Map<number, number>, totals: Float64Array, n: number): CoOccurrence[] {
  const out: CoOccurrence[] = [];
  for (const [key, raw] of pairs) {
    const a = Math.floor(key / n);
    const b = key - a * n;
    out.push({ a, b, raw, score: raw / Math.sqrt(totals[a]! * totals[b]!) });
  }
  return out.sort((x, y) => x.a - y.a || x.b - y.b);
}

export function readWorkload(index: TableIndex, workload: Workload | undefined): WorkloadEvidence {
  const n = index.tables.length;
  const unknown = new Set<string>();
  const statements: ResolvedStatement[] = [];
  const joins: ObservedJoin[] = [];
  const writeCalls = new Float64Array(n);
  const accessTotals = new Float64Array(n);
  const accessPairs = new Map<number, number>();
  // One entry per distinct predicate (calls summed): statements repeat the same joins.
  const joinsByPair = new Map<number, number[]>();
  const addPair = (m: Map<number, number>, a: number, b: number, w: number) => {
    if (a === b) return;
    const key = a < b ? a * n + b : b * n + a;
    m.set(key, (m.get(key) ?? 0) + w);
  };
  for (const s of workload?.statements ?? []) {
    const tables = resolveAll(index, unknown, s.reads, s.writes);
    const writes = resolveAll(index, unknown, s.writes);
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
        for (let j = i + 1; j < tables.length; j++) addPair(accessPairs, tables[i]!, tables[j]!, calls);
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
      if (tables.length > MAX_PAIRWISE_TABLES) addPair(accessPairs, lt, rt, calls);
    }
  }
  const transactions: ResolvedTransaction[] = [];
  const writeTotals = new Float64Array(n);
  const writePairs = new Map<number, number>();
  for (const t of workload?.transactions ?? []) {
    const writes = resolveAll(index, unknown, t.writes);
    transactions.push({ writes, count: t.count, statements: t.statements ?? [] });
    for (const w of writes) writeTotals[w]! += t.count;
    if (writes.length <= 4 * MAX_PAIRWISE_TABLES) {
      for (let i = 0; i < writes.length; i++)
        for (let j = i + 1; j < writes.length; j++) addPair(writePairs, writes[i]!, writes[j]!, t.count);
    }
  }
  return {
    statements,
    transactions,
    joins,
    coAccess: cosine(accessPairs, accessTotals, n),
    coWrite: cosine(writePairs, writeTotals, n),
    writeCalls,
    unknownTables: [...unknown].sort(),
  };
}
