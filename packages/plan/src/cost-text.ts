import type { CostTotals } from '@seam/analyzer';
import stringWidth from 'string-width';

/** A piece of text and what it means; the text alone carries the meaning (signs, ✓/✗), colour only repeats it. */
export interface Segment {
  text: string;
  tone?: 'good' | 'bad' | 'dim' | 'strong';
}

/** Which figures mean something for this plan: without a workload, shares of calls and transactions are 0. */
export interface CostScope {
  statements: boolean;
  transactions: boolean;
}

export function count(x: number): string {
  const a = Math.abs(x);
  if (a >= 1e9) return `${(x / 1e9).toFixed(1)}G`;
  if (a >= 1e6) return `${(x / 1e6).toFixed(1)}M`;
  if (a >= 1e4) return `${(x / 1e3).toFixed(1)}k`;
  return Number.isInteger(x) ? String(x) : x.toFixed(1);
}

export function bytes(x: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let i = 0;
  let v = x;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${i === 0 ? v : v.toFixed(1)} ${units[i]}`;
}

/**
 * Rows of cells as aligned text: the first column left, the others right. Widths are terminal
 * columns (string-width): a CJK character or an emoji takes two, a combining mark none.
 */
export function columns(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => stringWidth(r[c]!))));
  const pad = (cell: string, width: number) => ' '.repeat(Math.max(0, width - stringWidth(cell)));
  return rows.map((r) =>
    r
      .map((cell, c) => (c === 0 ? cell + pad(cell, widths[c]!) : pad(cell, widths[c]!) + cell))
      .join('  ')
      .trimEnd(),
  );
}

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

interface Figure {
  key: keyof CostTotals;
  label: string;
  /** For narrow terminals (explained in the help). */
  short: string;
  value: (x: number) => string;
  /** +1: more is worse; -1: more is better; 0: neither. */
  worse: 1 | -1 | 0;
  when?: keyof CostScope;
}

const FIGURES: Figure[] = [
  { key: 'services', label: 'services', short: 'svc', value: String, worse: 0 },
  { key: 'crossFks', label: 'x-FKs', short: 'x-FK', value: String, worse: 1 },
  { key: 'crossInferredFks', label: 'implied', short: 'impl', value: String, worse: 1 },
  {
    key: 'crossJoinShare',
    label: 'calls cross',
    short: 'x-call',
    value: percent,
    worse: 1,
    when: 'statements',
  },
  {
    key: 'distributedTransactionShare',
    label: 'tx distributed',
    short: 'dist-tx',
    value: percent,
    worse: 1,
    when: 'transactions',
  },
  { key: 'modularity', label: 'Q', short: 'Q', value: (x) => x.toFixed(3), worse: -1 },
];

const shown = (scope: CostScope) => FIGURES.filter((f) => !f.when || scope[f.when]);

/** The live cost: `13 services · 41 x-FKs · 7 implied · 19.4% calls cross · 3.1% tx distributed · Q 0.488`. */
export function costSegments(totals: CostTotals, scope: CostScope, compact = false): Segment[] {
  const out: Segment[] = [];
  for (const f of shown(scope)) {
    if (out.length) out.push({ text: ' · ', tone: 'dim' });
    const v = f.value(totals[f.key]);
    out.push({
      text: f.key === 'modularity' ? `Q ${v}` : `${v} ${compact ? f.short : f.label}`,
      tone: 'strong',
    });
  }
  return out;
}

/** What the short labels mean (for the help). */
export const COST_LEGEND = FIGURES.map((f) => `${f.short} = ${f.label}`).join(', ');

/** What an edit changed, figure by figure: `x-FKs +3 ✗ · Q −0.012 ✗`; empty when nothing changed. */
export function deltaSegments(delta: CostTotals, scope: CostScope, compact = false): Segment[] {
  const out: Segment[] = [];
  for (const f of shown(scope)) {
    const d = delta[f.key];
    const text = f.value(Math.abs(d));
    if (Math.abs(d) < 1e-9 || /^0(\.0+)?%?$/u.test(text)) continue;
    if (out.length) out.push({ text: ' · ', tone: 'dim' });
    const sign = d > 0 ? '+' : '−';
    const verdict = f.worse === 0 ? '' : Math.sign(d) === f.worse ? ' ✗' : ' ✓';
    out.push({
      text: `${compact ? f.short : f.label} ${sign}${text}${verdict}`,
      ...(f.worse === 0 ? {} : { tone: Math.sign(d) === f.worse ? ('bad' as const) : ('good' as const) }),
    });
  }
  return out;
}

/** The figures before and after, one per line, for confirmations and `seam plan <verb>`. */
export function compareLines(before: CostTotals, after: CostTotals, scope: CostScope): string[] {
  return shown(scope).map((f) => {
    const d = after[f.key] - before[f.key];
    const change =
      Math.abs(d) < 1e-9
        ? 'unchanged'
        : `${d > 0 ? '+' : '−'}${f.value(Math.abs(d))}${f.worse === 0 ? '' : Math.sign(d) === f.worse ? ' ✗ worse' : ' ✓ better'}`;
    return `${f.label.padEnd(15)} ${f.value(before[f.key]).padStart(8)} → ${f.value(after[f.key]).padStart(8)}  ${change}`;
  });
}

export const plainText = (segments: Segment[]) => segments.map((s) => s.text).join('');
