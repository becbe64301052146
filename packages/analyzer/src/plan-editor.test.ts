import { parsePlan, planToYaml } from '@seam/core';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import type { Edit } from './cost-model.js';
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

  it('keeps every plan.yaml field through edits, undo and redo', () => {
    const plan = parsePlan(yaml);
    const first = plan.services.find((s) => s.name === 'orders');
    const second = plan.services.find((s) => s.name === 'invoices');
    first!.description = 'Everything about orders';
    first!.target = { dialect: 'mysql', flavor: 'mariadb', database: 'orders_db' };
    first!.move = { monolithCopies: 'drop' };
    second!.target = { dialect: 'postgres', database: 'svc', schema: 'app' };
    const own = first!.tables[0]!;
    own.as = 'renamed_table';
    own.rename = { id: 'identifier' };
    // A table split by columns: its first owner keeps some columns, the second service the others.
    own.columns = ['id'];
    second!.tables.push({ table: own.table, columns: ['total'] });
    if (plan.reference[0]) plan.reference[0].reason = 'kept as written';
    if (plan.technical[0]) plan.technical[0].reason = 'kept too';
    const editor = PlanEditor.open(shopSnapshot(), shopWorkload(), plan);
    expect(planToYaml(editor.toPlan())).toBe(planToYaml(plan));

    const moved = first!.tables.at(-1)!.table;
    editor.apply({ op: 'move', tables: [moved], to: second!.name });
    editor.apply({ op: 'rename', service: first!.name, to: 'renamed-service' });
    editor.apply({ op: 'target', service: second!.name, target: { dialect: 'mysql', database: 'x' } });
    editor.apply({ op: 'alias', table: moved, as: 'moved_alias' });
    const edited = editor.toPlan();
    const renamed = edited.services.find((s) => s.name === 'renamed-service')!;
    expect(renamed.description).toBe('Everything about orders');
    expect(renamed.target).toEqual(first!.target);
    expect(renamed.move).toEqual({ monolithCopies: 'drop' });
    expect(renamed.tables.find((t) => t.table === own.table)).toMatchObject({
      as: 'renamed_table',
      rename: { id: 'identifier' },
      columns: ['id'],
    });
    const other = edited.services.find((s) => s.name === second!.name)!;
    expect(other.target).toEqual({ dialect: 'mysql', database: 'x' });
    expect(other.tables).toContainEqual({ table: own.table, columns: ['total'] });
    expect(other.tables.find((t) => t.table === moved)?.as).toBe('moved_alias');
    if (plan.reference[0]) expect(edited.reference[0]!.reason).toBe('kept as written');
    if (plan.technical[0]) expect(edited.technical[0]!.reason).toBe('kept too');

    for (let i = 0; i < 4; i++) editor.undo();
    expect(planToYaml(editor.toPlan())).toBe(planToYaml(plan));
    for (let i = 0; i < 4; i++) editor.redo();
    expect(planToYaml(editor.toPlan())).toBe(planToYaml(edited));

    // Merging a service carries its column splits into the service it merges into.
    editor.apply({ op: 'merge', services: [second!.name], into: 'renamed-service' });
    const merged = editor.toPlan().services.find((s) => s.name === 'renamed-service')!;
    expect(merged.tables).toContainEqual({ table: own.table, columns: ['total'] });
    expect(merged.target).toEqual(first!.target);
  });

  it('names apart the tables a service would hold twice once case is ignored', () => {
    const snapshot = shopSnapshot();
    const orders = snapshot.tables.find((t) => t.name === 'orders')!;
    snapshot.tables.push({ ...structuredClone(orders), name: 'Orders', foreignKeys: [] });
    const plan = analyze(snapshot, undefined, { seed: 5 }).plan;
    const owner = plan.services.find((s) => s.tables.some((t) => t.table === 'public.Orders'))!;
    const names = owner.tables.map((t) => (t.as ?? t.table.split('.')[1]!).toLowerCase());
    expect(new Set(names).size).toBe(names.length);
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

  it('redoes what undo reverted, step by step, until a new edit clears it', () => {
    const editor = PlanEditor.fromAnalysis(
      analyze(shopSnapshot(), shopWorkload(), { seed: 5 }),
      shopSnapshot(),
    );
    const yamls = [planToYaml(editor.toPlan())];
    const [first, second] = editor.model.services();
    const edits: Edit[] = [
      { op: 'move', tables: ['public.orders'], to: second! },
      { op: 'create', service: 'spare' },
      { op: 'rename', service: first!, to: 'renamed' },
      { op: 'pin', table: 'public.carts', service: 'spare' },
      { op: 'apart', tables: ['public.orders', 'public.order_items'] },
      { op: 'merge', services: ['spare'], into: second! },
    ];
    for (const edit of edits) {
      editor.apply(edit);
      yamls.push(planToYaml(editor.toPlan()));
    }
    expect(editor.depth).toEqual({ undo: edits.length, redo: 0 });
    for (let i = edits.length - 1; i >= 0; i--) {
      expect(editor.undo()).not.toBeNull();
      expect(planToYaml(editor.toPlan())).toBe(yamls[i]);
    }
    expect(editor.undo()).toBeNull();
    editor.preview({ op: 'move', tables: ['public.users'], to: second! });
    for (let i = 1; i <= edits.length; i++) {
      const r = editor.redo()!;
      expect(planToYaml(editor.toPlan())).toBe(yamls[i]);
      expect(r.after).toEqual(editor.cost());
      const fresh = editor.model.recompute();
      expect(fresh.crossFks).toBe(r.after.crossFks);
      expect(fresh.modularity).toBeCloseTo(r.after.modularity, 9);
    }
    expect(editor.redo()).toBeNull();
    editor.undo();
    editor.undo();
    expect(editor.depth).toEqual({ undo: edits.length - 2, redo: 2 });
    editor.apply({ op: 'create', service: 'other' });
    expect(editor.depth).toEqual({ undo: edits.length - 1, redo: 0 });
    expect(editor.redo()).toBeNull();
  });

  it('undoes and redoes a re-clustering with its seed', () => {
    const editor = PlanEditor.fromAnalysis(
      analyze(shopSnapshot(), shopWorkload(), { seed: 5 }),
      shopSnapshot(),
    );
    const before = planToYaml(editor.toPlan());
    editor.recluster({ seed: 11 });
    const after = planToYaml(editor.toPlan());
    expect(editor.toPlan().parameters.seed).toBe(11);
    editor.undo();
    expect(planToYaml(editor.toPlan())).toBe(before);
    editor.redo();
    expect(planToYaml(editor.toPlan())).toBe(after);
  });

  it('saves and reopens edited plans exactly, ownership roles and empty services included', () => {
    const editor = PlanEditor.open(shopSnapshot(), shopWorkload(), parsePlan(yaml));
    expect(editor.depth.undo).toBe(0);
    const reference = editor.model.shared('reference')[0]!;
    const service = editor.model.services()[0]!;
    editor.apply({ op: 'move', tables: [reference], to: service });
    editor.apply({ op: 'share', tables: ['public.orders'], as: 'reference' });
    editor.apply({ op: 'create', service: 'empty' });
    editor.apply({ op: 'pin', table: 'public.carts', service: 'baskets' });
    editor.apply({ op: 'together', tables: ['public.payments', 'public.refunds'] });
    const saved = planToYaml(editor.toPlan());
    const reopened = PlanEditor.open(shopSnapshot(), shopWorkload(), parsePlan(saved));
    expect(reopened.depth.undo).toBe(0);
    expect(planToYaml(reopened.toPlan())).toBe(saved);
    expect(reopened.model.services()).toContain('empty');
    expect(reopened.table(reference).role).toBe('entity');
    expect(reopened.table('public.orders').role).toBe('reference');
    const { modularity, ...rest } = editor.cost();
    expect(reopened.cost()).toMatchObject(rest);
    expect(reopened.cost().modularity).toBeCloseTo(modularity, 9);
  });
});
