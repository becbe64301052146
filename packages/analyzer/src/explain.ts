import type { Assignment, FkAction, TableKey, TableRole } from '@seam/core';
import type { CostModel, PairCost } from './cost-model.js';
import type { EvidenceGraph, Tie } from './evidence-graph.js';
import { oneLine } from './findings.js';
import { type LooseFk, looseFkFor } from './loose-fk.js';

export interface TieExplanation {
  table: TableKey;
  /** The other table's service, or its shared role. */
  where: string;
  weight: number;
  evidence: string[];
}

export interface TableExplanation {
  table: TableKey;
  assignment: Assignment;
  role: TableRole;
  /** Why it has that role. */
  reason: string;
  /** Strongest ties first. */
  ties: TieExplanation[];
  /** Tie weight to each service, strongest first. */
  weightByService: { service: string; weight: number }[];
  /** The best other service and how much weaker its ties are; null when there is none. */
  runnerUp: { service: string; weight: number; margin: number } | null;
  /** Reference tables: the services that read them (directly or through other reference tables). */
  consumers?: string[];
  /** One sentence for people. */
  summary: string;
}

export interface CrossingFk {
  child: TableKey;
  columns: string[];
  parent: TableKey;
  referencedColumns: string[];
  name: string;
  kind: 'declared' | 'inferred';
  confidence: number;
  onDelete: FkAction | null;
  looseFk: LooseFk;
  childRows: number;
}

export interface CrossingStatement {
  id: string;
  text: string;
  calls: number;
  totalTimeMs: number;
  tables: TableKey[];
}

export interface CrossingTransaction {
  writes: TableKey[];
  count: number;
  statements: string[];
}

export interface BoundaryExplanation {
  services: [string, string];
  cost: Omit<PairCost, 'services'>;
  fks: CrossingFk[];
  /** Top statements by calls that touch both services. */
  joins: CrossingStatement[];
  /** Top transaction shapes by count that write in both services. */
  transactions: CrossingTransaction[];
  remedies: string[];
}

const TOP = 10;

function fmt(x: number): string {
  return x >= 1e6
    ? `${(x / 1e6).toFixed(1)}M`
    : x >= 1e3
      ? `${(x / 1e3).toFixed(1)}k`
      : `${Math.round(x * 100) / 100}`;
}

/** The evidence behind one tie, in words. */
export function describeTie(model: CostModel, tie: Tie): string[] {
  const ev = model.evidence;
  const out: string[] = [];
  for (const r of tie.relations.map((i) => ev.relations[i]!)) {
    const from = `${ev.index.tables[r.child]!.key}(${r.columns.join(', ')})`;
    const to = `${ev.index.tables[r.parent]!.key}(${r.referencedColumns.join(', ')})`;
    if (r.kind === 'declared')
      out.push(
        `FK ${from} → ${to}${r.onDelete && r.onDelete !== 'NO ACTION' ? ` ON DELETE ${r.onDelete}` : ''}${r.audit ? ' (audit or scope column, damped)' : ''}`,
      );
    else out.push(`implied FK ${from} → ${to} (${r.rules.join(' + ')}, confidence ${r.confidence})`);
  }
  if (tie.joinCalls > 0)
    out.push(`queried together in ${fmt(tie.joinCalls)} calls (affinity ${tie.join.toFixed(2)})`);
  if (tie.cowriteCount > 0)
    out.push(
      `written in one transaction ${fmt(tie.cowriteCount)} times (affinity ${tie.cowrite.toFixed(2)})`,
    );
  if (tie.prefix > 0) {
    const f = ev.names.families.family[tie.a]!;
    const key = f >= 0 ? ev.names.families.keys[f] : undefined;
    out.push(
      `same name family${key ? ` "${key}"` : ''} (name tie ×${ev.names.factor.toFixed(1)}: ${nameWeightReason(ev)})`,
    );
  }
  return out;
}

