import type { CostTotals } from '@seam/analyzer';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import {
  COST_LEGEND,
  columns,
  compareLines,
  costSegments,
  count,
  deltaSegments,
  plainText,
} from './cost-text.js';

const zero: CostTotals = {
  services: 0,
  crossFks: 0,
  crossInferredFks: 0,
  crossJoinStatements: 0,
  crossJoinCalls: 0,
  crossJoinShare: 0,
  distributedTransactionShapes: 0,
  distributedTransactions: 0,
  distributedTransactionShare: 0,
  modularity: 0,
};
const totals: CostTotals = {
  ...zero,
  services: 13,
  crossFks: 41,
  crossInferredFks: 7,
  crossJoinShare: 0.194,
  distributedTransactionShare: 0.031,
  modularity: 0.4881,
};
const full = { statements: true, transactions: true };

describe('cost text', () => {
  it('shows the live cost, leaving out workload shares when there is no workload', () => {
    expect(plainText(costSegments(totals, full))).toBe(
      '13 services · 41 x-FKs · 7 implied · 19.4% calls cross · 3.1% tx distributed · Q 0.488',
    );
    expect(plainText(costSegments(totals, { statements: false, transactions: false }, true))).toBe(
      '13 svc · 41 x-FK · 7 impl · Q 0.488',
    );
    expect(COST_LEGEND).toContain('dist-tx = tx distributed');
  });

  it('marks each change worse (✗) or better (✓) in the text itself, colour only repeating it', () => {
    const delta = { ...zero, services: 1, crossFks: 3, crossJoinShare: -0.012, modularity: -0.0123 };
    const segments = deltaSegments(delta, full);
    expect(plainText(segments)).toBe('services +1 · x-FKs +3 ✗ · calls cross −1.2% ✓ · Q −0.012 ✗');
    expect(segments.filter((s) => s.tone === 'bad').map((s) => s.text)).toEqual(['x-FKs +3 ✗', 'Q −0.012 ✗']);
    expect(segments.find((s) => s.text.startsWith('services'))?.tone).toBeUndefined();
    expect(deltaSegments({ ...zero, modularity: 1e-12 }, full)).toEqual([]);
  });

  it('compares before and after figure by figure', () => {
    const lines = compareLines(totals, { ...totals, crossFks: 38, modularity: 0.5 }, full);
    expect(lines[1]).toBe('x-FKs                 41 →       38  −3 ✓ better');
    expect(lines[0]).toContain('unchanged');
    expect(lines[5]).toContain('+0.012 ✓ better');
  });

  it('abbreviates large counts', () => {
    expect([count(12), count(12_345), count(2_500_000), count(1.5)]).toEqual(['12', '12.3k', '2.5M', '1.5']);
  });

  it('aligns columns by terminal width: a CJK or emoji name keeps its row aligned', () => {
    const lines = columns([
      ['SERVICE', 'TABLES', 'ROWS'],
      ['orders', '3', '1.2k'],
      ['注文', '12', '40'],
      ['🛒cart', '7', '3'],
    ]);
    expect(lines).toEqual([
      'SERVICE  TABLES  ROWS',
      'orders        3  1.2k',
      '注文         12    40',
      '🛒cart        7     3',
    ]);
    for (const l of lines) expect(stringWidth(l)).toBe(stringWidth(lines[0]!));
  });
});
