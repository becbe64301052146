import { type Analysis, type AnalysisResult, type AnalyzeOptions, analyze } from '@seam/analyzer';
import {
  countNotCarried,
  type NotCarried,
  notCarried,
  type Plan,
  printable,
  readPlanFile,
  type SchemaSnapshot,
  SeamError,
  type Workload,
  writePlanFile,
} from '@seam/core';
import { bytes, columns, count } from '@seam/plan';
import type { Command } from 'commander';
import { type GlobalOptions, printResult, progress } from '../output.js';
import { type AnalysisInputOptions, loadAnalysisInput, withAnalysisInputs } from './analysis-input.js';

export interface AnalyzeCommandOptions {
  seed?: number;
  resolution?: number | 'auto';
  runs?: number;
  previous?: Plan;
  onProgress?: (message: string) => void;
}

/**
 * The core of `seam analyze`: a snapshot and an optional workload in, the analysis and the plan out.
 * Other sources (a live database, the bundled sample) only have to produce the two inputs.
 */
export function runAnalysis(
  snapshot: SchemaSnapshot,
  workload: Workload | undefined,
  options: AnalyzeCommandOptions = {},
): AnalysisResult {
  const analyzeOptions: AnalyzeOptions = {
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.resolution !== undefined ? { resolution: options.resolution } : {}),
    ...(options.runs !== undefined ? { runs: options.runs } : {}),
    ...(options.previous ? { previous: options.previous } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  };
  return analyze(snapshot, workload, analyzeOptions);
}

const MAX_LIST = 8;

/** The readable summary `seam analyze` prints. */
/** Per service, what generate will not carry (triggers, views, …); the runbook says what to do. */
function renderNotCarried(behaviour: Record<string, NotCarried[]>): string[] {
  const services = Object.entries(behaviour).filter(([, items]) => items.length);
  if (!services.length) return [];
  const out = [
    '',
    'Not carried to the services (listed with what to do in each RUNBOOK.md; --json for all):',
  ];
  for (const [name, items] of services) {
    out.push(`  ${name}: ${countNotCarried(items)}`);
    for (const i of items.slice(0, 3)) out.push(`    ${i.kind} ${JSON.stringify(i.name)}`);
    if (items.length > 3) out.push(`    … and ${items.length - 3} more`);
  }
  return out;
}

