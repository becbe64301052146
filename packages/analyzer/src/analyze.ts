import {
  type Assignment,
  PLAN_FORMAT,
  PLAN_VERSION,
  type Plan,
  type PlanTable,
  type SchemaSnapshot,
  SeamError,
  snapshotFingerprint,
  type TableKey,
  type TableRole,
  type Workload,
} from '@seam/core';
import {
  type ClusterConstraints,
  type Clustering,
  clusterTables,
  defaultClusterOptions,
  type SweepPoint,
} from './cluster.js';
import {
  CostModel,
  type CostTotals,
  ownershipRoles,
  type PlanConstraints,
  type ServiceFigures,
  type SharedRole,
} from './cost-model.js';
import {
  buildEvidence,
  type ChannelWeights,
  defaultChannelWeights,
  type EvidenceGraph,
} from './evidence-graph.js';
import {
  type BoundaryExplanation,
  consumersOf,
  explainBoundary,
  explainTable,
  nameWeightReason,
  type TableExplanation,
} from './explain.js';
import { auditFindings, type Finding } from './findings.js';
import { defaultRoleOptions, type RoleOptions } from './roles.js';
import { nameCommunities } from './service-names.js';
import { settleReference } from './settle-reference.js';
import { indexSnapshot } from './tables.js';

export interface AnalyzeOptions {
  seed?: number;
  /** Louvain runs per resolution (consensus and confidence come from them). */
  runs?: number;
  /** A resolution, or 'auto' for the most stable of `resolutions`. */
  resolution?: number | 'auto';
  resolutions?: number[];
  weights?: Partial<ChannelWeights>;
  roles?: Partial<RoleOptions>;
  /** Constraints to honour (merged with the previous plan's). */
  constraints?: {
    pins?: Record<TableKey, string>;
    together?: TableKey[][];
    apart?: Array<[TableKey, TableKey]>;
  };
  /** An earlier plan: its pins and constraints are kept, its service names reused where tables overlap. */
  previous?: Plan;
  /** Boundaries explained in full in the analysis (the costliest first). */
  boundaries?: number;
  onProgress?: (stage: string) => void;
}

export interface ConstraintReport {
  kind: 'pin' | 'together' | 'apart';
  tables: TableKey[];
  reason: string;
}

/** Everything `seam analyze --json` prints. */
export interface Analysis {
  format: 'seam.analysis';
  version: 1;
  snapshot: { database: string; dialect: 'postgres' | 'mysql'; fingerprint: string; tables: number };
  parameters: {
    seed: number;
    resolution: number;
    runs: number;
    resolutions: number[];
    weights: ChannelWeights;
    roles: RoleOptions;
  };
  totals: CostTotals;
  services: Array<{
    name: string;
    figures: ServiceFigures;
    tables: Array<{ table: TableKey; role: TableRole; confidence: number }>;
  }>;
  reference: Array<{ table: TableKey; reason: string; consumers: string[] }>;
  technical: Array<{ table: TableKey; reason: string }>;
  /** Every table → its service, or its shared role. */
  assignments: Record<TableKey, Assignment>;
  tables: TableExplanation[];
  /** The costliest boundaries, explained. */
  boundaries: BoundaryExplanation[];
  /** Every pair of services with a cost, costliest first. */
  pairs: ReturnType<CostModel['pairCosts']>;
  relations: {
    declared: number;
    inferred: Array<{
      child: TableKey;
      columns: string[];
      parent: TableKey;
      confidence: number;
      rules: string[];
    }>;
  };
  findings: Finding[];
  constraints: {
    pins: Record<TableKey, string>;
    together: TableKey[][];
    apart: Array<[TableKey, TableKey]>;
    violations: ConstraintReport[];
  };
  sweep: SweepPoint[];
  workload: { statements: number; transactions: number; unparsed: number };
  /** What evidence the database gave and what was missing, with what that changes (`notes`). */
  evidence: {
    /** `measured`: row counts and counters; `rows`: row counts only; `absent`: neither. */
    statistics: 'measured' | 'rows' | 'absent';
    notes: string[];
    /**
     * The name channel: name families found (a prefix most tables share set aside), how far the
     * schema's names agree with its keys, and the factor that learned for a family tie.
     */
    names: {
      families: number;
      strippedPrefixes: string[];
      keys: number;
      sameFamilyShare: number;
      chanceShare: number;
      factor: number;
      reason: string;
    };
  };
}

