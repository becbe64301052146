import {
  type Assignment,
  type PlanTable,
  SeamError,
  type ServiceTarget,
  type TableKey,
  type TableRole,
} from '@seam/core';
import type { EvidenceGraph } from './evidence-graph.js';

/** The figures a plan costs; every edit reports them before, after and the difference. */
export interface CostTotals {
  services: number;
  /** Declared foreign keys between tables of different services. */
  crossFks: number;
  /** Inferred references (confidence ≥ 0.5) between tables of different services. */
  crossInferredFks: number;
  /** Workload statements whose tables lie in more than one service, and their calls. */
  crossJoinStatements: number;
  crossJoinCalls: number;
  /** crossJoinCalls / all calls (0 without a workload). */
  crossJoinShare: number;
  /** Transaction shapes whose written tables lie in more than one service, and how many ran. */
  distributedTransactionShapes: number;
  distributedTransactions: number;
  /** distributedTransactions / all transactions (0 without transactions). */
  distributedTransactionShare: number;
  /** Newman modularity of the services over the tie graph of service-owned tables (at the plan's resolution). */
  modularity: number;
}

export interface EditResult {
  before: CostTotals;
  after: CostTotals;
  delta: CostTotals;
}

export type SharedRole = 'reference' | 'technical';

/**
 * An edit of the plan. Tables are table keys, services are names.
 * - move: tables to a service (created when it does not exist); a shared table becomes owned.
 * - share: tables out of their services, as replicated reference data or set-aside technical tables.
 * - create / rename / merge / split: services.
 * - pin: a table to a service (moving it there), or unpin with `service: null`.
 * - together / apart: add (or with `remove: true`, drop) a constraint; no table moves.
 * - target: where a service's database lives (engine, database, schema), or null to clear; no table moves.
 * - alias: a table's name in its service's database (`as:` in plan.yaml), or null for its own name.
 */
export type Edit =
  | { op: 'move'; tables: TableKey[]; to: string }
  | { op: 'share'; tables: TableKey[]; as: SharedRole }
  | { op: 'create'; service: string }
  | { op: 'rename'; service: string; to: string }
  | { op: 'merge'; services: string[]; into: string }
  | { op: 'split'; service: string; tables: TableKey[]; into: string }
  | { op: 'pin'; table: TableKey; service: string | null }
  | { op: 'together'; tables: TableKey[]; remove?: boolean }
  | { op: 'apart'; tables: [TableKey, TableKey]; remove?: boolean }
  | { op: 'target'; service: string; target: ServiceTarget | null }
  | { op: 'alias'; table: TableKey; as: string | null };

/** What plan.yaml says of a service besides its tables; follows the service through renames. */
export interface ServiceMeta {
  description?: string;
  target?: ServiceTarget;
  /** Entries of tables split by columns whose first owner is another service (kept as written). */
  columnSplits?: PlanTable[];
}

export interface PlanConstraints {
  pins: Map<TableKey, string>;
  together: TableKey[][];
  apart: Array<[TableKey, TableKey]>;
}

export interface PairCost {
  services: [string, string];
  fks: number;
  inferredFks: number;
  joinStatements: number;
  joinCalls: number;
  transactionShapes: number;
  transactions: number;
}

export interface ServiceFigures {
  name: string;
  tables: number;
  rows: number;
  bytes: number;
  /** Catalog write counters summed (per second where the window is known, else raw counts). */
  writes: number;
  /** Tie weight inside the service and leaving it. */
  internalWeight: number;
  externalWeight: number;
  /** The service's term of the plan's modularity: L_c/m − γ(D_c/2m)². */
  modularity: number;
  crossFks: number;
  crossJoinCalls: number;
  distributedTransactions: number;
}

const REFERENCE = -1;
const TECHNICAL = -2;
const PAIR = 1 << 20;
const SERVICE_NAME = /^[a-z][a-z0-9_-]{0,62}$/u;

function emptyPair(): Omit<PairCost, 'services'> {
  return { fks: 0, inferredFks: 0, joinStatements: 0, joinCalls: 0, transactionShapes: 0, transactions: 0 };
}

