import type { CostTotals, PairCost } from './cost-types.js';
import type { EvidenceGraph } from './evidence-graph.js';

const PAIR = 1 << 20;

type PairFigures = Omit<PairCost, 'services'>;

function emptyPair(): PairFigures {
  return { fks: 0, inferredFks: 0, joinStatements: 0, joinCalls: 0, transactionShapes: 0, transactions: 0 };
}

/**
 * The plan's costs kept up to date incrementally over the placements (`place`: a service id per
 * table, negative when shared): moving a table changes only what touches it — its ties, references,
 * statements and transactions — so a move costs O(degree). `recompute()` derives the same figures
 * from scratch; tests hold the two equal after random edits.
 */
export class CostLedger {
  private readonly degree: Float64Array;
  private readonly internal: number[] = [];
  private readonly degreeSum: number[] = [];
  private m = 0;
  private readonly relationsOf: number[][];
  private readonly statementsOf: number[][];
  private readonly transactionsOf: number[][];
  private readonly statementServices: Map<number, number>[];
  private readonly transactionServices: Map<number, number>[];
  private readonly pairs = new Map<number, PairFigures>();
  private crossFks = 0;
  private crossInferred = 0;
  private crossStatements = 0;
  private crossCalls = 0;
  private distShapes = 0;
  private distCount = 0;
  private readonly totalCalls: number;
  private readonly totalTransactions: number;

  constructor(
    private readonly evidence: EvidenceGraph,
    private readonly place: Int32Array,
    private readonly resolution: number,
  ) {
    const n = evidence.index.tables.length;
    this.degree = new Float64Array(n);
    this.relationsOf = Array.from({ length: n }, () => []);
    evidence.relations.forEach((r, i) => {
      if (r.child === r.parent || r.confidence < 0.5) return;
      this.relationsOf[r.child]!.push(i);
      this.relationsOf[r.parent]!.push(i);
    });
    this.statementsOf = Array.from({ length: n }, () => []);
    evidence.workload.statements.forEach((s, i) => {
      if (s.tables.length > 1) for (const t of s.tables) this.statementsOf[t]!.push(i);
    });
    this.transactionsOf = Array.from({ length: n }, () => []);
    evidence.workload.transactions.forEach((tx, i) => {
      if (tx.writes.length > 1) for (const t of tx.writes) this.transactionsOf[t]!.push(i);
    });
    this.statementServices = evidence.workload.statements.map(() => new Map());
    this.transactionServices = evidence.workload.transactions.map(() => new Map());
    this.totalCalls = evidence.workload.statements.reduce((a, s) => a + s.calls, 0);
    this.totalTransactions = evidence.workload.transactions.reduce((a, t) => a + t.count, 0);
  }

  /** Room for one more service id. */
  addSlot(): void {
    this.internal.push(0);
    this.degreeSum.push(0);
  }

  /** Derives every incremental figure from the placements at once (cheaper than n single moves). */
  initialize(): void {
    const ev = this.evidence;
    for (const tie of ev.ties) {
      const a = this.place[tie.a]!;
      const b = this.place[tie.b]!;
      if (a < 0 || b < 0) continue;
      this.m += tie.weight;
      this.degree[tie.a]! += tie.weight;
      this.degree[tie.b]! += tie.weight;
      this.degreeSum[a]! += tie.weight;
      this.degreeSum[b]! += tie.weight;
      if (a === b) this.internal[a]! += tie.weight;
    }
    ev.relations.forEach((rel, r) => {
      if (rel.child === rel.parent || rel.confidence < 0.5) return;
      const cross = this.relationCross(r);
      if (cross) this.countRelation(r, cross, 1);
    });
    const span = (tables: number[], counts: Map<number, number>) => {
      for (const t of tables) {
        const p = this.place[t]!;
        if (p >= 0) counts.set(p, (counts.get(p) ?? 0) + 1);
      }
      return [...counts.keys()];
    };
    ev.workload.statements.forEach((s, i) => {
      if (s.tables.length > 1) this.countStatement(i, span(s.tables, this.statementServices[i]!), 1);
    });
    ev.workload.transactions.forEach((tx, i) => {
      if (tx.writes.length > 1) this.countTransaction(i, span(tx.writes, this.transactionServices[i]!), 1);
    });
  }