/** Plain sentences on missing evidence: what was absent and what the analysis did without it. */
function evidenceNotes(evidence: EvidenceGraph, workload: Workload | undefined): string[] {
  const notes: string[] = [];
  const { statistics, tables } = evidence.index;
  if (statistics.note) notes.push(statistics.note);
  const declared = evidence.relations.filter((r) => r.kind === 'declared').length;
  const inferred = evidence.relations.filter((r) => r.kind === 'inferred' && r.confidence >= 0.5).length;
  if (tables.length > 1 && declared === 0)
    notes.push(
      `no foreign keys are declared: ties come from ${inferred} reference(s) inferred from column names` +
        `${workload ? ' and the workload' : ''} and from shared name stems, and are weaker than declared keys`,
    );
  if (tables.length === 1) notes.push('one table: nothing to split, it forms one service');
  if (!workload)
    notes.push('no workload: queries and transactions, the strongest evidence, were not used (--workload)');
  return notes;
}

export interface AnalysisResult {
  analysis: Analysis;
  plan: Plan;
  /** The plan's cost model, ready for what-if edits. */
  model: CostModel;
}

function mergeConstraints(options: AnalyzeOptions): PlanConstraints {
  const prev = options.previous?.constraints;
  const own = options.constraints;
  const pins = new Map<TableKey, string>(Object.entries(prev?.pins ?? {}));
  for (const [k, v] of Object.entries(own?.pins ?? {})) pins.set(k, v);
  const together = [...(prev?.together ?? []), ...(own?.together ?? [])].map((g) => [...new Set(g)].sort());
  const apart = [...(prev?.apart ?? []), ...(own?.apart ?? [])].map(
    (p) => [...p].sort() as [TableKey, TableKey],
  );
  const uniq = <T>(list: T[]) => [...new Map(list.map((x) => [JSON.stringify(x), x])).values()];
  return { pins, together: uniq(together.filter((g) => g.length >= 2)), apart: uniq(apart) };
}

function resolveConstraints(
  evidence: EvidenceGraph,
  constraints: PlanConstraints,
  reports: ConstraintReport[],
): ClusterConstraints {
  const { byKey } = evidence.index;
  const known = (tables: TableKey[], kind: ConstraintReport['kind']) => {
    const missing = tables.filter((t) => !byKey.has(t));
    if (missing.length) reports.push({ kind, tables, reason: `not in the snapshot: ${missing.join(', ')}` });
    return missing.length === 0;
  };
  const pins = new Map<number, string>();
  for (const [table, service] of constraints.pins)
    if (known([table], 'pin')) pins.set(byKey.get(table)!, service);
  const together = constraints.together
    .filter((g) => known(g, 'together'))
    .map((g) => g.map((t) => byKey.get(t)!));
  const apart = constraints.apart
    .filter((p) => known(p, 'apart'))
    .map((p) => [byKey.get(p[0])!, byKey.get(p[1])!] as [number, number]);
  return { pins, together, apart };
}

const round = (x: number) => Math.round(x * 100) / 100;

/**
 * Places the tables Louvain leaves beside none of their links: junctions go with the side they tie to
 * most, and the tables in their community that reference them go along — unless their name family
 * holds them where they are more strongly than their links pull (`catalog_product_index_eav` stays
 * with the catalog's tables rather than follow `eav_attribute`). Returns the junctions names kept,
 * with the name-tie weight that kept each and the side it outweighed, for their reason.
 */
function placeJunctions(
  evidence: EvidenceGraph,
  clustering: Clustering,
  fixed: Set<number>,
): Map<number, { names: number; side: number; sideWeight: number }> {
  const { community } = clustering;
  const keptByNames = new Map<number, { names: number; side: number; sideWeight: number }>();
  evidence.roles.forEach((d, t) => {
    if (d.role !== 'junction' || !d.links || fixed.has(t) || community[t]! < 0) return;
    const sides = d.links.filter((l) => community[l]! >= 0);
    if (sides.length === 0 || sides.some((l) => community[l] === community[t])) return;
    let best = sides[0]!;
    let bestWeight = -1;
    for (const l of sides) {
      let w = 0;
      for (const [u, tie] of evidence.adjacency[t]!)
        if (community[u] === community[l]) w += evidence.ties[tie]!.weight;
      if (w > bestWeight) [best, bestWeight] = [l, w];
    }
    const from = community[t]!;
    let names = 0;
    for (const [u, tie] of evidence.adjacency[t]!)
      if (community[u] === from) names += evidence.ties[tie]!.prefix * evidence.weights.prefix;
    if (names > bestWeight) {
      keptByNames.set(t, { names, side: best, sideWeight: bestWeight });
      return;
    }
    community[t] = community[best]!;
    // Tables left beside it that reference it (holding → holding_summary) go along with their parent.
    for (const [u, tie] of evidence.adjacency[t]!) {
      if (community[u] !== from || fixed.has(u)) continue;
      const refersToT = evidence.ties[tie]!.relations.some(
        (r) => evidence.relations[r]!.child === u && evidence.relations[r]!.parent === t,
      );
      if (refersToT) community[u] = community[t]!;
    }
  });
  return keptByNames;
}

