import type { PlanEditor } from '@seam/analyzer';
import { SeamError, writeTextFileAtomic } from '@seam/core';
import { renderDot } from './dot.js';
import { renderHtml } from './html.js';
import { renderMermaid } from './mermaid.js';
import { buildReportModel, type ReportModel, type ReportOptions } from './report-model.js';

export type ReportFormat = 'html' | 'mermaid' | 'dot';

/** Each format: how it is drawn and whether it needs the tables laid out. */
export const REPORT_FORMATS: Record<
  ReportFormat,
  { render: (model: ReportModel) => string | Promise<string>; layout: boolean }
> = {
  html: { render: renderHtml, layout: true },
  mermaid: { render: renderMermaid, layout: false },
  dot: { render: renderDot, layout: true },
};

export function parseReportFormat(value: string): ReportFormat {
  if (Object.hasOwn(REPORT_FORMATS, value)) return value as ReportFormat;
  throw new SeamError(
    'SEAM_USAGE',
    `--format must be one of ${Object.keys(REPORT_FORMATS).join(', ')}, not "${value}".`,
  );
}

/** What a written report holds, for `--json` and for the line people read. */
export interface ReportSummary {
  format: ReportFormat;
  path: string | null;
  bytes: number;
  tables: number;
  drawn: number;
  edges: number;
  services: number;
  boundaries: number;
  leftOut: string[];
}

/** Draws the editor's plan in a format: the text and what it holds. */
export async function renderReport(
  editor: PlanEditor,
  format: ReportFormat,
  options: ReportOptions = {},
): Promise<{ text: string; summary: ReportSummary }> {
  const spec = REPORT_FORMATS[format];
  const model = buildReportModel(editor, { ...options, layout: spec.layout });
  const text = await spec.render(model);
  return {
    text,
    summary: {
      format,
      path: null,
      bytes: Buffer.byteLength(text),
      tables: model.tableCount,
      drawn: model.tables.length,
      edges: model.edges.length,
      services: model.services.length,
      boundaries: model.boundaries.length,
      leftOut: model.leftOut,
    },
  };
}

/** Draws the editor's plan and writes it to `path` (atomically: a crash leaves no half file). */
export async function writeReport(
  editor: PlanEditor,
  path: string,
  format: ReportFormat,
  options: ReportOptions = {},
): Promise<ReportSummary> {
  const { text, summary } = await renderReport(editor, format, options);
  options.onProgress?.(`writing ${path}`);
  await writeTextFileAtomic(path, text);
  return { ...summary, path };
}

const EXTENSIONS: Record<string, ReportFormat> = {
  html: 'html',
  htm: 'html',
  mmd: 'mermaid',
  mermaid: 'mermaid',
  dot: 'dot',
  gv: 'dot',
};

/** The format a file name asks for (`split.mmd` → mermaid), when it asks for one. */
export function formatOfPath(path: string): ReportFormat | undefined {
  const ext = /\.([a-z]+)$/iu.exec(path)?.[1]?.toLowerCase();
  return ext ? EXTENSIONS[ext] : undefined;
}
