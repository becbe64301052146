import { readFileSync } from 'node:fs';
import { tableKey } from '@seam/core';
import { describe, expect, it } from 'vitest';
import { loadSample, SAMPLE_DATABASE, SAMPLE_DIR } from './load-sample.js';

// The sample runs on PGlite (no server), so this is a unit test; it checks the introspected
// schema against the intent recorded in truth.json and the DDL, and the traps the README lists.
describe('the bundled sample monolith', async () => {
  const { snapshot, workload } = await loadSample();
  const truth = JSON.parse(readFileSync(`${SAMPLE_DIR}truth.json`, 'utf8')) as {
    domains: Record<string, string>;
  };
  const byName = new Map(snapshot.tables.map((t) => [t.name, t]));

  it('introspects every table of truth.json, and only those', () => {
    expect(snapshot.tables.map((t) => tableKey(t.schema, t.name)).sort()).toEqual(
      Object.keys(truth.domains).sort(),
    );
    expect(snapshot.tables.length).toBeGreaterThanOrEqual(60);
    expect(snapshot.tables.length).toBeLessThanOrEqual(120);
    expect(new Set(Object.values(truth.domains)).size).toBeGreaterThanOrEqual(10);
    expect(snapshot.database).toBe(SAMPLE_DATABASE);
    expect(SAMPLE_DATABASE).toBe('shop');
  });

  it('has the planted traps', () => {
    expect(snapshot.tables.filter((t) => t.primaryKey.length === 0).map((t) => t.name)).toEqual([
      'payment_webhook_events',
    ]);
    const reservation = byName.get('stock_reservations')!;
    expect(reservation.foreignKeys.find((f) => f.columns.length === 2)).toMatchObject({
      columns: ['warehouse_id', 'variant_id'],
      referencedTable: 'stock_levels',
      onDelete: 'RESTRICT',
    });
    const orders = byName.get('orders')!;
    expect(
      orders.indexes
        .filter((i) => i.columns.join() === 'user_id')
        .map((i) => i.name)
        .sort(),
    ).toEqual(['idx_orders_user', 'orders_user_id_idx']);
    const items = byName.get('order_items')!;
    expect(items.foreignKeys.find((f) => f.columns[0] === 'variant_id')).toBeDefined();
    expect(items.indexes.some((i) => i.columns[0] === 'variant_id')).toBe(false);
    expect(orders.foreignKeys.some((f) => f.columns[0] === 'cart_id')).toBe(false);
    expect(byName.get('comments')!.columns.map((c) => c.name)).toEqual(
      expect.arrayContaining(['commentable_type', 'commentable_id']),
    );
    const usersIn = snapshot.tables
      .flatMap((t) => t.foreignKeys)
      .filter((f) => f.referencedTable === 'users').length;
    expect(usersIn).toBeGreaterThan(30);
  });

  it('carries production-like sizes and counters from stats.json', () => {
    expect(byName.get('countries')!.rowEstimate).toBe(249);
    expect(byName.get('page_views')!.rowEstimate).toBeGreaterThan(1e8);
    expect(byName.get('orders')!.stats?.inserts).toBeGreaterThan(0);
  });

  it('reads the statement log into statements, joins that reveal undeclared keys, and co-written tables', () => {
    expect(workload.statements.length).toBeGreaterThan(80);
    expect(workload.unparsed.count).toBeGreaterThan(0);
    const joins = new Set(
      workload.statements.flatMap((s) =>
        s.joins.map(([a, b]) => `${a.table}.${a.column}=${b.table}.${b.column}`),
      ),
    );
    expect(joins).toContain('public.orders.id=public.tickets.order_id');
    expect(joins).toContain('public.refunds.return_id=public.returns.id');
    expect(joins).toContain('public.audit_log.actor_id=public.users.id');
    // Checkout writes orders, inventory and the outbox in one transaction.
    const checkout = workload.transactions.filter(
      (t) => t.writes.includes('public.order_items') && t.writes.includes('public.stock_reservations'),
    );
    expect(checkout.length).toBeGreaterThan(0);
    expect(checkout[0]!.writes).toEqual(
      expect.arrayContaining(['public.orders', 'public.outbox_events', 'public.stock_levels']),
    );
  });
});