/**
 * Analyzes a snapshot (and optionally its workload): evidence graph, roles, constrained and seeded
 * clustering, costs, explanations and findings. Same input, options and seed → the same result.
 */
export function analyze(
  snapshot: SchemaSnapshot,
  workload?: Workload,
  options: AnalyzeOptions = {},
): AnalysisResult {
  if (snapshot.tables.length === 0) {
    throw new SeamError(
      'SEAM_SCHEMA_EMPTY',
      `The snapshot of ${snapshot.database || 'the database'} has no tables.`,
      {
        hint: 'Nothing to analyze: take the snapshot again from the schemas that hold the tables (seam introspect --schemas).',
      },
    );
  }
  const progress = options.onProgress ?? (() => {});
  const seed = options.seed ?? options.previous?.parameters.seed ?? defaultClusterOptions.seed;
  if (!Number.isInteger(seed)) throw new SeamError('SEAM_USAGE', `The seed must be an integer, not ${seed}.`);
  const weights = { ...defaultChannelWeights, ...options.weights };
  const roleOptions = { ...defaultRoleOptions, ...options.roles };
  const clusterOptions = {
    seed,
    runs: options.runs ?? defaultClusterOptions.runs,
    resolutions: options.resolutions ?? defaultClusterOptions.resolutions,
    resolution: options.resolution ?? defaultClusterOptions.resolution,
  };

  progress('reading tables and evidence');
  const index = indexSnapshot(snapshot);
  const evidence = buildEvidence(index, workload, { weights, roles: roleOptions });
  const n = index.tables.length;

  const reports: ConstraintReport[] = [];
  const planConstraints = mergeConstraints(options);
  const constraints = resolveConstraints(evidence, planConstraints, reports);
  const fixed = new Set<number>([...constraints.pins.keys(), ...constraints.together.flat()]);
  // Reference tables are clustered too (see settleReference); technical ones are set aside.
  const clustered = evidence.roles.map((d, t) => d.role !== 'technical' || fixed.has(t));

  progress(`clustering ${clustered.filter(Boolean).length} tables`);
  const clustering = clusterTables(evidence, clustered, constraints, clusterOptions);
  for (const v of clustering.violations)
    reports.push({ kind: v.kind, tables: v.tables.map((t) => index.tables[t]!.key), reason: v.reason });
  const keptByNames = placeJunctions(evidence, clustering, fixed);
  const lookupOwners = settleReference(evidence, clustering.community, fixed);

  const previousNames = new Map<TableKey, string>();
  for (const s of options.previous?.services ?? [])
    for (const t of s.tables) previousNames.set(t.table, s.name);
  const names = nameCommunities(evidence, clustering.community, clustering.pinned, previousNames);
  const assignment: Array<string | SharedRole> = Array.from({ length: n }, (_, t) => {
    const c = clustering.community[t]!;
    return c >= 0 ? names[c]! : (evidence.roles[t]!.role as SharedRole);
  });

  // Reference data read by one service only is that service's own table.
  const assignmentOf = (t: number): Assignment => {
    const a = assignment[t]!;
    return a === 'reference' || a === 'technical' ? { kind: a } : { kind: 'service', service: a };
  };
  const consumers = new Map<number, string[]>();
  const owned = new Map<number, string>();
  for (let t = 0; t < n; t++) {
    if (assignment[t] !== 'reference') continue;
    const list = consumersOf(evidence, assignmentOf, t);
    if (list.length === 1) owned.set(t, list[0]!);
    else consumers.set(t, list);
  }
  for (const [t, service] of owned) assignment[t] = service;

  progress('costing the plan');
  const model = new CostModel(evidence, assignment, clustering.resolution);
  model.setConstraints(planConstraints);
  model.setRoles(ownershipRoles(evidence, assignment));
  const roleOf = (t: number): TableRole => model.roleOf(t);
  const reasonOf = (t: number) => {
    const why = evidence.roles[t]!.reason;
    if (owned.has(t)) return `lookup read only by ${owned.get(t)}, so it owns it (${why})`;
    const k = keptByNames.get(t);
    if (k && assignment[t] !== 'reference' && assignment[t] !== 'technical')
      return (
        `${why}; kept with its name family in ${assignment[t]} (name ties ${round(k.names)}) rather than ` +
        `beside ${index.tables[k.side]!.key} in ${assignment[k.side]} (ties ${round(Math.max(0, k.sideWeight))})`
      );
    const o = lookupOwners.get(t);
    if (o && assignment[t] !== 'reference')
      return `lookup: ${o.readers} of the ${o.of} table(s) reading it are in ${assignment[t]}, so it owns it (${why})`;
    return why;
  };

  progress('explaining');
  const fingerprint = snapshotFingerprint(snapshot);
  const services = model.services().map((name) => ({
    name,
    figures: model.serviceFigures(name),
    tables: model.tablesOf(name).map((key) => {
      const t = index.byKey.get(key)!;
      return { table: key, role: roleOf(t), confidence: round(clustering.confidence[t]!) };
    }),
  }));
  const assignments: Record<TableKey, Assignment> = {};
  const tables: TableExplanation[] = [];
  for (let t = 0; t < n; t++) {
    assignments[index.tables[t]!.key] = model.assignmentOf(t);
    const e = explainTable(model, t, clustering.confidence[t]);
    tables.push({ ...e, role: roleOf(t), reason: reasonOf(t) });
  }
  const pairs = model.pairCosts();
  const boundaries = pairs
    .slice(0, options.boundaries ?? 20)
    .map((p) => explainBoundary(model, p.services[0], p.services[1]));

  const analysis: Analysis = {
    format: 'seam.analysis',
    version: 1,
    snapshot: { database: snapshot.database, dialect: snapshot.engine.dialect, fingerprint, tables: n },
    parameters: {
      seed,
      resolution: clustering.resolution,
      runs: clusterOptions.runs,
      resolutions: clusterOptions.resolutions,
      weights,
      roles: roleOptions,
    },
    totals: model.cost(),
    services,
    reference: [...consumers].map(([t, list]) => ({
      table: index.tables[t]!.key,
      reason: reasonOf(t),
      consumers: list,
    })),
    technical: index.tables
      .filter((t) => assignment[t.index] === 'technical')
      .map((t) => ({ table: t.key, reason: reasonOf(t.index) })),
    assignments,
    tables,
    boundaries,
    pairs,
    relations: {
      declared: evidence.relations.filter((r) => r.kind === 'declared').length,
      inferred: evidence.relations
        .filter((r) => r.kind === 'inferred')
        .map((r) => ({
          child: index.tables[r.child]!.key,
          columns: r.columns,
          parent: index.tables[r.parent]!.key,
          confidence: r.confidence,
          rules: r.rules,
        })),
    },
    findings: auditFindings(evidence, workload?.unparsed.count ?? 0),
    constraints: {
      pins: Object.fromEntries([...planConstraints.pins].sort()),
      together: planConstraints.together,
      apart: planConstraints.apart,
      violations: reports,
    },
    sweep: clustering.sweep,
    workload: {
      statements: evidence.workload.statements.length,
      transactions: evidence.workload.transactions.length,
      unparsed: workload?.unparsed.count ?? 0,
    },
    evidence: {
      statistics: index.statistics.rows ? (index.statistics.counters ? 'measured' : 'rows') : 'absent',
      notes: evidenceNotes(evidence, workload),
      names: {
        families: evidence.names.families.members.length,
        strippedPrefixes: [...new Set([...evidence.names.families.stripped.values()].flat())],
        keys: evidence.names.agreement.relations,
        sameFamilyShare: Math.round(evidence.names.agreement.observed * 1000) / 1000,
        chanceShare: Math.round(evidence.names.agreement.chance * 1000) / 1000,
        factor: Math.round(evidence.names.factor * 100) / 100,
        reason: nameWeightReason(evidence),
      },
    },
  };
  model.setPlanState(new Map(), distinctTableNames(model));
  const plan = planFromModel(model, snapshot, {
    seed,
    resolution: clustering.resolution,
    extra: { runs: clusterOptions.runs, weights },
    confidence: (t) => clustering.confidence[t]!,
    roleOf,
    reasonOf,
    fingerprint,
  });
  return { analysis, plan, model };
}