interface Saved {
  placements: Array<[number, number]>;
  names: (string | undefined)[];
  meta: (ServiceMeta | undefined)[];
  aliases: Map<number, string>;
  roles: Map<number, TableRole>;
  constraints: PlanConstraints;
}

function editError(message: string, hint?: string): SeamError {
  return new SeamError('SEAM_EDIT_INVALID', message, hint ? { hint } : {});
}

/**
 * The plan being edited, with its costs kept up to date: every edit changes only what touches the
 * moved tables (their ties, references, statements and transactions), so a move costs O(degree).
 * `recompute()` derives the same figures from scratch; tests hold the two equal after random edits.
 */
export class CostModel {
  readonly evidence: EvidenceGraph;
  readonly resolution: number;
  private readonly place: Int32Array;
  private names: (string | undefined)[] = [];
  /** Per service id, its description and target. */
  private meta: (ServiceMeta | undefined)[] = [];
  /** Table index → its name in the service's database, when not its own. */
  private aliases = new Map<number, string>();
  private readonly byName = new Map<string, number>();
  private members: Set<number>[] = [];
  /** Role overrides (a shared table moved into a service, an owned table shared). */
  private roleOverride = new Map<number, TableRole>();
  private constraintState: PlanConstraints = { pins: new Map(), together: [], apart: [] };
  private readonly history: Saved[] = [];
  /** Edits undone, most recent last: what `redo()` puts back. */
  private future: Saved[] = [];

  // Incremental state.
  private readonly degree: Float64Array;
  private internal: number[] = [];
  private degreeSum: number[] = [];
  private m = 0;
  private readonly relationsOf: number[][];
  private readonly statementsOf: number[][];
  private readonly transactionsOf: number[][];
  private readonly statementServices: Map<number, number>[];
  private readonly transactionServices: Map<number, number>[];
  private readonly pairs = new Map<number, Omit<PairCost, 'services'>>();
  private crossFks = 0;
  private crossInferred = 0;
  private crossStatements = 0;
  private crossCalls = 0;
  private distShapes = 0;
  private distCount = 0;
  private readonly totalCalls: number;
  private readonly totalTransactions: number;

  /**
   * @param assignment one entry per table index: a service name, or 'reference' / 'technical'.
   * @param services services to have even without a table (a plan's empty services).
   */
  constructor(
    evidence: EvidenceGraph,
    assignment: Array<string | SharedRole>,
    resolution = 1,
    services: string[] = [],
  ) {
    this.evidence = evidence;
    this.resolution = resolution;
    const n = evidence.index.tables.length;
    this.place = new Int32Array(n).fill(TECHNICAL);
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
    if (assignment.length !== n)
      throw new SeamError('SEAM_INTERNAL', 'assignment does not cover every table');
    assignment.forEach((a, t) => {
      const p = a === 'reference' ? REFERENCE : a === 'technical' ? TECHNICAL : this.serviceId(a, true);
      this.place[t] = p;
      if (p >= 0) this.members[p]!.add(t);
    });
    for (const name of services) this.serviceId(name, true);
    this.initialize();
  }

