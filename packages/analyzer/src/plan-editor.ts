import type { Plan, PlanTable, SchemaSnapshot, TableKey, TableRole, Workload } from '@seam/core';
import { type AnalysisResult, planFromModel } from './analyze.js';
import { clusterTables, defaultClusterOptions } from './cluster.js';
import {
  CostModel,
  type CostTotals,
  type Edit,
  type EditResult,
  ownershipRoles,
  type ServiceFigures,
  type ServiceMeta,
  type SharedRole,
} from './cost-model.js';
import { buildEvidence, type ChannelWeights, type EvidenceGraph } from './evidence-graph.js';
import { type BoundaryExplanation, explainBoundary, explainTable, type TableExplanation } from './explain.js';
import type { RoleOptions } from './roles.js';
import { nameCommunities } from './service-names.js';
import { indexSnapshot } from './tables.js';

export interface PlanEditorOptions {
  weights?: Partial<ChannelWeights>;
  roles?: Partial<RoleOptions>;
  /** Louvain runs per re-clustering. */
  runs?: number;
}

/**
 * What `seam plan` edits: a plan over its snapshot and workload, with costs kept up to date.
 * Edits (move, share, create, rename, merge, split, pin, together, apart) return the cost before,
 * after and the delta in O(degree) of the tables they move; `undo()` reverts; `recluster()` runs the
 * clustering again keeping pins, together/apart groups and shared tables.
 */
export class PlanEditor {
  readonly model: CostModel;
  readonly snapshot: SchemaSnapshot;
  /** Plan tables the snapshot does not have (ignored). */
  readonly stale: TableKey[];
  /** Snapshot tables the plan does not place: put with the service they tie to most (or set aside). */
  readonly unplanned: TableKey[];
  private confidence: Map<TableKey, number>;
  private seed: number;
  private resolution: number;
  private readonly runs: number;
  private readonly extra: Record<string, unknown>;
  /** What plan.yaml gave that editing keeps as written: per table, its column subset and renames; per shared table, its reason and consumers. */
  private readonly kept: KeptFromPlan;
  /** Per undoable step, the clustering parameters it changed (re-clustering), to undo and redo them too. */
  private readonly past: (ParameterChange | null)[] = [];
  private future: (ParameterChange | null)[] = [];

  private constructor(
    model: CostModel,
    snapshot: SchemaSnapshot,
    plan: Pick<Plan, 'parameters'>,
    stale: TableKey[],
    unplanned: TableKey[],
    runs: number,
    confidence: Map<TableKey, number>,
    kept: KeptFromPlan = { tables: new Map(), shared: new Map() },
  ) {
    this.model = model;
    this.kept = kept;
    this.confidence = confidence;
    this.snapshot = snapshot;
    this.stale = stale;
    this.unplanned = unplanned;
    const { seed, resolution, ...extra } = plan.parameters;
    this.seed = seed;
    this.resolution = resolution;
    this.extra = extra;
    this.runs = runs;
  }

  /** Opens a plan (from plan.yaml) over a snapshot and an optional workload. */
  static open(
    snapshot: SchemaSnapshot,
    workload: Workload | undefined,
    plan: Plan,
    options: PlanEditorOptions = {},
  ): PlanEditor {
    const index = indexSnapshot(snapshot);
    const evidence = buildEvidence(index, workload, options);
    const where = new Map<TableKey, string | SharedRole>();
    const stale: TableKey[] = [];
    const note = (table: TableKey, place: string | SharedRole) => {
      if (!index.byKey.has(table)) stale.push(table);
      else if (!where.has(table)) where.set(table, place);
    };
    for (const s of plan.services) for (const t of s.tables) note(t.table, s.name);
    for (const t of plan.reference) note(t.table, 'reference');
    for (const t of plan.technical) note(t.table, 'technical');
    const unplanned: TableKey[] = [];
    const assignment = index.tables.map((t) => {
      const w = where.get(t.key);
      if (w !== undefined) return w;
      unplanned.push(t.key);
      return bestService(evidence, t.index, where) ?? 'technical';
    });
    const model = new CostModel(
      evidence,
      assignment,
      plan.parameters.resolution,
      plan.services.map((s) => s.name),
    );
    model.setRoles(ownershipRoles(evidence, assignment));
    model.setConstraints({
      pins: new Map(Object.entries(plan.constraints.pins).filter(([k]) => index.byKey.has(k))),
      together: plan.constraints.together.filter((g) => g.every((k) => index.byKey.has(k))),
      apart: plan.constraints.apart.filter((p) => p.every((k) => index.byKey.has(k))),
    });
    const confidence = new Map<TableKey, number>();
    for (const s of plan.services)
      for (const t of s.tables) if (t.confidence !== undefined) confidence.set(t.table, t.confidence);
    return new PlanEditor(
      model,
      snapshot,
      plan,
      [...new Set(stale)].sort(),
      unplanned,
      options.runs ?? defaultClusterOptions.runs,
      confidence,
      keepFromPlan(plan, model, where),
    );
  }

