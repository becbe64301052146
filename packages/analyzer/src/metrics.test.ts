import { describe, expect, it } from 'vitest';
import { adjustedRandIndex, mojoFm } from './metrics.js';

describe('adjustedRandIndex', () => {
  it('is 1 for identical partitions whatever the labels', () => {
    expect(adjustedRandIndex([0, 0, 1, 1, 2], ['a', 'a', 'b', 'b', 'c'])).toBe(1);
  });

  it('matches a hand-computed value', () => {
    // contingency [[2,1],[0,2]] over 5 items: index 2, sums 4 and 4, expected 1.6, max 4 → (2 − 1.6) / 2.4
    expect(adjustedRandIndex([0, 0, 0, 1, 1], [0, 0, 1, 1, 1])).toBeCloseTo(0.4 / 2.4, 10);
  });

  it('is about zero (or below) for unrelated partitions', () => {
    expect(adjustedRandIndex([0, 1, 0, 1], [0, 0, 1, 1])).toBeLessThanOrEqual(0);
  });
});

describe('mojoFm', () => {
  it('is 100 for the reference itself and 0 for all singletons', () => {
    const truth = ['a', 'a', 'a', 'b', 'b', 'c'];
    expect(mojoFm(truth, truth)).toBe(100);
    expect(mojoFm([0, 1, 2, 3, 4, 5], truth)).toBe(0);
  });

  it('counts one move for one misplaced item', () => {
    // mno = 1 move; max = n − groups = 6 − 2 = 4 → 75%
    expect(mojoFm([0, 0, 1, 1, 1, 1], [0, 0, 0, 1, 1, 1])).toBeCloseTo(75, 10);
  });

  it('counts joins for a split group', () => {
    // b is split in two clusters: one join; max = 6 − 2 → 75%
    expect(mojoFm([0, 0, 0, 1, 1, 2], [0, 0, 0, 1, 1, 1])).toBeCloseTo(75, 10);
  });
});
