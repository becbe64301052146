import { adjustedRandIndex, mojoFm } from '@seam/analyzer';
import type { SchemaSnapshot } from '@seam/core';
import { describe, expect, it } from 'vitest';
import { firstWordPartition } from './floors.js';
import { score } from './scorer.js';

/** Every partition of n items as label arrays (restricted growth strings). */
function partitions(n: number): number[][] {
  const out: number[][] = [];
  const grow = (prefix: number[], next: number) => {
    if (prefix.length === n) return void out.push(prefix);
    for (let c = 0; c <= next; c++) grow([...prefix, c], Math.max(next, c + 1));
  };
  grow([], 0);
  return out;
}

describe('MoJoFM', () => {
  it('stays within [0, 100] and reaches 0 for every reference of up to 6 items', () => {
    const all = partitions(6);
    for (const b of all) {
      const scores = all.map((a) => mojoFm(a, b));
      expect(Math.min(...scores)).toBeCloseTo(0, 9);
      expect(Math.max(...scores)).toBe(100);
    }
  });

  it('does not go negative for one big cluster against many small groups', () => {
    // 12 items in 6 pairs: one cluster needs 10 moves, the farthest any partition can be.
    const pairs = Array.from({ length: 12 }, (_, i) => Math.floor(i / 2));
    expect(mojoFm(new Array(12).fill(0), pairs)).toBeCloseTo(0, 9);
    // one pair split off from the rest: 8 moves of 10
    expect(mojoFm([...new Array(10).fill(0), 1, 1], pairs)).toBeCloseTo(20, 9);
  });
});

describe('ARI on known partitions', () => {
  it('is 1 for the same grouping under other labels and 0 for a split that ignores it', () => {
    expect(adjustedRandIndex(['x', 'x', 'y', 'y'], [1, 1, 2, 2])).toBe(1);
    // contingency [[1,1],[1,1]]: index 0, expected (2·2)/6 … = 2/3, max 2 → (0 − 2/3)/(2 − 2/3) = −0.5
    expect(adjustedRandIndex([0, 1, 0, 1], [0, 0, 1, 1])).toBeCloseTo(-0.5, 10);
  });
});

const snapshotOf = (names: string[], fks: Array<[string, string]> = []): SchemaSnapshot =>
  ({
    tables: names.map((name) => ({
      name,
      foreignKeys: fks
        .filter(([c]) => c === name)
        .map(([, p]) => ({ referencedTable: p, columns: [`${p}_id`] })),
    })),
  }) as unknown as SchemaSnapshot;

describe('score', () => {
  it('counts the share set aside and the share of FKs crossing groups', () => {
    const snap = snapshotOf(
      ['a', 'b', 'c', 'd'],
      [
        ['b', 'a'],
        ['c', 'a'],
      ],
    );
    const s = score(
      snap,
      new Map([
        ['a', 's:x'],
        ['b', 's:x'],
        ['c', 'reference'],
        ['d', 'technical'],
      ]),
      { a: 'g', b: 'g', c: 'g', d: 'h' },
    );
    expect(s.setAside).toBe(0.5);
    expect(s.crossFkShare).toBe(0.5);
    expect(s.groups).toBe(3);
  });
});

describe('first-word floor', () => {
  it('groups by the singular first word after a schema-wide prefix', () => {
    const p = firstWordPartition(
      snapshotOf([
        'sylius_orders',
        'sylius_order_item',
        'sylius_product',
        'sylius_product_variant',
        'sylius',
        'users',
      ]),
    );
    expect(p.get('sylius_orders')).toBe(p.get('sylius_order_item'));
    expect(p.get('sylius_product')).toBe(p.get('sylius_product_variant'));
    expect(p.get('sylius_orders')).not.toBe(p.get('sylius_product'));
    expect(p.get('sylius_orders')).toBe('w:order');
    expect(p.get('users')).toBe('w:user');
    expect(p.get('sylius')).toBe('w:sylius');
  });

  it('keeps a common first word that fewer than half the tables share', () => {
    const p = firstWordPartition(
      snapshotOf(['OrderLine', 'order_history', 'Customer', 'customer_address', 'stock']),
    );
    expect(p.get('OrderLine')).toBe('w:order');
    expect(p.get('order_history')).toBe('w:order');
    expect(p.get('customer_address')).toBe('w:customer');
  });
});
