import { parsePlan, planToYaml } from '@seam/core';
import { describe, expect, it } from 'vitest';
import { planChanges } from './plan-changes.js';
import { shopSession } from './test-support/sessions.js';

describe('planChanges', () => {
  const before = shopSession().editor.toPlan();
  const copy = () => parsePlan(planToYaml(before));

  it('says a new file is new, and an unchanged plan has no change', () => {
    expect(planChanges(null, before)).toEqual([
      'new plan: 6 services owning 26 tables, 1 reference, 2 technical',
    ]);
    expect(planChanges(before, copy())).toEqual([]);
  });

  it('lists moved tables, new and removed services, renames, constraints and parameters', () => {
    const s = shopSession();
    s.perform({ kind: 'edit', edit: { op: 'move', tables: ['public.refunds'], to: 'returns' } });
    s.perform({ kind: 'edit', edit: { op: 'rename', service: 'products', to: 'catalog' } });
    s.perform({ kind: 'edit', edit: { op: 'merge', services: ['activity-feed'], into: 'users' } });
    s.perform({ kind: 'edit', edit: { op: 'pin', table: 'public.carts', service: 'orders' } });
    s.perform({ kind: 'edit', edit: { op: 'apart', tables: ['public.orders', 'public.shipments'] } });
    s.perform({ kind: 'edit', edit: { op: 'share', tables: ['public.tags'], as: 'reference' } });
    expect(planChanges(before, s.editor.toPlan())).toEqual([
      'renamed service products → catalog',
      'new service returns (1 tables)',
      'removed service activity-feed',
      '4 tables moved:',
      '  public.activity_feed: activity-feed → users',
      '  public.carts: products → orders',
      '  public.refunds: invoices → returns',
      '  public.tags: products → (reference)',
      'pinned public.carts to orders',
      'keep apart: public.orders, public.shipments',
    ]);
    const after = copy();
    after.parameters.seed = 9;
    after.constraints.apart = [['public.a', 'public.b']];
    expect(
      planChanges(
        { ...copy(), constraints: { ...copy().constraints, apart: [['public.a', 'public.b']] } },
        copy(),
      ),
    ).toEqual(['dropped keep apart: public.a, public.b']);
    expect(planChanges(before, after)).toContain('parameters: seed 42 → 9, resolution 1 → 1');
  });
});
