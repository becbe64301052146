import { SeamError } from '@seam/core';
import { parse } from 'csv-parse/sync';

export type ExportRow = Record<string, string | number | boolean | null>;

/**
 * Reads the rows of an exported statistics view: JSON (an array of objects, `{ "rows": [...] }`,
 * or one object per line) or CSV/TSV with a header line (psql `\copy … csv header`, `mysql -B`).
 * Column names are lower-cased. Anything else is SEAM_WORKLOAD_INVALID.
 */
export function parseExportRows(text: string, what: string): ExportRow[] {
  const trimmed = text.trimStart();
  if (trimmed.length === 0) throw new SeamError('SEAM_WORKLOAD_INVALID', `${what} is empty.`);
  let rows: unknown[];
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    rows = parseJsonRows(trimmed, what);
  } else {
    const firstLine = trimmed.slice(0, trimmed.indexOf('\n') < 0 ? undefined : trimmed.indexOf('\n'));
    const tab = firstLine.includes('\t');
    try {
      rows = parse(trimmed, {
        columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
        delimiter: tab ? '\t' : ',',
        quote: tab ? false : '"',
        skip_empty_lines: true,
        bom: true,
      });
    } catch (error) {
      throw new SeamError(
        'SEAM_WORKLOAD_INVALID',
        `${what} is not a CSV export: ${(error as Error).message}`,
      );
    }
    if (tab) rows = (rows as ExportRow[]).map(unescapeTsv);
  }
  return rows.map((r, i) => {
    if (!r || typeof r !== 'object' || Array.isArray(r)) {
      throw new SeamError('SEAM_WORKLOAD_INVALID', `${what}: row ${i + 1} is not an object.`);
    }
    const out: ExportRow = {};
    for (const [k, v] of Object.entries(r)) out[k.toLowerCase()] = v as ExportRow[string];
    return out;
  });
}

function parseJsonRows(text: string, what: string): unknown[] {
  try {
    const data = JSON.parse(text) as unknown;
    if (Array.isArray(data)) return data;
    const o = data as { rows?: unknown; data?: unknown };
    if (Array.isArray(o.rows)) return o.rows;
    if (Array.isArray(o.data)) return o.data;
    return [data];
  } catch (error) {
    // One JSON object per line (NDJSON)?
    const lines = text.split('\n').filter((l) => l.trim());
    try {
      return lines.map((l) => JSON.parse(l) as unknown);
    } catch {
      throw new SeamError('SEAM_WORKLOAD_INVALID', `${what} is not JSON: ${(error as Error).message}.`);
    }
  }
}

/** mysql --batch writes \n, \t and \\ as escapes and NULL as the word NULL. */
function unescapeTsv(row: ExportRow): ExportRow {
  const out: ExportRow = {};
  for (const [k, v] of Object.entries(row)) {
    const s = String(v);
    out[k] =
      s === 'NULL'
        ? null
        : s.replace(/\\([nt0\\])/g, (_m, c: string) => ({ n: '\n', t: '\t', '0': '\0', '\\': '\\' })[c]!);
  }
  return out;
}

/** The first of several column names that the row has (views renamed columns across versions). */
export function pick(row: ExportRow, ...names: string[]): string | number | boolean | null | undefined {
  for (const n of names) if (row[n] !== undefined) return row[n];
  return undefined;
}

/** Requires columns in the first row, naming the missing ones. */
export function requireColumns(rows: ExportRow[], what: string, required: string[][]): void {
  const first = rows[0];
  if (!first) return;
  const missing = required
    .filter((alternatives) => !alternatives.some((a) => a in first))
    .map((a) => a.join(' or '));
  if (missing.length) {
    throw new SeamError(
      'SEAM_WORKLOAD_INVALID',
      `${what} has no column ${missing.join(', ')} (columns: ${Object.keys(first).join(', ')}).`,
    );
  }
}