  /** Derives every incremental figure from the placements at once (cheaper than n single moves). */
  private initialize(): void {
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

  // ---- reading -------------------------------------------------------------------------------

  get tableCount(): number {
    return this.place.length;
  }

  keyOf(table: number): TableKey {
    return this.evidence.index.tables[table]!.key;
  }

  indexOf(key: TableKey): number {
    const t = this.evidence.index.byKey.get(key);
    if (t === undefined)
      throw editError(
        `There is no table ${key} in the snapshot.`,
        'Name tables as schema.table, as in plan.yaml.',
      );
    return t;
  }

  /** Service names, sorted. */
  services(): string[] {
    return this.names.filter((x): x is string => x !== undefined).sort();
  }

  /** Where a table is: its service, or its shared role. */
  assignment(key: TableKey): Assignment {
    return this.assignmentOf(this.indexOf(key));
  }

  assignmentOf(t: number): Assignment {
    const p = this.place[t]!;
    if (p === REFERENCE) return { kind: 'reference' };
    if (p === TECHNICAL) return { kind: 'technical' };
    return { kind: 'service', service: this.names[p]! };
  }

  serviceIndexOf(t: number): number {
    return this.place[t]!;
  }

  serviceName(id: number): string | undefined {
    return this.names[id];
  }

  /** The tables of a service, sorted by key. */
  tablesOf(service: string): TableKey[] {
    const id = this.byName.get(service);
    if (id === undefined) throw editError(`There is no service "${service}".`);
    return [...this.members[id]!].sort((a, b) => a - b).map((t) => this.keyOf(t));
  }

  /** Tables set aside with a shared role, sorted. */
  shared(role: SharedRole): TableKey[] {
    const want = role === 'reference' ? REFERENCE : TECHNICAL;
    const out: TableKey[] = [];
    for (let t = 0; t < this.place.length; t++) if (this.place[t] === want) out.push(this.keyOf(t));
    return out;
  }

  /** The table's role in the plan: its analysed role, unless an edit changed where it lives. */
  roleOf(t: number): TableRole {
    return this.roleOverride.get(t) ?? this.evidence.roles[t]!.role;
  }

  /** A service's description and target (empty when the plan gives none). */
  serviceMeta(service: string): ServiceMeta {
    const id = this.byName.get(service);
    return (id === undefined ? undefined : this.meta[id]) ?? {};
  }

  /** The table's name in its service's database, when the plan gives one (`as:`). */
  aliasOf(t: number): string | undefined {
    return this.aliases.get(t);
  }

  /** Sets what plan.yaml said of a service and its tables when the plan is opened; not an edit. */
  setPlanState(services: Map<string, ServiceMeta>, aliases: Map<TableKey, string>): void {
    for (const [name, m] of services) {
      const id = this.byName.get(name);
      if (id !== undefined) this.meta[id] = { ...m };
    }
    for (const [key, as] of aliases)
      if (this.evidence.index.byKey.has(key)) this.aliases.set(this.indexOf(key), as);
  }

  constraints(): PlanConstraints {
    const c = this.constraintState;
    return {
      pins: new Map(c.pins),
      together: c.together.map((g) => [...g]),
      apart: c.apart.map((p) => [p[0], p[1]]),
    };
  }

  /** Constraints the current placement breaks (after a manual move, say). */
  violations(): { kind: 'pin' | 'together' | 'apart'; tables: TableKey[]; reason: string }[] {
    const out: { kind: 'pin' | 'together' | 'apart'; tables: TableKey[]; reason: string }[] = [];
    const where = (k: TableKey) => {
      const a = this.assignment(k);
      return a.kind === 'service' ? a.service : a.kind;
    };
    for (const [table, service] of this.constraintState.pins)
      if (where(table) !== service)
        out.push({ kind: 'pin', tables: [table], reason: `pinned to ${service}, placed in ${where(table)}` });
    for (const group of this.constraintState.together) {
      const places = new Set(group.map(where));
      if (places.size > 1)
        out.push({ kind: 'together', tables: group, reason: `spread over ${[...places].sort().join(', ')}` });
    }
    for (const pair of this.constraintState.apart)
      if (where(pair[0]) === where(pair[1]))
        out.push({ kind: 'apart', tables: [...pair], reason: `both in ${where(pair[0])}` });
    return out;
  }

  cost(): CostTotals {
    let q = 0;
    for (let s = 0; s < this.names.length; s++) if (this.names[s] !== undefined) q += this.modularityTerm(s);
    return {
      services: this.byName.size,
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

  /**
   * What placing a table in a service is worth to the plan's modularity, in tie weight: its ties into
   * the service less what its degree would draw from the service's total by chance (the Louvain gain).
   */
  affinity(t: number, service: string, tieWeight: number): number {
    const s = this.byName.get(service);
    if (s === undefined || this.m <= 0) return tieWeight;
    const k = this.degree[t]!;
    const total = this.degreeSum[s]! - (this.place[t] === s ? k : 0);
    return tieWeight - (this.resolution * k * total) / (2 * this.m);
  }

  /** The sum of the tie weight of a service's tables (ties leaving it included). */
  serviceDegree(service: string): number {
    const s = this.byName.get(service);
    return s === undefined ? 0 : this.degreeSum[s]!;
  }

  private modularityTerm(s: number): number {
    if (this.m <= 0) return 0;
    return this.internal[s]! / this.m - this.resolution * (this.degreeSum[s]! / (2 * this.m)) ** 2;
  }

  /** Costs between each pair of services that share anything, costliest first. */
  pairCosts(): PairCost[] {
    const out: PairCost[] = [];
    for (const [key, p] of this.pairs) {
      const a = Math.floor(key / PAIR);
      const b = key - a * PAIR;
      const na = this.names[a];
      const nb = this.names[b];
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

  /**
   * What lies between two services: indexes of the references, statements and transactions that touch
   * both. Reads only the smaller service's tables and their incident evidence.
   */
  crossing(a: string, b: string): { relations: number[]; statements: number[]; transactions: number[] } {
    const ia = this.byName.get(a);
    const ib = this.byName.get(b);
    if (ia === undefined) throw editError(`There is no service "${a}".`);
    if (ib === undefined) throw editError(`There is no service "${b}".`);
    const [small, other] = this.members[ia]!.size <= this.members[ib]!.size ? [ia, ib] : [ib, ia];
    const relations = new Set<number>();
    const statements = new Set<number>();
    const transactions = new Set<number>();
    for (const t of this.members[small]!) {
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

  serviceFigures(service: string): ServiceFigures {
    const id = this.byName.get(service);
    if (id === undefined) throw editError(`There is no service "${service}".`);
    let rows = 0;
    let bytes = 0;
    let writes = 0;
    for (const t of this.members[id]!) {
      const info = this.evidence.index.tables[t]!;
      rows += info.rows;
      bytes += info.bytes;
      writes += info.writesPerSecond ?? info.writes;
    }
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
      name: service,
      tables: this.members[id]!.size,
      rows,
      bytes,
      writes,
      internalWeight: this.internal[id]!,
      externalWeight: this.degreeSum[id]! - 2 * this.internal[id]!,
      modularity: this.modularityTerm(id),
      crossFks,
      crossJoinCalls,
      distributedTransactions: distributed,
    };
  }

  // ---- editing -------------------------------------------------------------------------------

  /** The cost an edit would give, without keeping it (what can be redone stays). */
  preview(edit: Edit): EditResult {
    const result = this.applyEdit(edit);
    this.restore(this.history.pop()!);
    return result;
  }

  /** Applies an edit and returns the cost before and after; `undo()` reverts it. Clears what could be redone. */
  apply(edit: Edit): EditResult {
    const result = this.applyEdit(edit);
    this.future = [];
    return result;
  }

  private applyEdit(edit: Edit): EditResult {
    const before = this.cost();
    const saved = this.saved();
    const move = (t: number, to: number) => {
      if (this.place[t] === to) return;
      saved.placements.push([t, this.place[t]!]);
      this.assign(t, to);
    };
    try {
      this.edit(edit, move);
    } catch (error) {
      this.restore(saved);
      throw error;
    }
    this.history.push(saved);
    return this.result(before);
  }

  /** Reverts the last edit; null when there is none. `redo()` puts it back. */
  undo(): EditResult | null {
    return this.travel(this.history, this.future);
  }

  /** Applies again the edit the last `undo()` reverted; null when there is none. */
  redo(): EditResult | null {
    return this.travel(this.future, this.history);
  }

  /** Restores the last state saved on `from`, saving the state it leaves on `to`. */
  private travel(from: Saved[], to: Saved[]): EditResult | null {
    const saved = from.pop();
    if (!saved) return null;
    const before = this.cost();
    to.push(this.saved(saved.placements.map(([t]) => [t, this.place[t]!])));
    this.restore(saved);
    return this.result(before);
  }

  /** How many edits can be undone. */
  get depth(): number {
    return this.history.length;
  }

  /** How many undone edits can be redone. */
  get redoDepth(): number {
    return this.future.length;
  }

  /** Replaces every placement at once (re-clustering); undoable like an edit. */
  reassign(assignment: Array<string | SharedRole>): EditResult {
    const before = this.cost();
    const saved = this.saved();
    assignment.forEach((a, t) => {
      const to = a === 'reference' ? REFERENCE : a === 'technical' ? TECHNICAL : this.serviceId(a, true);
      if (this.place[t] !== to) {
        saved.placements.push([t, this.place[t]!]);
        this.assign(t, to);
      }
    });
    for (let s = 0; s < this.names.length; s++)
      if (this.names[s] !== undefined && this.members[s]!.size === 0) this.dropService(s);
    this.history.push(saved);
    this.future = [];
    return this.result(before);
  }

  /**
   * Sets the role of tables whose plan role differs from the analysed one (a lookup owned by the one
   * service that reads it, a table the plan shares). Not an edit: for building the model from a plan.
   */
  setRoles(roles: Map<number, TableRole>): void {
    this.roleOverride = new Map();
    for (const [t, role] of roles) if (role !== this.evidence.roles[t]!.role) this.roleOverride.set(t, role);
  }

  setConstraints(constraints: PlanConstraints): void {
    this.constraintState = {
      pins: new Map(constraints.pins),
      together: constraints.together.map((g) => [...g]),
      apart: constraints.apart.map((p) => [p[0], p[1]]),
    };
  }

  private result(before: CostTotals): EditResult {
    const after = this.cost();
    const delta = Object.fromEntries(
      Object.keys(after).map((k) => [k, after[k as keyof CostTotals] - before[k as keyof CostTotals]]),
    ) as unknown as CostTotals;
    return { before, after, delta };
  }

  /** The state an edit may change, to restore on undo (placements are added as the edit moves tables). */
  private saved(placements: Array<[number, number]> = []): Saved {
    return {
      placements,
      names: [...this.names],
      meta: [...this.meta],
      aliases: new Map(this.aliases),
      roles: new Map(this.roleOverride),
      constraints: this.constraints(),
    };
  }

  private restore(saved: Saved): void {
    // Names first, so that placements can refer to services that the edit removed.
    for (let s = 0; s < saved.names.length; s++) {
      const name = saved.names[s];
      if (name !== undefined && this.names[s] !== name) {
        if (this.names[s] !== undefined) this.byName.delete(this.names[s]!);
        this.names[s] = name;
        this.byName.set(name, s);
        this.ensureSlot(s);
      }
    }
    for (let i = saved.placements.length - 1; i >= 0; i--) {
      const [t, p] = saved.placements[i]!;
      this.assign(t, p);
    }
    for (let s = 0; s < this.names.length; s++) {
      if (saved.names[s] === undefined && this.names[s] !== undefined) {
        this.byName.delete(this.names[s]!);
        this.names[s] = undefined;
      }
    }
    this.meta = saved.meta;
    this.aliases = saved.aliases;
    this.roleOverride = saved.roles;
    this.constraintState = saved.constraints;
  }

  private edit(edit: Edit, move: (t: number, to: number) => void): void {
    const tables = (keys: TableKey[]) => {
      if (!Array.isArray(keys) || keys.length === 0) throw editError('The edit names no table.');
      return keys.map((k) => this.indexOf(k));
    };
    const existing = (name: string) => {
      const id = this.byName.get(name);
      if (id === undefined)
        throw editError(`There is no service "${name}".`, `Services: ${this.services().join(', ')}.`);
      return id;
    };
    // A table a service owns is not shared: one analysed as reference or technical becomes an entity.
    const own = (t: number) => {
      const analysed = this.evidence.roles[t]!.role;
      if (analysed === 'reference' || analysed === 'technical') this.roleOverride.set(t, 'entity');
      else this.roleOverride.delete(t);
    };
    switch (edit.op) {
      case 'move': {
        const ts = tables(edit.tables);
        const to = this.serviceId(edit.to, true);
        for (const t of ts) {
          own(t);
          move(t, to);
        }
        break;
      }
      case 'share': {
        if (edit.as !== 'reference' && edit.as !== 'technical')
          throw editError('share needs `as: reference` or `as: technical`.');
        for (const t of tables(edit.tables)) {
          if (this.evidence.roles[t]!.role !== edit.as) this.roleOverride.set(t, edit.as);
          else this.roleOverride.delete(t);
          move(t, edit.as === 'reference' ? REFERENCE : TECHNICAL);
        }
        for (const k of [...this.constraintState.pins.keys()])
          if (this.evidence.index.byKey.has(k) && this.place[this.indexOf(k)]! < 0)
            this.constraintState.pins.delete(k);
        break;
      }
      case 'create': {
        if (this.byName.has(edit.service)) throw editError(`Service "${edit.service}" exists already.`);
        this.serviceId(edit.service, true);
        break;
      }
      case 'rename': {
        const id = existing(edit.service);
        if (edit.to === edit.service) break;
        if (this.byName.has(edit.to))
          throw editError(`Service "${edit.to}" exists already.`, 'Merge the two services instead.');
        checkServiceName(edit.to);
        this.byName.delete(edit.service);
        this.names[id] = edit.to;
        this.byName.set(edit.to, id);
        for (const [k, s] of this.constraintState.pins)
          if (s === edit.service) this.constraintState.pins.set(k, edit.to);
        break;
      }
      case 'merge': {
        if (!Array.isArray(edit.services) || edit.services.length === 0)
          throw editError('merge names no service.');
        const ids = edit.services.map(existing);
        const into = this.serviceId(edit.into, true);
        for (const id of ids) {
          if (id === into) continue;
          for (const t of [...this.members[id]!].sort((a, b) => a - b)) move(t, into);
          for (const [k, s] of this.constraintState.pins)
            if (s === this.names[id]) this.constraintState.pins.set(k, edit.into);
          const splits = this.meta[id]?.columnSplits;
          if (splits?.length) {
            const kept = this.meta[into] ?? {};
            this.meta[into] = { ...kept, columnSplits: [...(kept.columnSplits ?? []), ...splits] };
          }
          this.dropService(id);
        }
        break;
      }
      case 'split': {
        const from = existing(edit.service);
        const ts = tables(edit.tables);
        for (const t of ts)
          if (this.place[t] !== from)
            throw editError(`${this.keyOf(t)} is not in service "${edit.service}".`);
        const into = this.serviceId(edit.into, true);
        for (const t of ts) move(t, into);
        break;
      }
      case 'pin': {
        const t = tables([edit.table])[0]!;
        if (edit.service === null) {
          this.constraintState.pins.delete(edit.table);
          break;
        }
        const to = this.serviceId(edit.service, true);
        own(t);
        move(t, to);
        this.constraintState.pins.set(edit.table, edit.service);
        break;
      }
      case 'together': {
        const ts = tables(edit.tables);
        const group = [...new Set(ts.map((t) => this.keyOf(t)))].sort();
        if (group.length < 2) throw editError('together needs two tables or more.');
        const same = (g: TableKey[]) => g.length === group.length && g.every((k, i) => k === group[i]);
        this.constraintState.together = this.constraintState.together.filter((g) => !same([...g].sort()));
        if (!edit.remove) this.constraintState.together.push(group);
        break;
      }
      case 'apart': {
        const ts = tables(edit.tables);
        if (ts.length !== 2 || ts[0] === ts[1]) throw editError('apart needs two different tables.');
        const pair = [this.keyOf(ts[0]!), this.keyOf(ts[1]!)].sort() as [TableKey, TableKey];
        this.constraintState.apart = this.constraintState.apart.filter(
          (p) => !(p[0] === pair[0] && p[1] === pair[1]) && !(p[0] === pair[1] && p[1] === pair[0]),
        );
        if (!edit.remove) this.constraintState.apart.push(pair);
        break;
      }
      case 'target': {
        const id = existing(edit.service);
        const { target: _old, ...rest } = this.meta[id] ?? {};
        this.meta[id] = edit.target ? { ...rest, target: { ...edit.target } } : rest;
        break;
      }
      case 'alias': {
        const t = tables([edit.table])[0]!;
        if (edit.as === null || edit.as === this.evidence.index.tables[t]!.table.name) this.aliases.delete(t);
        else if (typeof edit.as !== 'string' || edit.as.trim() === '')
          throw editError(
            'alias needs a name.',
            'Give the name the table takes in its service, or none to keep its own.',
          );
        else this.aliases.set(t, edit.as);
        break;
      }
      default:
        throw editError(`Unknown edit ${JSON.stringify((edit as { op?: unknown }).op)}.`);
    }
  }

  private ensureSlot(id: number): void {
    while (this.members.length <= id) {
      this.members.push(new Set());
      this.internal.push(0);
      this.degreeSum.push(0);
    }
  }

  private serviceId(name: string, create: boolean): number {
    const id = this.byName.get(name);
    if (id !== undefined) return id;
    if (!create) throw editError(`There is no service "${name}".`);
    checkServiceName(name);
    const fresh = this.names.length;
    this.names.push(name);
    this.byName.set(name, fresh);
    this.ensureSlot(fresh);
    return fresh;
  }

  private dropService(id: number): void {
    const name = this.names[id];
    if (name === undefined) return;
    if (this.members[id]!.size > 0) throw new SeamError('SEAM_INTERNAL', `service ${name} is not empty`);
    this.byName.delete(name);
    this.names[id] = undefined;
    this.meta[id] = undefined;
  }

  /** Moves one table; every figure that depends on it is updated from its incident evidence. */
  private assign(t: number, to: number): void {
    const from = this.place[t]!;
    if (from === to) {
      if (to >= 0) this.members[to]!.add(t);
      return;
    }
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
      this.members[from]!.delete(t);
    }
    this.place[t] = to;
    if (to >= 0) {
      this.members[to]!.add(t);
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

  private eachPair(services: number[], fn: (p: Omit<PairCost, 'services'>) => void): void {
    for (let i = 0; i < services.length; i++)
      for (let j = i + 1; j < services.length; j++) fn(this.pair(services[i]!, services[j]!));
  }

  private pair(a: number, b: number): Omit<PairCost, 'services'> {
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

  /** The same figures derived from scratch (for checking the incremental ones). */
  recompute(): CostTotals {
    const ev = this.evidence;
    let crossFks = 0;
    let crossInferred = 0;
    ev.relations.forEach((rel) => {
      if (rel.child === rel.parent || rel.confidence < 0.5) return;
      const a = this.place[rel.child]!;
      const b = this.place[rel.parent]!;
      if (a >= 0 && b >= 0 && a !== b) {
        if (rel.kind === 'declared') crossFks++;
        else crossInferred++;
      }
    });
    const spans = (tables: number[]) => new Set(tables.map((t) => this.place[t]!).filter((p) => p >= 0)).size;
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
      const a = this.place[tie.a]!;
      const b = this.place[tie.b]!;
      if (a < 0 || b < 0) continue;
      m += tie.weight;
      degree.set(a, (degree.get(a) ?? 0) + tie.weight);
      degree.set(b, (degree.get(b) ?? 0) + tie.weight);
      if (a === b) internal.set(a, (internal.get(a) ?? 0) + tie.weight);
    }
    let q = 0;
    if (m > 0)
      for (const [s, d] of degree) q += (internal.get(s) ?? 0) / m - this.resolution * (d / (2 * m)) ** 2;
    return {
      services: this.byName.size,
      crossFks,
      crossInferredFks: crossInferred,
      crossJoinStatements: crossStatements,
      crossJoinCalls: crossCalls,
      crossJoinShare: this.totalCalls ? crossCalls / this.totalCalls : 0,
      distributedTransactionShapes: distShapes,
      distributedTransactions: distCount,
      distributedTransactionShare: this.totalTransactions ? distCount / this.totalTransactions : 0,
      modularity: q,
    };
  }
}

/**
 * The roles a placement implies: a table a service owns is not shared (one analysed as reference or
 * technical is an entity there), and a table the plan shares has the shared role it is listed under.
 */
export function ownershipRoles(
  evidence: EvidenceGraph,
  assignment: Array<string | SharedRole>,
): Map<number, TableRole> {
  const roles = new Map<number, TableRole>();
  assignment.forEach((a, t) => {
    const analysed = evidence.roles[t]!.role;
    const shared = analysed === 'reference' || analysed === 'technical';
    if (a === 'reference' || a === 'technical') {
      if (a !== analysed) roles.set(t, a);
    } else if (shared) roles.set(t, 'entity');
  });
  return roles;
}

export function checkServiceName(name: string): void {
  if (typeof name !== 'string' || !SERVICE_NAME.test(name))
    throw editError(
      `"${String(name)}" is not a service name.`,
      'Service names are lower case letters, digits, - and _, starting with a letter (at most 63).',
    );
}
