import { analyze } from '@seam/analyzer';
import { planToYaml } from '@seam/core';
import { loadSample } from '@seam/introspect';
import { describe, expect, it } from 'vitest';

// The bundled sample monolith, loaded through the live introspection path (PGlite): its plan is
// deterministic for a seed, and the analysis notices the traps the sample plants (samples/monolith/README.md).
describe('analyze on the sample monolith', async () => {
  const { snapshot, workload } = await loadSample();
  const result = analyze(snapshot, workload, { seed: 7 });
  const { analysis } = result;
  const where = (table: string) => {
    const a = analysis.assignments[`public.${table}`]!;
    return a.kind === 'service' ? a.service : a.kind;
  };
  const findings = (code: string) => analysis.findings.filter((f) => f.code === code);

  it('gives the same plan for the same seed, byte for byte', () => {
    const again = analyze(snapshot, workload, { seed: 7 });
    expect(planToYaml(again.plan)).toBe(planToYaml(result.plan));
    expect(JSON.stringify(again.analysis)).toBe(JSON.stringify(analysis));
  });

  it('finds the hub, the lookups, the junctions and the technical tables', () => {
    const role = (table: string) => analysis.tables.find((t) => t.table === `public.${table}`)!.role;
    expect(role('users')).toBe('hub');
    for (const t of ['countries', 'currencies']) expect(where(t)).toBe('reference');
    for (const t of ['user_roles', 'product_tags']) expect(role(t)).toBe('junction');
    for (const t of ['schema_migrations', 'jobs']) expect(where(t)).toBe('technical');
    expect(Object.keys(analysis.assignments)).toHaveLength(snapshot.tables.length);
  });

  it('reports the planted traps as findings', () => {
    expect(findings('no-primary-key').map((f) => f.table)).toContain('public.payment_webhook_events');
    expect(findings('polymorphic-reference').map((f) => f.table)).toContain('public.comments');
    expect(findings('duplicate-index').map((f) => f.table)).toContain('public.orders');
    expect(
      findings('fk-without-index').some((f) => f.message.startsWith('public.order_items(variant_id)')),
    ).toBe(true);
    // Exactly the undeclared references the sample plants (samples/monolith/README.md), nothing else.
    const implied = analysis.relations.inferred
      .map((r) => `${r.child.slice('public.'.length)}.${r.columns[0]}`)
      .sort();
    expect(implied).toEqual(
      [
        'orders.cart_id',
        'stock_movements.order_id',
        'stock_movements.purchase_order_id',
        'refunds.return_id',
        'invoice_lines.order_item_id',
        'reviews.order_id',
        'tickets.order_id',
        'gift_card_transactions.order_id',
        'loyalty_transactions.order_id',
        'login_attempts.user_id',
        'page_views.user_id',
        'analytics_events.user_id',
        'search_queries.user_id',
        'request_logs.user_id',
        'ab_assignments.user_id',
        'daily_sales.product_id',
        'payment_webhook_events.payment_id',
        'tax_rates.category_id',
        'audit_log.actor_id',
      ].sort(),
    );
    expect(findings('ambiguous-reference')).toEqual([]);
  });

  it('costs the cross-domain checkout transaction and explains its boundaries', () => {
    expect(analysis.totals.distributedTransactions).toBeGreaterThan(0);
    expect(where('orders')).toBe(where('order_items'));
    const b = analysis.boundaries[0]!;
    expect(b.fks.length + b.joins.length + b.transactions.length).toBeGreaterThan(0);
    expect(b.remedies.length).toBeGreaterThan(0);
  });
});
