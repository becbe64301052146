import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { explainBoundary, explainTable } from './explain.js';
import { looseFkFor } from './loose-fk.js';
import { shopSnapshot, shopWorkload } from './test-support/shop-fixture.js';

describe('explanations', () => {
  const { model, analysis } = analyze(shopSnapshot(), shopWorkload(), { seed: 1 });
  const svc = (table: string) => {
    const a = model.assignment(`public.${table}`);
    return a.kind === 'service' ? a.service : a.kind;
  };

  it('says why a table sits where it does: strongest ties, runner-up and margin', () => {
    const e = explainTable(model, model.indexOf('public.invoices'));
    expect(e.assignment).toEqual({ kind: 'service', service: svc('invoices') });
    expect(e.ties[0]!.weight).toBeGreaterThanOrEqual(e.ties[1]!.weight);
    expect(e.ties.map((t) => t.table)).toContain('public.invoice_lines');
    expect(e.runnerUp?.service).toBe(svc('orders'));
    const own = e.weightByService.find((w) => w.service === svc('invoices'))!.weight;
    expect(e.runnerUp!.margin).toBeCloseTo(own - e.runnerUp!.weight, 2);
    expect(e.summary).toMatch(
      /^public\.invoices is in \S+ for its ties to .*; next best \S+ is [\d.]+ weaker/,
    );
    const orderTie = e.ties.find((t) => t.table === 'public.orders')!;
    expect(orderTie.evidence).toContainEqual(
      expect.stringMatching(/^FK public\.invoices\(order_id\) → public\.orders\(id\) ON DELETE RESTRICT/),
    );
    expect(orderTie.evidence).toContainEqual(expect.stringMatching(/^queried together in 8\.0k calls/));
    expect(orderTie.evidence).toContainEqual(
      expect.stringMatching(/^written in one transaction 5\.0k times/),
    );
  });

  it('explains reference tables by the services that read them', () => {
    const e = explainTable(model, model.indexOf('public.currencies'));
    expect(e.assignment).toEqual({ kind: 'reference' });
    expect(e.consumers!.length).toBeGreaterThan(1);
    expect(e.summary).toMatch(/read by/);
  });

  it('lists what crosses a boundary with the loose-FK replacement each key needs', () => {
    const b = explainBoundary(model, svc('orders'), svc('invoices'));
    const fk = b.fks.find((f) => f.child === 'public.invoices' && f.parent === 'public.orders')!;
    expect(fk).toMatchObject({ onDelete: 'RESTRICT', kind: 'declared', looseFk: { action: 'check_in_app' } });
    expect(b.joins.map((j) => j.id)).toContain('q2');
    expect(b.transactions).toEqual([
      { writes: ['public.invoices', 'public.orders'], count: 5000, statements: [] },
    ]);
    expect(b.remedies.join(' ')).toMatch(/loose references/);
    expect(b.cost.fks).toBe(b.fks.filter((f) => f.kind === 'declared').length);
    expect(analysis.boundaries.length).toBeGreaterThan(0);
  });

  it('finds on each boundary exactly what the cost model counts for the pair', () => {
    for (const p of model.pairCosts()) {
      const { services: _s, ...cost } = p;
      expect(explainBoundary(model, p.services[0], p.services[1]).cost).toEqual(cost);
    }
  });

  it('maps each ON DELETE action to its loose-FK replacement', () => {
    expect(looseFkFor('CASCADE').action).toBe('async_delete');
    expect(looseFkFor('SET NULL').action).toBe('async_nullify');
    expect(looseFkFor('SET DEFAULT').action).toBe('async_set_default');
    expect(looseFkFor('NO ACTION').action).toBe('check_in_app');
    expect(looseFkFor(null).action).toBe('none');
  });

  it('names the evidence that actually placed a table, never a constraint or an edit the plan lacks', () => {
    for (const e of analysis.tables)
      expect(e.summary).not.toMatch(/constraint or an edit|edit or a constraint/);
    // An edit against the ties is named as such; so is a pin.
    const r = analyze(shopSnapshot(), shopWorkload(), { seed: 1 });
    const to = svc('products');
    r.model.apply({ op: 'move', tables: ['public.invoices'], to });
    const moved = explainTable(r.model, r.model.indexOf('public.invoices'));
    expect(moved.summary).toMatch(/yet it stays: placed by an edit/);
    r.model.apply({ op: 'pin', table: 'public.invoices', service: to });
    const pinned = explainTable(r.model, r.model.indexOf('public.invoices'));
    expect(pinned.summary).toMatch(new RegExp(`yet it stays: pinned to ${to}`));
  });
});
