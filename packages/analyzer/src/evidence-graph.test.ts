import { describe, expect, it } from 'vitest';
import { buildEvidence, toGraphology } from './evidence-graph.js';
import { indexSnapshot } from './tables.js';
import { snapshot } from './test-support/schema-builder.js';
import { shopSnapshot, shopWorkload } from './test-support/shop-fixture.js';

describe('buildEvidence', () => {
  const ev = buildEvidence(indexSnapshot(shopSnapshot()), shopWorkload());
  const tie = (a: string, b: string) => {
    const x = ev.index.byKey.get(`public.${a}`)!;
    const y = ev.index.byKey.get(`public.${b}`)!;
    return ev.ties.find((t) => t.a === Math.min(x, y) && t.b === Math.max(x, y));
  };

  it('keeps each kind of evidence in its own channel', () => {
    const oi = tie('orders', 'order_items')!;
    expect(oi.fk).toBeGreaterThan(0);
    expect(oi.join).toBeGreaterThan(0);
    expect(oi.joinCalls).toBe(50_000);
    expect(oi.cowrite).toBeGreaterThan(0);
    expect(oi.cowriteCount).toBe(40_000);
    // `orders` heads the order_* family of names.
    expect(oi.prefix).toBeGreaterThan(0);
    expect(tie('order_items', 'order_status_history')!.prefix).toBeGreaterThan(0);
    expect(tie('orders', 'shipments')!.prefix).toBe(0);
    expect(oi.weight).toBeCloseTo(
      oi.fk + 0.6 * oi.inferred + 0.8 * oi.join + 1.5 * oi.cowrite + 1 * oi.prefix,
      10,
    );
    const shipments = tie('orders', 'shipments')!;
    expect(shipments.fk).toBe(0);
    expect(shipments.inferred).toBeGreaterThan(0);
  });

  it('ties a name family only when a key relation joins two of its members', () => {
    const fam = buildEvidence(
      indexSnapshot(
        snapshot([
          { name: 'people', columns: ['id', 'name:text'] },
          { name: 'note', columns: ['id', 'body:text'] },
          { name: 'note_nlp', columns: ['id', 'note_id'], fks: [{ columns: ['note_id'], table: 'note' }] },
          {
            name: 'condition_occurrence',
            columns: ['id', 'p_id'],
            fks: [{ columns: ['p_id'], table: 'people' }],
          },
          { name: 'condition_era', columns: ['id', 'p_id'], fks: [{ columns: ['p_id'], table: 'people' }] },
        ]),
      ),
      undefined,
    );
    const prefix = (a: string, b: string) => {
      const x = fam.index.byKey.get(`public.${a}`)!;
      const y = fam.index.byKey.get(`public.${b}`)!;
      return fam.ties.find((t) => t.a === Math.min(x, y) && t.b === Math.max(x, y))?.prefix ?? 0;
    };
    expect(prefix('note', 'note_nlp')).toBeGreaterThan(0);
    expect(prefix('condition_occurrence', 'condition_era')).toBe(0);
  });

  it('damps audit "who" columns far below an ordinary foreign key', () => {
    const audit = tie('products', 'users')!;
    const real = tie('product_images', 'products')!;
    expect(audit.fk).toBeLessThan(real.fk / 5);
  });

  it('normalises co-access so that a busy table does not dominate', () => {
    for (const t of ev.ties) {
      expect(t.join).toBeLessThanOrEqual(1 + 1e-9);
      expect(t.cowrite).toBeLessThanOrEqual(1 + 1e-9);
    }
  });

  it('exports a graphology graph with a node per table and channel attributes per edge', () => {
    const g = toGraphology(ev);
    expect(g.order).toBe(ev.index.tables.length);
    expect(g.size).toBe(ev.ties.length);
    const attrs = g.getEdgeAttributes(g.edge('public.orders', 'public.order_items')!);
    expect(attrs).toMatchObject({ joinCalls: 50_000, cowriteCount: 40_000 });
    expect(g.getNodeAttribute('public.users', 'role')).toBe('hub');
  });
});