/** The plan the model holds now, ready for planToYaml. */
/**
 * Names for tables whose names a service would hold twice once case is ignored (`Orders` and
 * `orders`, or `sales.orders` and `public.orders`), which `seam generate` refuses: every table after
 * the first takes `<schema>_<name>`, or `<name>_<n>`, whichever is free. An architect can rename
 * them with `seam plan alias`.
 */
function distinctTableNames(model: CostModel): Map<TableKey, string> {
  const out = new Map<TableKey, string>();
  for (const service of model.services()) {
    const tables = model.tablesOf(service).map((key) => ({
      key,
      ...model.evidence.index.tables[model.indexOf(key)]!.table,
    }));
    const taken = new Set(tables.map((t) => t.name.toLowerCase()));
    const seen = new Set<string>();
    for (const t of tables) {
      const lower = t.name.toLowerCase();
      if (!seen.has(lower)) {
        seen.add(lower);
        continue;
      }
      let name = `${t.schema}_${t.name}`;
      for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${t.name}_${n}`;
      taken.add(name.toLowerCase());
      out.set(t.key, name);
    }
  }
  return out;
}

export function planFromModel(
  model: CostModel,
  snapshot: SchemaSnapshot,
  options: {
    seed: number;
    resolution: number;
    extra?: Record<string, unknown>;
    confidence?: (table: number) => number;
    roleOf?: (table: number) => TableRole;
    reasonOf?: (table: number) => string;
    /** What the plan file gave a table that the model does not edit (a column subset, column renames). */
    tableExtra?: (table: TableKey) => Pick<PlanTable, 'columns' | 'rename'> | undefined;
    /** What the plan file gave a shared table, kept while the table keeps that role. */
    sharedExtra?: (
      table: TableKey,
      role: SharedRole,
    ) => { reason?: string; consumers?: string[] } | undefined;
    /** The snapshot's fingerprint, when already computed. */
    fingerprint?: string;
  },
): Plan {
  const ev = model.evidence;
  const roleOf = options.roleOf ?? ((t: number) => model.roleOf(t));
  const reasonOf = options.reasonOf ?? ((t: number) => ev.roles[t]!.reason);
  const constraints = model.constraints();
  const serviceNames = new Set(model.services());
  return {
    format: PLAN_FORMAT,
    version: PLAN_VERSION,
    snapshot: {
      database: snapshot.database,
      dialect: snapshot.engine.dialect,
      fingerprint: options.fingerprint ?? snapshotFingerprint(snapshot),
      tables: snapshot.tables.length,
    },
    parameters: { seed: options.seed, resolution: options.resolution, ...options.extra },
    services: model.services().map((name) => {
      const { description, target, move, columnSplits } = model.serviceMeta(name);
      return {
        name,
        ...(description !== undefined ? { description } : {}),
        ...(target ? { target } : {}),
        ...(move ? { move } : {}),
        tables: [
          ...model.tablesOf(name).map((key) => {
            const t = model.indexOf(key);
            const role = roleOf(t);
            const confidence = options.confidence?.(t);
            const as = model.aliasOf(t);
            return {
              table: key,
              ...(as !== undefined ? { as } : {}),
              ...options.tableExtra?.(key),
              ...(role !== 'entity' ? { role } : {}),
              ...(confidence !== undefined && confidence < 1 ? { confidence: round(confidence) } : {}),
            };
          }),
          ...(columnSplits ?? []),
        ],
      };
    }),
    reference: model.shared('reference').map((key) => {
      const t = model.indexOf(key);
      const kept = options.sharedExtra?.(key, 'reference');
      return {
        table: key,
        reason: kept?.reason ?? reasonOf(t),
        consumers: kept?.consumers?.every((c) => serviceNames.has(c))
          ? kept.consumers
          : consumersOf(ev, (u) => model.assignmentOf(u), t),
      };
    }),
    technical: model.shared('technical').map((key) => ({
      table: key,
      reason: options.sharedExtra?.(key, 'technical')?.reason ?? reasonOf(model.indexOf(key)),
    })),
    constraints: {
      pins: Object.fromEntries(constraints.pins),
      together: constraints.together,
      apart: constraints.apart,
    },
  };
}
