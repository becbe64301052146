import { type Assignment, SeamError, type TableKey, type TableRole } from '@seam/core';
import { costFromScratch } from './cost-from-scratch.js';
import { CostLedger } from './cost-ledger.js';
import type {
  CostTotals,
  Edit,
  EditResult,
  PairCost,
  PlanConstraints,
  ServiceFigures,
  ServiceMeta,
  SharedRole,
} from './cost-types.js';
import { editError } from './edit-errors.js';
import { EditHistory } from './edit-history.js';
import type { EvidenceGraph } from './evidence-graph.js';
import { copyConstraints, Placements, REFERENCE, TECHNICAL } from './placements.js';
import { applyEdit } from './plan-edits.js';

export type {
  CostTotals,
  Edit,
  EditResult,
  PairCost,
  PlanConstraints,
  ServiceFigures,
  ServiceMeta,
  SharedRole,
} from './cost-types.js';
export { checkServiceName } from './edit-errors.js';
export { ownershipRoles } from './ownership-roles.js';

/**
 * The plan being edited, with its costs kept up to date. Its jobs live in their own files: the
 * placements and what plan.yaml says of services (placements.ts), what each edit does
 * (plan-edits.ts), undo and redo (edit-history.ts), the incremental cost (cost-ledger.ts: a move
 * costs O(degree)) and the same cost from scratch (cost-from-scratch.ts; tests hold the two equal
 * after random edits).
 */