  /** Continues from `analyze()`'s result. */
  static fromAnalysis(result: AnalysisResult, snapshot: SchemaSnapshot): PlanEditor {
    const confidence = new Map<TableKey, number>();
    for (const s of result.analysis.services)
      for (const t of s.tables) if (t.confidence < 1) confidence.set(t.table, t.confidence);
    return new PlanEditor(
      result.model,
      snapshot,
      result.plan,
      [],
      [],
      result.analysis.parameters.runs,
      confidence,
    );
  }

  cost(): CostTotals {
    return this.model.cost();
  }

  preview(edit: Edit): EditResult {
    return this.model.preview(edit);
  }

  apply(edit: Edit): EditResult {
    const result = this.model.apply(edit);
    this.past.push(null);
    this.future = [];
    return result;
  }

  /** Reverts the last edit or re-clustering; null when there is none. */
  undo(): EditResult | null {
    const result = this.model.undo();
    if (!result) return null;
    const change = this.past.pop() ?? null;
    if (change) this.setParameters(change.before);
    this.future.push(change);
    return result;
  }

  /** Applies again what the last `undo()` reverted; null when there is none. A new edit clears it. */
  redo(): EditResult | null {
    const result = this.model.redo();
    if (!result) return null;
    const change = this.future.pop() ?? null;
    if (change) this.setParameters(change.after);
    this.past.push(change);
    return result;
  }

  /** How many steps `undo()` and `redo()` can take. */
  get depth(): { undo: number; redo: number } {
    return { undo: this.model.depth, redo: this.model.redoDepth };
  }

  private parameters(): Parameters {
    return { seed: this.seed, resolution: this.resolution, confidence: new Map(this.confidence) };
  }

  private setParameters(p: Parameters): void {
    this.seed = p.seed;
    this.resolution = p.resolution;
    this.confidence = new Map(p.confidence);
  }

  /** Everything the main screen shows, in one call: totals, each service's figures, shared tables, broken constraints. */
  overview(): {
    totals: CostTotals;
    services: ServiceFigures[];
    reference: TableKey[];
    technical: TableKey[];
    violations: ReturnType<CostModel['violations']>;
  } {
    const m = this.model;
    return {
      totals: m.cost(),
      services: m.services().map((s) => m.serviceFigures(s)),
      reference: m.shared('reference'),
      technical: m.shared('technical'),
      violations: m.violations(),
    };
  }

  /** One table's place and figures (confidence from the last clustering; 1 when every run agreed). */
  table(table: TableKey): {
    table: TableKey;
    assignment: ReturnType<CostModel['assignment']>;
    role: TableRole;
    confidence: number;
    rows: number;
    bytes: number;
    writes: number;
  } {
    const t = this.model.indexOf(table);
    const info = this.model.evidence.index.tables[t]!;
    return {
      table,
      assignment: this.model.assignmentOf(t),
      role: this.model.roleOf(t),
      confidence: this.confidence.get(table) ?? 1,
      rows: info.rows,
      bytes: info.bytes,
      writes: info.writesPerSecond ?? info.writes,
    };
  }

  explainTable(table: TableKey): TableExplanation {
    return explainTable(this.model, this.model.indexOf(table));
  }

  explainBoundary(a: string, b: string): BoundaryExplanation {
    return explainBoundary(this.model, a, b);
  }

