import { parsePlan, planToYaml } from '@seam/core';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { PlanEditor } from './plan-editor.js';
import { shopSnapshot, shopWorkload } from './test-support/shop-fixture.js';

describe('PlanEditor', () => {
  const result = analyze(shopSnapshot(), shopWorkload(), { seed: 5 });
  const yaml = planToYaml(result.plan);

  it('opens a plan.yaml over its snapshot with the same costs the analysis found', () => {
    const editor = PlanEditor.open(shopSnapshot(), shopWorkload(), parsePlan(yaml));
    expect(editor.stale).toEqual([]);
    expect(editor.unplanned).toEqual([]);
    const a = editor.cost();
    const b = result.analysis.totals;
    expect(a.crossFks).toBe(b.crossFks);
    expect(a.crossJoinCalls).toBe(b.crossJoinCalls);
    expect(a.modularity).toBeCloseTo(b.modularity, 9);
    expect(planToYaml(editor.toPlan())).toBe(yaml);
    expect(editor.table('public.orders')).toMatchObject({
      table: 'public.orders',
      role: 'entity',
      rows: 900_000,
    });
  });

  it('reports stale plan tables and places new snapshot tables by their ties', () => {
    const plan = parsePlan(yaml);
    plan.services[0]!.tables.push({ table: 'public.dropped_table' });
    const owner = plan.services.find((s) => s.tables.some((t) => t.table === 'public.refunds'))!;
    owner.tables = owner.tables.filter((t) => t.table !== 'public.refunds');
    const editor = PlanEditor.open(shopSnapshot(), shopWorkload(), plan);
    expect(editor.stale).toEqual(['public.dropped_table']);
    expect(editor.unplanned).toEqual(['public.refunds']);
    expect(editor.model.assignment('public.refunds')).toEqual(editor.model.assignment('public.payments'));
  });

  it('re-clusters keeping pins and shared tables, undoably', () => {
    const editor = PlanEditor.fromAnalysis(
      analyze(shopSnapshot(), shopWorkload(), { seed: 5 }),
      shopSnapshot(),
    );
    editor.apply({ op: 'pin', table: 'public.carts', service: 'baskets' });
    editor.apply({ op: 'pin', table: 'public.cart_items', service: 'baskets' });
    editor.apply({ op: 'share', tables: ['public.tags'], as: 'reference' });
    const before = editor.cost();
    const r = editor.recluster({ seed: 9 });
    expect(r.violations).toEqual([]);
    expect(editor.model.assignment('public.carts')).toEqual({ kind: 'service', service: 'baskets' });
    expect(editor.model.assignment('public.cart_items')).toEqual({ kind: 'service', service: 'baskets' });
    expect(editor.model.assignment('public.tags')).toEqual({ kind: 'reference' });
    expect(editor.toPlan().parameters.seed).toBe(9);
    editor.undo();
    const after = editor.cost();
    for (const k of Object.keys(before) as (keyof typeof before)[])
      expect(after[k], k).toBeCloseTo(before[k], 9);
  });

  it('explains through the same model and gives the overview in one call', () => {
    const editor = PlanEditor.fromAnalysis(result, shopSnapshot());
    const o = editor.overview();
    expect(o.totals).toEqual(editor.cost());
    expect(o.services.map((s) => s.name)).toEqual(editor.model.services());
    expect(o.services.reduce((a, s) => a + s.tables, 0) + o.reference.length + o.technical.length).toBe(
      shopSnapshot().tables.length,
    );
    expect(editor.explainTable('public.orders').table).toBe('public.orders');
    const [a, b] = editor.model.pairCosts()[0]!.services;
    expect(editor.explainBoundary(a, b).services).toEqual([a, b]);
  });
});
