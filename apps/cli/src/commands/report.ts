import { analyze, PlanEditor } from '@seam/analyzer';
import { printable, readPlanFile, SeamError } from '@seam/core';
import {
  DEFAULT_LIMITS,
  formatOfPath,
  parseReportFormat,
  type ReportFormat,
  type ReportSummary,
  renderReport,
  writeReport,
} from '@seam/report';
import type { Command } from 'commander';
import { type GlobalOptions, printResult, progress } from '../output.js';
import { type AnalysisInputOptions, loadAnalysisInput, withAnalysisInputs } from './analysis-input.js';

interface ReportCommandOptions extends AnalysisInputOptions {
  plan?: string;
  output?: string;
  format?: ReportFormat;
  maxTables?: number;
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1)
    throw new SeamError('SEAM_USAGE', `--max-tables must be a whole number ≥ 1, not "${value}".`);
  return n;
}

/** The line people read after a report is written (names in the notes made safe for a terminal). */
export function describeReport(s: ReportSummary): string {
  const what =
    s.format === 'html'
      ? `${s.drawn.toLocaleString('en-US')} of ${s.tables.toLocaleString('en-US')} tables drawn, ${s.services} services, ${s.boundaries} boundaries explained`
      : `${s.services} services, ${s.boundaries} boundaries`;
  return [
    `Wrote ${s.path} (${s.format}, ${(s.bytes / 1024).toFixed(0)} KiB): ${what}.`,
    ...s.leftOut.map((l) => `  left out: ${printable(l)}`),
  ].join('\n');
}

export function registerReport(program: Command): void {
  withAnalysisInputs(
    program
      .command('report')
      .description(
        'draw the split: one self-contained HTML page (graph, services, boundaries), or Mermaid / DOT text',
      ),
  )
    .option('--plan <file>', 'the plan.yaml to draw (default: a fresh analysis of the schema)')
    .option(
      '-o, --output <file>',
      'where to write it (HTML: seam-report.html; Mermaid and DOT: stdout; "-" is stdout)',
    )
    .option(
      '--format <format>',
      'html, mermaid or dot (default: from the file name, else html)',
      parseReportFormat,
    )
    .option(
      '--max-tables <n>',
      `tables drawn at most; past it the most tied are drawn and the rest named as left out (default ${DEFAULT_LIMITS.tables})`,
      parseCount,
    )
    .addHelpText(
      'after',
      `
The HTML page needs no network: sigma.js, graphology and the data are inside it. Names are escaped
for each format. Examples:
  seam report --sample                                  # seam-report.html from a fresh analysis
  seam report --plan plan.yaml --snapshot s.json -o split.html
  seam report --plan plan.yaml --snapshot s.json --format mermaid > split.mmd`,
    )
    .action(async (options: ReportCommandOptions, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>();
      const say = (m: string) => progress(global, m);
      const format = options.format ?? (options.output ? formatOfPath(options.output) : undefined) ?? 'html';
      const output = options.output ?? (format === 'html' ? 'seam-report.html' : '-');
      const plan = options.plan ? await readPlanFile(options.plan) : undefined;
      const { snapshot, workload } = await loadAnalysisInput(options, say);
      const editor = plan
        ? PlanEditor.open(snapshot, workload, plan)
        : PlanEditor.fromAnalysis(analyze(snapshot, workload, { onProgress: say }), snapshot);
      const reportOptions = {
        onProgress: say,
        ...(options.maxTables ? { limits: { tables: options.maxTables } } : {}),
      };
      if (output === '-') {
        const { text, summary } = await renderReport(editor, format, reportOptions);
        for (const l of summary.leftOut) say(`left out: ${printable(l)}`);
        if (global.json) printResult(global, { ...summary, text }, () => text);
        else process.stdout.write(text);
        return;
      }
      const summary = await writeReport(editor, output, format, reportOptions);
      printResult(global, summary, () => describeReport(summary));
    });
}