export class CostModel {
  readonly evidence: EvidenceGraph;
  readonly resolution: number;
  private readonly state: Placements;
  private readonly ledger: CostLedger;
  private readonly history = new EditHistory();

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
    const place = new Int32Array(n).fill(TECHNICAL);
    const ledger = new CostLedger(evidence, place, resolution);
    this.ledger = ledger;
    this.state = new Placements(evidence, place, () => ledger.addSlot());
    if (assignment.length !== n)
      throw new SeamError('SEAM_INTERNAL', 'assignment does not cover every table');
    assignment.forEach((a, t) => {
      const p = a === 'reference' ? REFERENCE : a === 'technical' ? TECHNICAL : this.state.serviceId(a, true);
      place[t] = p;
      if (p >= 0) this.state.members[p]!.add(t);
    });
    for (const name of services) this.state.serviceId(name, true);
    this.ledger.initialize();
  }

  // ---- reading -------------------------------------------------------------------------------

  get tableCount(): number {
    return this.state.place.length;
  }

  keyOf(table: number): TableKey {
    return this.state.keyOf(table);
  }

  indexOf(key: TableKey): number {
    return this.state.indexOf(key);
  }

  /** Service names, sorted. */
  services(): string[] {
    return this.state.services();
  }

  /** Where a table is: its service, or its shared role. */
  assignment(key: TableKey): Assignment {
    return this.assignmentOf(this.indexOf(key));
  }

  assignmentOf(t: number): Assignment {
    const p = this.state.place[t]!;
    if (p === REFERENCE) return { kind: 'reference' };
    if (p === TECHNICAL) return { kind: 'technical' };
    return { kind: 'service', service: this.state.names[p]! };
  }

  serviceIndexOf(t: number): number {
    return this.state.place[t]!;
  }

  serviceName(id: number): string | undefined {
    return this.state.names[id];
  }

  /** The tables of a service, sorted by key. */
  tablesOf(service: string): TableKey[] {
    const id = this.state.byName.get(service);
    if (id === undefined) throw editError(`There is no service "${service}".`);
    return [...this.state.members[id]!].sort((a, b) => a - b).map((t) => this.keyOf(t));
  }

  /** Tables set aside with a shared role, sorted. */
  shared(role: SharedRole): TableKey[] {
    const want = role === 'reference' ? REFERENCE : TECHNICAL;
    const place = this.state.place;
    const out: TableKey[] = [];
    for (let t = 0; t < place.length; t++) if (place[t] === want) out.push(this.keyOf(t));
    return out;
  }

  /** The table's role in the plan: its analysed role, unless an edit changed where it lives. */
  roleOf(t: number): TableRole {
    return this.state.roleOverride.get(t) ?? this.evidence.roles[t]!.role;
  }

  /** A service's description and target (empty when the plan gives none). */
  serviceMeta(service: string): ServiceMeta {
    const id = this.state.byName.get(service);
    return (id === undefined ? undefined : this.state.meta[id]) ?? {};
  }

  /** The table's name in its service's database, when the plan gives one (`as:`). */
  aliasOf(t: number): string | undefined {
    return this.state.aliases.get(t);
  }

  /** Sets what plan.yaml said of a service and its tables when the plan is opened; not an edit. */
  setPlanState(services: Map<string, ServiceMeta>, aliases: Map<TableKey, string>): void {
    for (const [name, m] of services) {
      const id = this.state.byName.get(name);
      if (id !== undefined) this.state.meta[id] = { ...m };
    }
    for (const [key, as] of aliases)
      if (this.evidence.index.byKey.has(key)) this.state.aliases.set(this.indexOf(key), as);
  }

  constraints(): PlanConstraints {
    return copyConstraints(this.state.constraints);
  }

  /** Constraints the current placement breaks (after a manual move, say). */
  violations(): { kind: 'pin' | 'together' | 'apart'; tables: TableKey[]; reason: string }[] {
    const out: { kind: 'pin' | 'together' | 'apart'; tables: TableKey[]; reason: string }[] = [];
    const where = (k: TableKey) => {
      const a = this.assignment(k);
      return a.kind === 'service' ? a.service : a.kind;
    };
    const c = this.state.constraints;
    for (const [table, service] of c.pins)
      if (where(table) !== service)
        out.push({ kind: 'pin', tables: [table], reason: `pinned to ${service}, placed in ${where(table)}` });
    for (const group of c.together) {
      const places = new Set(group.map(where));
      if (places.size > 1)
        out.push({ kind: 'together', tables: group, reason: `spread over ${[...places].sort().join(', ')}` });
    }
    for (const pair of c.apart)
      if (where(pair[0]) === where(pair[1]))
        out.push({ kind: 'apart', tables: [...pair], reason: `both in ${where(pair[0])}` });
    return out;
  }

  cost(): CostTotals {
    return this.ledger.totals(this.state.names, this.state.byName.size);
  }

  /**
   * What placing a table in a service is worth to the plan's modularity, in tie weight: its ties into
   * the service less what its degree would draw from the service's total by chance (the Louvain gain).
   */
  affinity(t: number, service: string, tieWeight: number): number {
    const s = this.state.byName.get(service);
    if (s === undefined) return tieWeight;
    return this.ledger.affinity(t, s, tieWeight);
  }

  /** The sum of the tie weight of a service's tables (ties leaving it included). */
  serviceDegree(service: string): number {
    const s = this.state.byName.get(service);
    return s === undefined ? 0 : this.ledger.degreeOf(s);
  }

  /** Costs between each pair of services that share anything, costliest first. */
  pairCosts(): PairCost[] {
    return this.ledger.pairCosts(this.state.names);
  }

  /**
   * What lies between two services: indexes of the references, statements and transactions that touch
   * both. Reads only the smaller service's tables and their incident evidence.
   */
  crossing(a: string, b: string): { relations: number[]; statements: number[]; transactions: number[] } {
    const ia = this.state.byName.get(a);
    const ib = this.state.byName.get(b);
    if (ia === undefined) throw editError(`There is no service "${a}".`);
    if (ib === undefined) throw editError(`There is no service "${b}".`);
    const members = this.state.members;
    const [small, other] = members[ia]!.size <= members[ib]!.size ? [ia, ib] : [ib, ia];
    return this.ledger.crossing(members[small]!, other);
  }

  serviceFigures(service: string): ServiceFigures {
    const id = this.state.byName.get(service);
    if (id === undefined) throw editError(`There is no service "${service}".`);
    let rows = 0;
    let bytes = 0;
    let writes = 0;
    for (const t of this.state.members[id]!) {
      const info = this.evidence.index.tables[t]!;
      rows += info.rows;
      bytes += info.bytes;
      writes += info.writesPerSecond ?? info.writes;
    }
    const costs = this.ledger.serviceCosts(id);
    return {
      name: service,
      tables: this.state.members[id]!.size,
      rows,
      bytes,
      writes,
      internalWeight: costs.internalWeight,
      externalWeight: costs.externalWeight,
      modularity: costs.modularity,
      crossFks: costs.crossFks,
      crossJoinCalls: costs.crossJoinCalls,
      distributedTransactions: costs.distributedTransactions,
    };
  }

  // ---- editing -------------------------------------------------------------------------------

  /** The cost an edit would give, without keeping it (what can be redone stays). */
  preview(edit: Edit): EditResult {
    const result = this.applyEdit(edit);
    this.state.restore(this.history.takeLast(), this.assign);
    return result;
  }

  /** Applies an edit and returns the cost before and after; `undo()` reverts it. Clears what could be redone. */
  apply(edit: Edit): EditResult {
    const result = this.applyEdit(edit);
    this.history.forgetRedo();
    return result;
  }

  private applyEdit(edit: Edit): EditResult {
    const before = this.cost();
    const saved = this.state.save();
    const place = this.state.place;
    const move = (t: number, to: number) => {
      if (place[t] === to) return;
      saved.placements.push([t, place[t]!]);
      this.assign(t, to);
    };
    try {
      applyEdit(this.state, edit, move);
    } catch (error) {
      this.state.restore(saved, this.assign);
      throw error;
    }
    this.history.record(saved);
    return this.result(before);
  }

  /** Reverts the last edit; null when there is none. `redo()` puts it back. */
  undo(): EditResult | null {
    return this.travel('undo');
  }

  /** Applies again the edit the last `undo()` reverted; null when there is none. */
  redo(): EditResult | null {
    return this.travel('redo');
  }

  /** Restores the last state saved on one stack, saving the state it leaves on the other. */
  private travel(direction: 'undo' | 'redo'): EditResult | null {
    const [from, to] = this.history.stacks(direction);
    const saved = from.pop();
    if (!saved) return null;
    const before = this.cost();
    const place = this.state.place;
    to.push(this.state.save(saved.placements.map(([t]) => [t, place[t]!])));
    this.state.restore(saved, this.assign);
    return this.result(before);
  }

  /** How many edits can be undone. */
  get depth(): number {
    return this.history.depth;
  }

  /** How many undone edits can be redone. */
  get redoDepth(): number {
    return this.history.redoDepth;
  }

  /** Replaces every placement at once (re-clustering); undoable like an edit. */
  reassign(assignment: Array<string | SharedRole>): EditResult {
    const before = this.cost();
    const saved = this.state.save();
    const place = this.state.place;
    assignment.forEach((a, t) => {
      const to =
        a === 'reference' ? REFERENCE : a === 'technical' ? TECHNICAL : this.state.serviceId(a, true);
      if (place[t] !== to) {
        saved.placements.push([t, place[t]!]);
        this.assign(t, to);
      }
    });
    const { names, members } = this.state;
    for (let s = 0; s < names.length; s++)
      if (names[s] !== undefined && members[s]!.size === 0) this.state.dropService(s);
    this.history.record(saved);
    this.history.forgetRedo();
    return this.result(before);
  }

  /**
   * Sets the role of tables whose plan role differs from the analysed one (a lookup owned by the one
   * service that reads it, a table the plan shares). Not an edit: for building the model from a plan.
   */
  setRoles(roles: Map<number, TableRole>): void {
    this.state.roleOverride = new Map();
    for (const [t, role] of roles)
      if (role !== this.evidence.roles[t]!.role) this.state.roleOverride.set(t, role);
  }

  setConstraints(constraints: PlanConstraints): void {
    this.state.constraints = copyConstraints(constraints);
  }

  /** The same figures derived from scratch (for checking the incremental ones). */
  recompute(): CostTotals {
    return costFromScratch(this.evidence, this.state.place, this.resolution, this.state.byName.size);
  }

  private result(before: CostTotals): EditResult {
    const after = this.cost();
    const delta = Object.fromEntries(
      Object.keys(after).map((k) => [k, after[k as keyof CostTotals] - before[k as keyof CostTotals]]),
    ) as unknown as CostTotals;
    return { before, after, delta };
  }

  /** Moves one table, keeping its service's members and every cost in step. */
  private readonly assign = (t: number, to: number): void => {
    const from = this.state.place[t]!;
    const members = this.state.members;
    if (from === to) {
      if (to >= 0) members[to]!.add(t);
      return;
    }
    if (from >= 0) members[from]!.delete(t);
    if (to >= 0) members[to]!.add(t);
    this.ledger.move(t, to);
  };
}