  /**
   * Clusters the service-owned tables again (shared tables stay shared), honouring the plan's pins,
   * together and apart constraints and reusing service names where tables overlap. Undoable.
   */
  recluster(options: { seed?: number; resolution?: number } = {}): EditResult & { violations: string[] } {
    const model = this.model;
    const ev = model.evidence;
    const n = model.tableCount;
    const before = this.parameters();
    if (options.seed !== undefined) this.seed = options.seed;
    if (options.resolution !== undefined) this.resolution = options.resolution;
    const c = model.constraints();
    const idx = (k: TableKey) => model.indexOf(k);
    const clustered = Array.from({ length: n }, (_, t) => model.serviceIndexOf(t) >= 0);
    const clustering = clusterTables(
      ev,
      clustered,
      {
        pins: new Map([...c.pins].map(([k, s]) => [idx(k), s])),
        together: c.together.map((g) => g.map(idx)),
        apart: c.apart.map((p) => [idx(p[0]), idx(p[1])] as [number, number]),
      },
      { ...defaultClusterOptions, seed: this.seed, runs: this.runs, resolution: this.resolution },
    );
    const previous = new Map<TableKey, string>();
    for (const s of model.services()) for (const k of model.tablesOf(s)) previous.set(k, s);
    const names = nameCommunities(ev, clustering.community, clustering.pinned, previous);
    const assignment = Array.from({ length: n }, (_, t): string | SharedRole => {
      const cm = clustering.community[t]!;
      if (cm >= 0) return names[cm]!;
      return model.serviceIndexOf(t) === -1 ? 'reference' : 'technical';
    });
    const result = model.reassign(assignment);
    this.confidence = new Map();
    clustering.confidence.forEach((c, t) => {
      if (c < 1) this.confidence.set(model.keyOf(t), c);
    });
    this.past.push({ before, after: this.parameters() });
    this.future = [];
    return {
      ...result,
      violations: clustering.violations.map(
        (v) => `${v.kind} ${v.tables.map((t) => ev.index.tables[t]!.key).join(', ')}: ${v.reason}`,
      ),
    };
  }

  /** The plan as it stands, for planToYaml. */
  toPlan(): Plan {
    return planFromModel(this.model, this.snapshot, {
      seed: this.seed,
      resolution: this.resolution,
      extra: this.extra,
      confidence: (t) => this.confidence.get(this.model.keyOf(t)) ?? 1,
      tableExtra: (key) => this.kept.tables.get(key),
      sharedExtra: (key, role) => {
        const k = this.kept.shared.get(key);
        return k?.role === role ? k : undefined;
      },
    });
  }
}

interface KeptFromPlan {
  tables: Map<TableKey, Pick<PlanTable, 'columns' | 'rename'>>;
  shared: Map<TableKey, { role: SharedRole; reason: string; consumers?: string[] }>;
}

/**
 * Hands the model what plan.yaml says beyond placements (service descriptions and targets, table
 * aliases, column splits) and returns what the editor keeps as written, so that no edit drops a field.
 */
function keepFromPlan(plan: Plan, model: CostModel, where: Map<TableKey, string | SharedRole>): KeptFromPlan {
  const meta = new Map<string, ServiceMeta>();
  const aliases = new Map<TableKey, string>();
  const tables = new Map<TableKey, Pick<PlanTable, 'columns' | 'rename'>>();
  for (const s of plan.services) {
    const m: ServiceMeta = {
      ...(s.description !== undefined ? { description: s.description } : {}),
      ...(s.target ? { target: s.target } : {}),
      ...(s.move ? { move: s.move } : {}),
    };
    for (const t of s.tables) {
      if (where.get(t.table) !== s.name || tables.has(t.table)) {
        // A second owner of a table split by columns: kept with its service as written.
        if (t.columns) m.columnSplits = [...(m.columnSplits ?? []), t];
        continue;
      }
      if (t.as !== undefined) aliases.set(t.table, t.as);
      if (t.columns || t.rename)
        tables.set(t.table, {
          ...(t.columns ? { columns: t.columns } : {}),
          ...(t.rename ? { rename: t.rename } : {}),
        });
    }
    meta.set(s.name, m);
  }
  model.setPlanState(meta, aliases);
  const shared: KeptFromPlan['shared'] = new Map();
  for (const [list, role] of [
    [plan.reference, 'reference'],
    [plan.technical, 'technical'],
  ] as const)
    for (const t of list)
      shared.set(t.table, { role, reason: t.reason, ...(t.consumers ? { consumers: t.consumers } : {}) });
  return { tables, shared };
}

interface Parameters {
  seed: number;
  resolution: number;
  confidence: Map<TableKey, number>;
}

interface ParameterChange {
  before: Parameters;
  after: Parameters;
}

function bestService(
  evidence: EvidenceGraph,
  t: number,
  where: Map<TableKey, string | SharedRole>,
): string | null {
  const weight = new Map<string, number>();
  for (const [u, tie] of evidence.adjacency[t]!) {
    const w = where.get(evidence.index.tables[u]!.key);
    if (w === undefined || w === 'reference' || w === 'technical') continue;
    weight.set(w, (weight.get(w) ?? 0) + evidence.ties[tie]!.weight);
  }
  let best: string | null = null;
  let bestW = 0;
  for (const [s, w] of [...weight].sort()) if (w > bestW) [best, bestW] = [s, w];
  return best;
}
