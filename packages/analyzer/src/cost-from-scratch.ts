import type { CostTotals } from './cost-types.js';
import type { EvidenceGraph } from './evidence-graph.js';

/**
 * The figures of a placement (`place`: a service id per table, negative when shared) derived from
 * scratch, for checking the incremental ones (CostLedger).
 */
export function costFromScratch(
  ev: EvidenceGraph,
  place: Int32Array,
  resolution: number,
  services: number,
): CostTotals {
  const totalCalls = ev.workload.statements.reduce((a, s) => a + s.calls, 0);
  const totalTransactions = ev.workload.transactions.reduce((a, t) => a + t.count, 0);
  let crossFks = 0;
  let crossInferred = 0;
  ev.relations.forEach((rel) => {
    if (rel.child === rel.parent || rel.confidence < 0.5) return;
    const a = place[rel.child]!;
    const b = place[rel.parent]!;
    if (a >= 0 && b >= 0 && a !== b) {
      if (rel.kind === 'declared') crossFks++;
      else crossInferred++;
    }
  });
  const spans = (tables: number[]) => new Set(tables.map((t) => place[t]!).filter((p) => p >= 0)).size;
  const crossing = <T>(
    items: T[],
    tables: (x: T) => number[],
    weight: (x: T) => number,
  ): [number, number] => {
    let count = 0;
    let total = 0;
    for (const x of items) {
      const ts = tables(x);
      if (ts.length > 1 && spans(ts) > 1) {
        count++;
        total += weight(x);
      }
    }
    return [count, total];
  };
  const [crossStatements, crossCalls] = crossing(
    ev.workload.statements,
    (s) => s.tables,
    (s) => s.calls,
  );
  const [distShapes, distCount] = crossing(
    ev.workload.transactions,
    (x) => x.writes,
    (x) => x.count,
  );
  let m = 0;
  const internal = new Map<number, number>();
  const degree = new Map<number, number>();
  for (const tie of ev.ties) {
    const a = place[tie.a]!;
    const b = place[tie.b]!;
    if (a < 0 || b < 0) continue;
    m += tie.weight;
    degree.set(a, (degree.get(a) ?? 0) + tie.weight);
    degree.set(b, (degree.get(b) ?? 0) + tie.weight);
    if (a === b) internal.set(a, (internal.get(a) ?? 0) + tie.weight);
  }
  let q = 0;
  if (m > 0) for (const [s, d] of degree) q += (internal.get(s) ?? 0) / m - resolution * (d / (2 * m)) ** 2;
  return {
    services: services,
    crossFks,
    crossInferredFks: crossInferred,
    crossJoinStatements: crossStatements,
    crossJoinCalls: crossCalls,
    crossJoinShare: totalCalls ? crossCalls / totalCalls : 0,
    distributedTransactionShapes: distShapes,
    distributedTransactions: distCount,
    distributedTransactionShare: totalTransactions ? distCount / totalTransactions : 0,
    modularity: q,
  };
}