export function renderSummary(analysis: Analysis, planPath?: string, footer?: string): string {
  const out: string[] = [];
  const t = analysis.totals;
  const inferred = analysis.relations.inferred.filter((r) => r.confidence >= 0.5).length;
  out.push(
    `Analyzed ${analysis.snapshot.database} (${analysis.snapshot.dialect}): ${analysis.snapshot.tables} tables, ` +
      `${analysis.relations.declared} foreign keys + ${inferred} implied` +
      (analysis.workload.statements
        ? `, ${analysis.workload.statements} statements, ${analysis.workload.transactions} transaction shapes`
        : ', no workload'),
  );
  out.push(
    `Plan: ${t.services} services · ${analysis.reference.length} reference · ${analysis.technical.length} technical · ` +
      `modularity ${t.modularity.toFixed(3)} · seed ${analysis.parameters.seed} · resolution ${analysis.parameters.resolution}`,
  );
  out.push(
    `Cost: ${t.crossFks} cross-service foreign keys (+${t.crossInferredFks} implied)` +
      (analysis.workload.statements
        ? `, ${(t.crossJoinShare * 100).toFixed(1)}% of calls cross services`
        : '') +
      (analysis.workload.transactions
        ? `, ${(t.distributedTransactionShare * 100).toFixed(1)}% of transactions become distributed`
        : ''),
  );
  for (const note of analysis.evidence.notes) out.push(`Note: ${note}`);
  out.push('');
  const rows = [['SERVICE', 'TABLES', 'ROWS', 'SIZE', 'WRITES', 'X-FKS', 'X-CALLS', 'DIST-TX', 'Q']];
  for (const s of analysis.services) {
    const f = s.figures;
    rows.push([
      s.name,
      String(f.tables),
      count(f.rows),
      bytes(f.bytes),
      count(f.writes),
      String(f.crossFks),
      count(f.crossJoinCalls),
      count(f.distributedTransactions),
      f.modularity.toFixed(3),
    ]);
  }
  out.push(columns(rows).join('\n'));
  if (analysis.reference.length) {
    out.push('', 'Reference data (replicated to the services that read it):');
    for (const r of analysis.reference.slice(0, MAX_LIST))
      out.push(
        `  ${printable(r.table)}: ${r.reason}${r.consumers.length ? `; read by ${r.consumers.map(printable).join(', ')}` : ''}`,
      );
    if (analysis.reference.length > MAX_LIST)
      out.push(`  … and ${analysis.reference.length - MAX_LIST} more (--json)`);
  }
  if (analysis.technical.length) {
    out.push('', 'Technical tables (set aside):');
    for (const r of analysis.technical.slice(0, MAX_LIST)) out.push(`  ${printable(r.table)}: ${r.reason}`);
    if (analysis.technical.length > MAX_LIST)
      out.push(`  … and ${analysis.technical.length - MAX_LIST} more (--json)`);
  }
  if (analysis.boundaries.length) {
    out.push('', 'Costliest boundaries:');
    for (const b of analysis.boundaries.slice(0, 5)) {
      const c = b.cost;
      out.push(
        `  ${printable(b.services[0])} ↔ ${printable(b.services[1])}: ${c.fks} FKs${c.inferredFks ? ` + ${c.inferredFks} implied` : ''}` +
          (c.joinStatements ? `, ${c.joinStatements} statements (${count(c.joinCalls)} calls)` : '') +
          (c.transactionShapes
            ? `, ${c.transactionShapes} transaction shapes (${count(c.transactions)} runs)`
            : ''),
      );
      for (const f of b.fks.slice(0, 3))
        out.push(
          `    FK ${printable(f.child)}(${f.columns.map(printable).join(', ')}) → ${printable(f.parent)}${f.onDelete && f.onDelete !== 'NO ACTION' ? ` ON DELETE ${f.onDelete}` : ''}: ${f.looseFk.action}`,
        );
      if (b.fks.length > 3) out.push(`    … ${b.fks.length - 3} more FKs`);
      for (const j of b.joins.slice(0, 2)) out.push(`    query ${j.id} (${count(j.calls)} calls): ${j.text}`);
      for (const r of b.remedies.slice(0, 2)) out.push(`    → ${r}`);
    }
  }
  const unsure = analysis.tables
    .filter((x) => x.assignment.kind === 'service' && x.runnerUp && x.summary.includes('% of runs agree'))
    .slice(0, 5);
  if (unsure.length) {
    out.push('', 'Least certain placements (look at these first):');
    for (const x of unsure) out.push(`  ${x.summary}`);
  }
  const v = analysis.constraints.violations;
  if (v.length) {
    out.push('', 'Constraints that cannot be met:');
    for (const x of v) out.push(`  ${x.kind} ${x.tables.map(printable).join(', ')}: ${x.reason}`);
  }
  const bySeverity = (s: string) => analysis.findings.filter((f) => f.severity === s);
  out.push(
    '',
    `Findings: ${bySeverity('error').length} errors, ${bySeverity('warning').length} warnings, ${bySeverity('info').length} notes`,
  );
  const groups = new Map<string, typeof analysis.findings>();
  for (const f of analysis.findings) {
    const key = `${f.severity}\u0000${f.code}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const ordered = [...groups.values()].sort(
    (a, b) => rank[a[0]!.severity] - rank[b[0]!.severity] || b.length - a.length,
  );
  for (const list of ordered.slice(0, 8)) {
    const f = list[0]!;
    out.push(
      `  ${f.severity.padEnd(7)} ${f.code}${list.length > 1 ? ` ×${list.length}, e.g.` : ':'} ${f.message}`,
    );
  }
  out.push('', footer ?? (planPath ? `Plan written to ${planPath}.` : 'Write the plan with -o plan.yaml.'));
  return out.join('\n');
}

function parseSeed(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n))
    throw new SeamError('SEAM_USAGE', `--seed must be an integer, not "${value}".`);
  return n;
}

function parseResolution(value: string): number | 'auto' {
  if (value === 'auto') return 'auto';
  const n = Number(value);
  if (!(n > 0) || !Number.isFinite(n))
    throw new SeamError('SEAM_USAGE', `--resolution must be a positive number or "auto", not "${value}".`);
  return n;
}

export function registerAnalyze(program: Command): void {
  withAnalysisInputs(
    program
      .command('analyze')
      .description('cluster the tables of a schema into services and explain what every boundary costs'),
  )
    .option('--plan <file>', 'an existing plan.yaml: keep its pins and constraints and its service names')
    .option('-o, --output <file>', 'write the plan to this file (plan.yaml)')
    .option('--seed <n>', 'seed of the clustering (same input and seed, same plan)', parseSeed)
    .option(
      '--resolution <r>',
      'Louvain resolution (higher: more, smaller services), or "auto"',
      parseResolution,
    )
    .action(
      async (
        options: AnalysisInputOptions & {
          plan?: string;
          output?: string;
          seed?: number;
          resolution?: number | 'auto';
        },
        command: Command,
      ) => {
        const global = command.optsWithGlobals<GlobalOptions>();
        const { snapshot, workload } = await loadAnalysisInput(options, (m) => progress(global, m));
        const previous = options.plan ? await readPlanFile(options.plan) : undefined;
        const { analysis, plan } = runAnalysis(snapshot, workload, {
          ...(options.seed !== undefined ? { seed: options.seed } : {}),
          ...(options.resolution !== undefined ? { resolution: options.resolution } : {}),
          ...(previous ? { previous } : {}),
          onProgress: (m) => progress(global, m),
        });
        if (options.output) await writePlanFile(options.output, plan);
        // Per service: what the database does for its tables that generate will not carry.
        const behaviour: Record<string, NotCarried[]> = Object.fromEntries(
          plan.services.map((s) => [
            s.name,
            notCarried(
              snapshot,
              s.tables.map((t) => t.table),
            ),
          ]),
        );
        printResult(global, { ...analysis, plan, notCarried: behaviour }, () =>
          [renderSummary(analysis, options.output), ...renderNotCarried(behaviour)].join('\n'),
        );
      },
    );
}