  /** The totals; `names` holds a name per live service id, `services` how many there are. */
  totals(names: readonly (string | undefined)[], services: number): CostTotals {
    let q = 0;
    for (let s = 0; s < names.length; s++) if (names[s] !== undefined) q += this.modularityTerm(s);
    return {
      services,
      crossFks: this.crossFks,
      crossInferredFks: this.crossInferred,
      crossJoinStatements: this.crossStatements,
      crossJoinCalls: this.crossCalls,
      crossJoinShare: this.totalCalls ? this.crossCalls / this.totalCalls : 0,
      distributedTransactionShapes: this.distShapes,
      distributedTransactions: this.distCount,
      distributedTransactionShare: this.totalTransactions ? this.distCount / this.totalTransactions : 0,
      modularity: q,
    };
  }

  /** The Louvain gain of placing table `t` in service `s`, given its ties into `s` (see CostModel.affinity). */
  affinity(t: number, s: number, tieWeight: number): number {
    if (this.m <= 0) return tieWeight;
    const k = this.degree[t]!;
    const total = this.degreeSum[s]! - (this.place[t] === s ? k : 0);
    return tieWeight - (this.resolution * k * total) / (2 * this.m);
  }

  /** The sum of the tie weight of a service's tables (ties leaving it included). */
  degreeOf(s: number): number {
    return this.degreeSum[s]!;
  }

  modularityTerm(s: number): number {
    if (this.m <= 0) return 0;
    return this.internal[s]! / this.m - this.resolution * (this.degreeSum[s]! / (2 * this.m)) ** 2;
  }

  /** A service's tie weights, modularity term and what crosses from it to the others. */
  serviceCosts(id: number): {
    internalWeight: number;
    externalWeight: number;
    modularity: number;
    crossFks: number;
    crossJoinCalls: number;
    distributedTransactions: number;
  } {
    let crossFks = 0;
    let crossJoinCalls = 0;
    let distributed = 0;
    for (const [key, p] of this.pairs) {
      const a = Math.floor(key / PAIR);
      const b = key - a * PAIR;
      if (a !== id && b !== id) continue;
      crossFks += p.fks;
      crossJoinCalls += p.joinCalls;
      distributed += p.transactions;
    }
    return {
      internalWeight: this.internal[id]!,
      externalWeight: this.degreeSum[id]! - 2 * this.internal[id]!,
      modularity: this.modularityTerm(id),
      crossFks,
      crossJoinCalls,
      distributedTransactions: distributed,
    };
  }

  /** Costs between each pair of live services that share anything, costliest first. */
  pairCosts(names: readonly (string | undefined)[]): PairCost[] {
    const out: PairCost[] = [];
    for (const [key, p] of this.pairs) {
      const a = Math.floor(key / PAIR);
      const b = key - a * PAIR;
      const na = names[a];
      const nb = names[b];
      if (na === undefined || nb === undefined) continue;
      if (!p.fks && !p.inferredFks && !p.joinStatements && !p.transactionShapes) continue;
      out.push({ services: na < nb ? [na, nb] : [nb, na], ...p });
    }
    return out.sort(
      (x, y) =>
        y.fks +
          y.inferredFks +
          y.joinStatements +
          y.transactionShapes -
          (x.fks + x.inferredFks + x.joinStatements + x.transactionShapes) ||
        y.joinCalls - x.joinCalls ||
        (x.services.join() < y.services.join() ? -1 : 1),
    );
  }

  /** Indexes of the references, statements and transactions between `tables` (one service's) and service `other`. */
  crossing(
    tables: Iterable<number>,
    other: number,
  ): { relations: number[]; statements: number[]; transactions: number[] } {
    const relations = new Set<number>();
    const statements = new Set<number>();
    const transactions = new Set<number>();
    for (const t of tables) {
      for (const r of this.relationsOf[t]!) {
        const rel = this.evidence.relations[r]!;
        const u = rel.child === t ? rel.parent : rel.child;
        if (this.place[u] === other) relations.add(r);
      }
      for (const s of this.statementsOf[t]!) if (this.statementServices[s]!.has(other)) statements.add(s);
      for (const x of this.transactionsOf[t]!)
        if (this.transactionServices[x]!.has(other)) transactions.add(x);
    }
    const sorted = (set: Set<number>) => [...set].sort((x, y) => x - y);
    return {
      relations: sorted(relations),
      statements: sorted(statements),
      transactions: sorted(transactions),
    };
  }