/** Why the schema's name ties count as much as they do, in words. */
export function nameWeightReason(ev: EvidenceGraph): string {
  const a = ev.names.agreement;
  if (a.agreement === null) return `too few keys (${a.relations}) to learn from; the default weight`;
  return `${Math.round(a.observed * 100)}% of ${a.relations} keys join one family, ${Math.round(a.chance * 100)}% by chance`;
}

function whereOf(model: CostModel, t: number): string {
  const a = model.assignmentOf(t);
  return a.kind === 'service' ? a.service : a.kind;
}

/** Services that read a reference table: owners of the tables that reference it, through other reference tables too. */
export function consumersOf(
  ev: EvidenceGraph,
  assignmentOf: (table: number) => Assignment,
  t: number,
): string[] {
  const seen = new Set<number>([t]);
  const services = new Set<string>();
  const stack = [t];
  while (stack.length) {
    const x = stack.pop()!;
    for (const [u, tieIndex] of ev.adjacency[x]!) {
      const tie = ev.ties[tieIndex]!;
      const refersToX = tie.relations.some(
        (r) => ev.relations[r]!.parent === x && ev.relations[r]!.child === u,
      );
      if (!refersToX || seen.has(u)) continue;
      seen.add(u);
      const a = assignmentOf(u);
      if (a.kind === 'service') services.add(a.service);
      else if (a.kind === 'reference') stack.push(u);
    }
  }
  return [...services].sort();
}

/**
 * Why a table sits in its service when its ties there are not its strongest: the evidence that
 * actually placed it — a pin, a together group, its parent or extensions (one node in clustering),
 * the tables a junction links, the plan's modularity, or an edit — never a guess.
 */
function placementCause(
  model: CostModel,
  t: number,
  home: string,
  runnerUp: { service: string; weight: number } | null,
  homeWeight: number,
): string {
  const ev = model.evidence;
  const key = ev.index.tables[t]!.key;
  const inHome = (u: number) => whereOf(model, u) === home;
  const constraints = model.constraints();
  if (constraints.pins.get(key) === home) return `pinned to ${home}`;
  const group = constraints.together.find((g) => g.includes(key));
  const mate = group?.find((k) => k !== key && model.assignmentOf(model.indexOf(k)).kind === 'service');
  if (mate && inHome(model.indexOf(mate))) return `kept together with ${mate} (a together constraint)`;
  const d = ev.roles[t]!;
  if (d.role === 'extension' && d.parent !== undefined && inHome(d.parent))
    return `kept with its parent ${ev.index.tables[d.parent]!.key} (${d.reason})`;
  const extensions = ev.roles
    .map((r, u) => (r.role === 'extension' && r.parent === t && inHome(u) ? ev.index.tables[u]!.key : null))
    .filter((x): x is string => x !== null);
  if (extensions.length)
    return `kept with its own extension(s) ${extensions.slice(0, 3).join(', ')}, clustered as one`;
  if (d.role === 'junction' && d.links?.some(inHome))
    return `a junction, placed with ${d.links
      .filter(inHome)
      .map((l) => ev.index.tables[l]!.key)
      .join(', ')}, which it links`;
  if (runnerUp) {
    const here = model.affinity(t, home, homeWeight);
    const there = model.affinity(t, runnerUp.service, runnerUp.weight);
    if (here >= there)
      return `${runnerUp.service} is far more connected as a whole (tie weight ${fmt(model.serviceDegree(runnerUp.service))} against ${fmt(model.serviceDegree(home))}), so the plan's modularity is higher with it in ${home}`;
  }
  if (model.depth > 0) return 'placed by an edit (undo puts it back)';
  return `the consensus of the clustering runs keeps it with this group; moving it to ${runnerUp?.service ?? 'another service'} would cut less tie weight, so it is a candidate to move (seam plan)`;
}

