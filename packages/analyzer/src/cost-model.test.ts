import { SeamError } from '@seam/core';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import type { CostTotals, Edit } from './cost-model.js';
import { seededRandom } from './random.js';
import { shopSnapshot, shopWorkload } from './test-support/shop-fixture.js';

function close(a: CostTotals, b: CostTotals): void {
  for (const k of Object.keys(a) as (keyof CostTotals)[]) expect(a[k], k).toBeCloseTo(b[k], 9);
}

function fresh() {
  return analyze(shopSnapshot(), shopWorkload(), { seed: 1 }).model;
}

describe('CostModel', () => {
  it('starts equal to a full recomputation', () => {
    const model = fresh();
    close(model.cost(), model.recompute());
  });

  it('keeps incremental costs equal to a full recomputation over random edits, and undo restores them', () => {
    for (let round = 0; round < 5; round++) {
      const model = fresh();
      const random = seededRandom(round);
      const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
      const tables = Array.from({ length: model.tableCount }, (_, t) => model.keyOf(t));
      const start = model.cost();
      const history: CostTotals[] = [];
      for (let step = 0; step < 60; step++) {
        const services = model.services();
        const r = random();
        let edit: Edit;
        if (r < 0.45)
          edit = {
            op: 'move',
            tables: [pick(tables), pick(tables)],
            to: random() < 0.2 ? `new-${step}` : pick(services),
          };
        else if (r < 0.55)
          edit = { op: 'share', tables: [pick(tables)], as: random() < 0.5 ? 'reference' : 'technical' };
        else if (r < 0.65 && services.length > 1)
          edit = { op: 'merge', services: [pick(services)], into: pick(services) };
        else if (r < 0.75) {
          const s = pick(services);
          const own = model.tablesOf(s);
          edit = own.length
            ? { op: 'split', service: s, tables: [own[0]!], into: `split-${step}` }
            : { op: 'create', service: `empty-${step}` };
        } else if (r < 0.85) edit = { op: 'rename', service: pick(services), to: `renamed-${step}` };
        else edit = { op: 'pin', table: pick(tables), service: pick(services) };
        const before = model.cost();
        const result = model.apply(edit);
        close(result.before, before);
        close(result.after, model.recompute());
        for (const k of Object.keys(result.delta) as (keyof CostTotals)[])
          expect(result.delta[k]).toBeCloseTo(result.after[k] - result.before[k], 9);
        history.push(before);
      }
      while (history.length) {
        const expected = history.pop()!;
        model.undo();
        close(model.cost(), expected);
      }
      close(model.cost(), start);
      expect(model.undo()).toBeNull();
    }
  });

  it('splits modularity into one term per service', () => {
    const model = fresh();
    const sum = model.services().reduce((a, s) => a + model.serviceFigures(s).modularity, 0);
    expect(sum).toBeCloseTo(model.cost().modularity, 10);
  });

  it('previews an edit without keeping it', () => {
    const model = fresh();
    const before = model.cost();
    const where = model.assignment('public.invoices');
    const preview = model.preview({ op: 'move', tables: ['public.invoices'], to: 'brand-new' });
    expect(preview.after.services).toBe(before.services + 1);
    expect(model.cost()).toEqual(before);
    expect(model.assignment('public.invoices')).toEqual(where);
    expect(model.services()).not.toContain('brand-new');
  });

  it('moving a table next to its ties lowers the cut; moving it away raises it', () => {
    const model = fresh();
    const home = model.assignment('public.order_items');
    const away = model.services().find((s) => home.kind === 'service' && s !== home.service)!;
    const out = model.apply({ op: 'move', tables: ['public.order_items'], to: away });
    expect(out.delta.crossFks).toBeGreaterThan(0);
    expect(out.delta.distributedTransactions).toBeGreaterThan(0);
    expect(out.delta.modularity).toBeLessThan(0);
    const back = model.undo()!;
    expect(back.delta.crossFks).toBe(-out.delta.crossFks);
  });

  it('renames, merges and splits services and keeps pins pointing at the right name', () => {
    const model = fresh();
    const [a, b] = model.services();
    model.apply({ op: 'pin', table: model.tablesOf(a!)[0]!, service: a! });
    model.apply({ op: 'rename', service: a!, to: 'alpha' });
    expect(model.services()).toContain('alpha');
    expect([...model.constraints().pins.values()]).toEqual(['alpha']);
    const sizeB = model.tablesOf(b!).length;
    const sizeA = model.tablesOf('alpha').length;
    model.apply({ op: 'merge', services: [b!], into: 'alpha' });
    expect(model.tablesOf('alpha')).toHaveLength(sizeA + sizeB);
    expect(model.services()).not.toContain(b);
    const moved = model.tablesOf('alpha').slice(0, 2);
    model.apply({ op: 'split', service: 'alpha', tables: moved, into: 'beta' });
    expect(model.tablesOf('beta')).toEqual(moved);
  });

  it('records together and apart constraints and reports the ones the placement breaks', () => {
    const model = fresh();
    model.apply({ op: 'apart', tables: ['public.orders', 'public.order_items'] });
    expect(model.violations()).toEqual([
      {
        kind: 'apart',
        tables: ['public.order_items', 'public.orders'],
        reason: expect.stringMatching(/^both in /),
      },
    ]);
    model.apply({ op: 'apart', tables: ['public.orders', 'public.order_items'], remove: true });
    expect(model.violations()).toEqual([]);
  });

  it('refuses unknown tables and services and bad names with SEAM_EDIT_INVALID, changing nothing', () => {
    const model = fresh();
    const before = model.cost();
    const bad: Edit[] = [
      { op: 'move', tables: ['public.nope'], to: 'x' },
      { op: 'move', tables: ['public.orders'], to: 'Bad Name!' },
      { op: 'rename', service: 'no-such', to: 'x' },
      { op: 'merge', services: ['no-such'], into: 'x' },
      { op: 'split', service: model.services()[0]!, tables: ['public.schema_migrations'], into: 'x' },
      { op: 'together', tables: ['public.orders'] },
      { op: 'frobnicate' } as unknown as Edit,
    ];
    for (const edit of bad) {
      try {
        model.apply(edit);
        expect.unreachable(JSON.stringify(edit));
      } catch (error) {
        expect(error).toBeInstanceOf(SeamError);
        expect((error as SeamError).code).toBe('SEAM_EDIT_INVALID');
      }
    }
    expect(model.cost()).toEqual(before);
    expect(model.depth).toBe(0);
  });
});