  /** Moves table `t` to `to` in `place`; every figure that depends on it is updated from its incident evidence. */
  move(t: number, to: number): void {
    const from = this.place[t]!;
    const ev = this.evidence;
    const crossBefore = this.relationsOf[t]!.map((r) => this.relationCross(r));
    // Modularity bookkeeping: take t out of the owned subgraph, then put it back in `to`.
    if (from >= 0) {
      for (const [u, tie] of ev.adjacency[t]!) {
        const su = this.place[u]!;
        if (su < 0) continue;
        const w = ev.ties[tie]!.weight;
        if (su === from) this.internal[from]! -= w;
        this.degree[u]! -= w;
        this.degreeSum[su]! -= w;
        this.m -= w;
      }
      this.degreeSum[from]! -= this.degree[t]!;
      this.degree[t] = 0;
    }
    this.place[t] = to;
    if (to >= 0) {
      let k = 0;
      for (const [u, tie] of ev.adjacency[t]!) {
        const su = this.place[u]!;
        if (su < 0) continue;
        const w = ev.ties[tie]!.weight;
        if (su === to) this.internal[to]! += w;
        this.degree[u]! += w;
        this.degreeSum[su]! += w;
        this.m += w;
        k += w;
      }
      this.degree[t] = k;
      this.degreeSum[to]! += k;
    }
    // References.
    this.relationsOf[t]!.forEach((r, i) => {
      const before = crossBefore[i]!;
      const after = this.relationCross(r);
      if (before) this.countRelation(r, before, -1);
      if (after) this.countRelation(r, after, 1);
    });
    // Statements and transactions: services each one spans.
    for (const s of this.statementsOf[t]!)
      this.respan(this.statementServices[s]!, from, to, (services, sign) =>
        this.countStatement(s, services, sign),
      );
    for (const x of this.transactionsOf[t]!)
      this.respan(this.transactionServices[x]!, from, to, (services, sign) =>
        this.countTransaction(x, services, sign),
      );
  }

  /** Adds (sign 1) or removes (-1) a reference that crosses between two services. */
  private countRelation(r: number, services: [number, number], sign: 1 | -1): void {
    const p = this.pair(services[0], services[1]);
    if (this.evidence.relations[r]!.kind === 'declared') {
      p.fks += sign;
      this.crossFks += sign;
    } else {
      p.inferredFks += sign;
      this.crossInferred += sign;
    }
  }

  /** Adds or removes a statement's cost given the services it spans (nothing unless two or more). */
  private countStatement(s: number, services: number[], sign: 1 | -1): void {
    if (services.length < 2) return;
    const calls = this.evidence.workload.statements[s]!.calls;
    this.crossStatements += sign;
    this.crossCalls += sign * calls;
    this.eachPair(services, (p) => {
      p.joinStatements += sign;
      p.joinCalls += sign * calls;
    });
  }

  private countTransaction(x: number, services: number[], sign: 1 | -1): void {
    if (services.length < 2) return;
    const count = this.evidence.workload.transactions[x]!.count;
    this.distShapes += sign;
    this.distCount += sign * count;
    this.eachPair(services, (p) => {
      p.transactionShapes += sign;
      p.transactions += sign * count;
    });
  }

  private respan(
    counts: Map<number, number>,
    from: number,
    to: number,
    account: (services: number[], sign: 1 | -1) => void,
  ): void {
    if (counts.size >= 2) account([...counts.keys()], -1);
    if (from >= 0) {
      const c = counts.get(from)! - 1;
      if (c === 0) counts.delete(from);
      else counts.set(from, c);
    }
    if (to >= 0) counts.set(to, (counts.get(to) ?? 0) + 1);
    if (counts.size >= 2) account([...counts.keys()], 1);
  }

  private eachPair(services: number[], fn: (p: PairFigures) => void): void {
    for (let i = 0; i < services.length; i++)
      for (let j = i + 1; j < services.length; j++) fn(this.pair(services[i]!, services[j]!));
  }

  private pair(a: number, b: number): PairFigures {
    const key = a < b ? a * PAIR + b : b * PAIR + a;
    let p = this.pairs.get(key);
    if (!p) {
      p = emptyPair();
      this.pairs.set(key, p);
    }
    return p;
  }

  private relationCross(r: number): [number, number] | null {
    const rel = this.evidence.relations[r]!;
    const a = this.place[rel.child]!;
    const b = this.place[rel.parent]!;
    return a >= 0 && b >= 0 && a !== b ? [a, b] : null;
  }
}