export function explainTable(model: CostModel, t: number, confidence?: number): TableExplanation {
  const ev = model.evidence;
  const assignment = model.assignmentOf(t);
  const role = model.roleOf(t);
  const decision = ev.roles[t]!;
  const reason =
    role === decision.role
      ? decision.reason
      : `${role} in this plan (analysed as ${decision.role}: ${decision.reason})`;
  const ties: Array<{ u: number; tie: Tie; place: number }> = [];
  for (const [u, i] of ev.adjacency[t]!) {
    const tie = ev.ties[i]!;
    if (tie.weight > 0) ties.push({ u, tie, place: model.serviceIndexOf(u) });
  }
  ties.sort((x, y) => y.tie.weight - x.tie.weight || x.u - y.u);
  const byService = new Map<string, number>();
  for (const { tie, place } of ties) {
    const service = place >= 0 ? model.serviceName(place) : undefined;
    if (service !== undefined) byService.set(service, (byService.get(service) ?? 0) + tie.weight);
  }
  const weightByService = [...byService]
    .map(([service, weight]) => ({ service, weight }))
    .sort((x, y) => y.weight - x.weight || (x.service < y.service ? -1 : 1));
  const home = assignment.kind === 'service' ? assignment.service : null;
  const homeWeight = home ? (byService.get(home) ?? 0) : 0;
  const other = weightByService.find((w) => w.service !== home);
  const runnerUp = other
    ? { service: other.service, weight: other.weight, margin: homeWeight - other.weight }
    : null;
  const top = ties.slice(0, 5).map(({ u, tie }) => ({
    table: ev.index.tables[u]!.key,
    where: whereOf(model, u),
    weight: Math.round(tie.weight * 1000) / 1000,
    evidence: describeTie(model, tie),
  }));
  const key = ev.index.tables[t]!.key;
  let summary: string;
  let consumers: string[] | undefined;
  if (assignment.kind === 'service') {
    const here = model.serviceIndexOf(t);
    const strongest: string[] = [];
    for (const x of ties) {
      if (strongest.length === 3) break;
      if (x.place === here) strongest.push(ev.index.tables[x.u]!.key);
    }
    const cause = placementCause(model, t, home!, runnerUp, homeWeight);
    // How much of its tie weight in its service is the name channel's: say so when names placed it.
    let nameWeight = 0;
    for (const x of ties) if (x.place === here) nameWeight += ev.weights.prefix * x.tie.prefix;
    const nameShare = homeWeight > 0 ? nameWeight / homeWeight : 0;
    const f = ev.names.families.family[t]!;
    const byName =
      nameShare >= 0.25 && f >= 0
        ? `${nameShare >= 0.5 ? 'mostly ' : ''}by its name family "${ev.names.families.keys[f]}" (${Math.round(nameShare * 100)}% of its tie weight there; ${nameWeightReason(ev)})`
        : null;
    summary = `${key} is in ${home}${strongest.length ? ` for its ties to ${strongest.join(', ')}${byName ? `, ${byName}` : ''}` : ties.length ? ` (no tie to it: ${cause})` : ' (no ties: placed alone)'}`;
    if (runnerUp)
      summary += `; next best ${runnerUp.service} is ${runnerUp.margin >= 0 ? `${fmt(runnerUp.margin)} weaker` : `${fmt(-runnerUp.margin)} stronger, yet it stays: ${cause}`}`;
    if (confidence !== undefined && confidence < 1)
      summary += `; ${Math.round(confidence * 100)}% of runs agree`;
    summary += '.';
  } else {
    consumers =
      assignment.kind === 'reference' ? consumersOf(ev, (u) => model.assignmentOf(u), t) : undefined;
    summary = `${key} is ${assignment.kind}: ${reason}${consumers?.length ? `; read by ${consumers.join(', ')}` : ''}.`;
  }
  return {
    table: key,
    assignment,
    role,
    reason,
    ties: top,
    weightByService: weightByService.map((w) => ({
      service: w.service,
      weight: Math.round(w.weight * 1000) / 1000,
    })),
    runnerUp: runnerUp && {
      ...runnerUp,
      weight: Math.round(runnerUp.weight * 1000) / 1000,
      margin: Math.round(runnerUp.margin * 1000) / 1000,
    },
    ...(consumers ? { consumers } : {}),
    summary,
  };
}

