import {
  type BoundaryExplanation,
  type CostTotals,
  type PlanEditor,
  type ServiceFigures,
  seededRandom,
} from '@seam/analyzer';
import { SeamError, type TableKey } from '@seam/core';
import { layoutTables } from './layout.js';

/** How far the graph goes; past these, the report draws part and says what it left out. */
export interface ReportLimits {
  /** Tables drawn as nodes (default 5,000: sigma stays fluid; the layout stays under a few seconds). */
  tables: number;
  /** Ties drawn as edges. */
  edges: number;
  /** Boundaries explained (foreign keys, statements, transactions, remedies). */
  boundaries: number;
}

export const DEFAULT_LIMITS: ReportLimits = { tables: 5000, edges: 40_000, boundaries: 50 };

export interface ReportService extends ServiceFigures {
  color: string;
}

export interface ReportTable {
  key: TableKey;
  /** The service that owns it, or `reference` / `technical`. */
  place: string;
  role: string;
  rows: number;
  bytes: number;
  reason: string;
  summary: string;
  ties: { table: TableKey; where: string; weight: number; evidence: string[] }[];
  x: number;
  y: number;
}

/** One drawn tie: indexes into `tables`, its weight, and whether it crosses a boundary between services. */
export type ReportEdge = [source: number, target: number, weight: number, cut: 0 | 1];

/** Everything the HTML page, the Mermaid flowchart and the DOT graph are drawn from: plain JSON. */
export interface ReportModel {
  format: 'seam.report';
  version: 1;
  database: string;
  dialect: string;
  tableCount: number;
  scope: { statements: boolean; transactions: boolean };
  totals: CostTotals;
  services: ReportService[];
  reference: TableKey[];
  technical: TableKey[];
  tables: ReportTable[];
  edges: ReportEdge[];
  boundaries: BoundaryExplanation[];
  /** What the report does not show, in sentences for people (also printed by the CLI). */
  leftOut: string[];
}

export interface ReportOptions {
  limits?: Partial<ReportLimits>;
  /** Seed of the layout (default 1: the same plan draws the same picture). */
  seed?: number;
  /** Lay the tables out (default true; Mermaid draws only services and needs none). */
  layout?: boolean;
  onProgress?: (message: string) => void;
}

/** Colours that stay apart on white (Okabe-Ito, then Tableau and Dark2); past 19 services they repeat. */
const PALETTE = [
  '#0072b2',
  '#e69f00',
  '#009e73',
  '#cc79a7',
  '#56b4e9',
  '#d55e00',
  '#4e79a7',
  '#f28e2b',
  '#59a14f',
  '#b07aa1',
  '#9c755f',
  '#76b7b2',
  '#ff9da7',
  '#e15759',
  '#17becf',
  '#bcbd22',
  '#7570b3',
  '#66a61e',
  '#a6761d',
];
export const SHARED_COLORS: Record<string, string> = { reference: '#888888', technical: '#bbbbbb' };

const count = (n: number) => n.toLocaleString('en-US');

/**
 * The report of the plan an editor holds: its services and costs as `seam analyze` prints them, its
 * costliest boundaries explained, and its tables laid out (once, here, so the page only draws).
 */
