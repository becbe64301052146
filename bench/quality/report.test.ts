import { describe, expect, it } from 'vitest';
import { type QualityRow, type QualityRun, renderReport } from './report.js';
import type { Score } from './scorer.js';

const s = (ari: number, setAside = 0): Score => ({
  ari,
  mojofm: ari * 100,
  crossFkShare: 0,
  groups: 1,
  setAside,
});
const row = (
  dataset: string,
  path: string,
  seam: number,
  louvain = 0.2,
  firstWord = 0.1,
  aside = 0,
): QualityRow => ({
  dataset,
  truth: 'truth',
  path,
  tables: 10,
  groups: 2,
  truthCrossFkShare: 0,
  seam: s(seam, aside),
  louvain: s(louvain),
  firstWord: s(firstWord),
});
const run = (rows: QualityRow[]): QualityRun => ({
  bench: 'quality',
  seeds: [1],
  paths: ['snapshot'],
  results: rows,
  fkInference: [],
});

describe('renderReport', () => {
  const before = run([row('a', 'snapshot', 0.5), row('b', 'snapshot', 0.4), row('c', 'snapshot', 0.3)]);
  // A change that helps a (the set it was tuned on) and hurts b and c.
  const after = run([row('a', 'snapshot', 0.9), row('b', 'snapshot', 0.3), row('c', 'snapshot', 0.2)]);

  it('gives each dataset the mean of the others (leave-one-out)', () => {
    const { summary } = renderReport(after);
    expect(summary.leaveOneOut.snapshot!.find((r) => r.dataset === 'a')!.othersAri).toBeCloseTo(0.25, 10);
    expect(summary.means.snapshot!.seam!.ari).toBeCloseTo(0.467, 3);
  });

  it('judges a change on the datasets it was not tuned on', () => {
    const { summary, text } = renderReport(after, before);
    const a = summary.deltas!.find((d) => d.dataset === 'a')!;
    expect(a.ari).toBeCloseTo(0.4, 10);
    expect(a.othersAri).toBeCloseTo(-0.1, 10);
    expect(text).toContain('Δ others');
  });

  it('checks the targets: ARI ten points above the better floor, at most a quarter set aside', () => {
    const { summary, text } = renderReport(
      run([
        row('ok', 'snapshot', 0.6, 0.4, 0.5),
        row('close', 'snapshot', 0.55, 0.5),
        row('aside', 'snapshot', 0.9, 0.1, 0.1, 0.3),
      ]),
    );
    expect(summary.targetsMet).toBe(1);
    // …unless the labels set that much aside themselves.
    const shared = { ...row('aside', 'snapshot', 0.9, 0.1, 0.1, 0.3), truthShared: 0.3 };
    expect(renderReport(run([shared])).summary.targetsMet).toBe(1);
    expect(text).toContain('missed: ARI < floor 0.500 + 0.10');
    expect(text).toContain('missed: aside > 25%');
  });
});