/** Everything that crosses between two services, with what each crossing needs. */
export function explainBoundary(model: CostModel, a: string, b: string): BoundaryExplanation {
  const ev = model.evidence;
  const crossing = model.crossing(a, b);
  const fks: CrossingFk[] = crossing.relations.map((i) => {
    const r = ev.relations[i]!;
    return {
      child: ev.index.tables[r.child]!.key,
      columns: r.columns,
      parent: ev.index.tables[r.parent]!.key,
      referencedColumns: r.referencedColumns,
      name: r.name,
      kind: r.kind,
      confidence: r.confidence,
      onDelete: r.onDelete,
      looseFk: looseFkFor(r.onDelete),
      childRows: ev.index.tables[r.child]!.rows,
    };
  });
  const joins = crossing.statements
    .map((i) => ev.workload.statements[i]!)
    .sort((x, y) => y.calls - x.calls || (x.id < y.id ? -1 : 1));
  const transactions = crossing.transactions
    .map((i) => ev.workload.transactions[i]!)
    .sort((x, y) => y.count - x.count);
  const cost = {
    fks: fks.filter((f) => f.kind === 'declared').length,
    inferredFks: fks.filter((f) => f.kind === 'inferred').length,
    joinStatements: joins.length,
    joinCalls: joins.reduce((acc, s) => acc + s.calls, 0),
    transactionShapes: transactions.length,
    transactions: transactions.reduce((acc, x) => acc + x.count, 0),
  };
  const remedies: string[] = [];
  const actions = new Map<string, number>();
  for (const f of fks) actions.set(f.looseFk.action, (actions.get(f.looseFk.action) ?? 0) + 1);
  if (fks.length)
    remedies.push(
      `Replace ${fks.length} foreign key(s) by loose references (${[...actions].map(([k, v]) => `${v} ${k}`).join(', ')}); each child service validates its parent on insert.`,
    );
  const parents = new Map<TableKey, number>();
  for (const f of fks) parents.set(f.parent, (parents.get(f.parent) ?? 0) + 1);
  const hot = [...parents].filter(([, c]) => c >= 3).map(([p]) => p);
  if (hot.length)
    remedies.push(
      `Mirror a read-only projection of ${hot.join(', ')} into the other service (referenced ${hot.length > 1 ? 'many times each' : 'many times'}), as GitLab mirrors projects and namespaces for CI.`,
    );
  if (joins.length)
    remedies.push(
      `Rewrite ${joins.length} cross-service statement(s) (${fmt(cost.joinCalls)} calls): denormalize the columns they read, keep a projection table, or compose through the other service's API.`,
    );
  if (transactions.length)
    remedies.push(
      `${transactions.length} transaction shape(s) (${fmt(cost.transactions)} runs) write both sides: keep those tables together, or use an outbox and a saga.`,
    );
  return {
    services: a < b ? [a, b] : [b, a],
    cost,
    fks: fks.sort((x, y) => (x.child < y.child ? -1 : x.child > y.child ? 1 : x.name < y.name ? -1 : 1)),
    joins: joins.slice(0, TOP).map((s) => ({
      id: s.id,
      text: oneLine(s.text),
      calls: s.calls,
      totalTimeMs: s.totalTimeMs,
      tables: s.tables.map((t) => ev.index.tables[t]!.key),
    })),
    transactions: transactions.slice(0, TOP).map((tx) => ({
      writes: tx.writes.map((t) => ev.index.tables[t]!.key),
      count: tx.count,
      statements: tx.statements.slice(0, 5),
    })),
    remedies,
  };
}