export function buildReportModel(editor: PlanEditor, options: ReportOptions = {}): ReportModel {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  for (const [name, value] of Object.entries(limits))
    if (!Number.isSafeInteger(value) || value < 0)
      throw new SeamError(
        'SEAM_USAGE',
        `The report's ${name} limit must be a whole number ≥ 0, not ${value}.`,
      );
  const progress = options.onProgress ?? (() => {});
  const model = editor.model;
  const ev = model.evidence;
  const n = model.tableCount;
  const leftOut: string[] = [];
  if (editor.stale.length)
    leftOut.push(
      `${count(editor.stale.length)} table(s) of the plan are not in the snapshot and are left out: ${editor.stale.slice(0, 10).join(', ')}${editor.stale.length > 10 ? ', …' : ''}.`,
    );
  if (editor.unplanned.length)
    leftOut.push(
      `${count(editor.unplanned.length)} table(s) of the snapshot are not in the plan; they are drawn where they tie most (or set aside as technical): ${editor.unplanned.slice(0, 10).join(', ')}${editor.unplanned.length > 10 ? ', …' : ''}.`,
    );
  if (n === 0) leftOut.push('The snapshot has no tables: there is nothing to draw.');

  const services = model.services().map((name, i) => ({
    ...model.serviceFigures(name),
    color: PALETTE[i % PALETTE.length]!,
  }));
  if (n > 0 && services.length === 0)
    leftOut.push('The plan has no services: every table is shared (reference or technical).');

  // Which tables to draw: all of them up to the limit; past it, the most tied ones, so the picture
  // keeps the structure and what is cut is the periphery.
  const degree = new Float64Array(n);
  for (const tie of ev.ties) {
    degree[tie.a]! += tie.weight;
    degree[tie.b]! += tie.weight;
  }
  let drawn = Array.from({ length: n }, (_, t) => t);
  if (n > limits.tables) {
    drawn = drawn
      .sort((a, b) => degree[b]! - degree[a]! || a - b)
      .slice(0, limits.tables)
      .sort((a, b) => a - b);
    leftOut.push(
      `The graph draws ${count(limits.tables)} of the ${count(n)} tables (those with the strongest ties); ` +
        `the services, their figures and the boundaries below count every table. Raise the limit with --max-tables.`,
    );
  }
  const slot = new Int32Array(n).fill(-1);
  drawn.forEach((t, i) => {
    slot[t] = i;
  });

  const place = (t: number) => {
    const a = model.assignmentOf(t);
    return a.kind === 'service' ? a.service : a.kind;
  };
  let ties = ev.ties.filter((tie) => tie.weight > 0 && slot[tie.a]! >= 0 && slot[tie.b]! >= 0);
  if (ties.length > limits.edges) {
    const all = ties.length;
    ties = [...ties].sort((x, y) => y.weight - x.weight).slice(0, limits.edges);
    leftOut.push(
      `The graph draws the ${count(limits.edges)} strongest of the ${count(all)} ties between drawn tables.`,
    );
  }
  const edges: ReportEdge[] = ties.map((tie) => {
    const sa = model.serviceIndexOf(tie.a);
    const sb = model.serviceIndexOf(tie.b);
    return [slot[tie.a]!, slot[tie.b]!, round(tie.weight), sa >= 0 && sb >= 0 && sa !== sb ? 1 : 0];
  });

  if (options.layout !== false)
    progress(`laying out ${count(drawn.length)} tables and ${count(edges.length)} ties`);
  const groups = drawn.map((t) => place(t));
  const positions =
    options.layout === false
      ? new Float64Array(2 * drawn.length)
      : layoutTables(groups, edges, seededRandom(options.seed ?? 1));

  progress('explaining tables and boundaries');
  const tables: ReportTable[] = drawn.map((t, i) => {
    const info = ev.index.tables[t]!;
    const e = editor.explainTable(info.key);
    return {
      key: info.key,
      place: groups[i]!,
      role: e.role,
      rows: info.rows,
      bytes: info.bytes,
      reason: e.reason,
      summary: e.summary,
      ties: e.ties,
      x: positions[2 * i]!,
      y: positions[2 * i + 1]!,
    };
  });
  const pairs = model.pairCosts();
  if (pairs.length > limits.boundaries)
    leftOut.push(
      `${count(pairs.length - limits.boundaries)} cheaper boundaries are listed without their explanation (the ${count(limits.boundaries)} costliest are explained).`,
    );
  const boundaries = pairs
    .slice(0, limits.boundaries)
    .map((p) => editor.explainBoundary(p.services[0], p.services[1]));

  return {
    format: 'seam.report',
    version: 1,
    database: editor.snapshot.database,
    dialect: editor.snapshot.engine.dialect,
    tableCount: n,
    scope: {
      statements: ev.workload.statements.length > 0,
      transactions: ev.workload.transactions.length > 0,
    },
    totals: model.cost(),
    services,
    reference: model.shared('reference'),
    technical: model.shared('technical'),
    tables,
    edges,
    boundaries,
    leftOut,
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
