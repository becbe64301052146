import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { serviceNameFrom } from './service-names.js';
import { snapshot } from './test-support/schema-builder.js';
import { shopSnapshot, shopWorkload } from './test-support/shop-fixture.js';

describe('serviceNameFrom', () => {
  it('makes a valid service name out of any table name', () => {
    expect(serviceNameFrom('StockItems')).toBe('stock-items');
    expect(serviceNameFrom('catalog')).toBe('catalog');
    expect(serviceNameFrom('Bestellungen "alt".v1')).toBe('bestellungen-alt-v1');
    expect(serviceNameFrom('ünïcödé')).toBe('unicode');
    expect(serviceNameFrom('2fa_codes')).toBe('s-2fa-codes');
    expect(serviceNameFrom('📦')).toBe('service');
    expect(serviceNameFrom('x'.repeat(200)).length).toBeLessThanOrEqual(48);
    for (const name of ['StockItems', '2fa_codes', '📦', 'a b'])
      expect(serviceNameFrom(name)).toMatch(/^[a-z][a-z0-9_-]{0,62}$/);
  });
});

describe('service names', () => {
  const names = (seed: number) =>
    Object.fromEntries(
      analyze(shopSnapshot(), shopWorkload(), { seed }).analysis.services.map((s) => [
        s.name,
        s.tables.map((t) => t.table),
      ]),
    );

  it('names each service for the table it is about, as the schema spells it', () => {
    const got = names(42);
    expect(Object.keys(got).sort()).toEqual([
      'activity-feed',
      'invoices',
      'orders',
      'products',
      'shipments',
      'users',
    ]);
    expect(got.orders).toContain('public.orders');
    expect(got.users).toContain('public.users');
  });

  it('gives the same group of tables the same name whatever the seed', () => {
    const byTables = new Map<string, Set<string>>();
    for (const seed of [1, 2, 3, 4, 5])
      for (const [name, tables] of Object.entries(names(seed))) {
        const key = [...tables!].sort().join(',');
        byTables.set(key, (byTables.get(key) ?? new Set()).add(name));
      }
    for (const set of byTables.values()) expect(set.size).toBe(1);
  });

  it('prefers the family head over a bare prefix, drops storage words, and keeps names unique', () => {
    const snap = snapshot([
      { name: 'ab_experiments', columns: ['id', 'name:text'] },
      {
        name: 'ab_assignments',
        columns: ['id', 'experiment_id'],
        fks: [{ columns: ['experiment_id'], table: 'ab_experiments' }],
      },
      { name: 'catalog_product_entity', columns: ['id', 'sku:text'] },
      {
        name: 'catalog_product_entity_int',
        columns: ['id', 'product_id', 'value'],
        fks: [{ columns: ['product_id'], table: 'catalog_product_entity' }],
      },
      { schema: 'crm', name: 'ab_experiments', columns: ['id', 'name:text'] },
      {
        schema: 'crm',
        name: 'ab_results',
        columns: ['id', 'experiment_id'],
        fks: [{ columns: ['experiment_id'], table: 'ab_experiments' }],
      },
    ]);
    const services = analyze(snap, undefined, {})
      .analysis.services.map((s) => s.name)
      .sort();
    expect(services).toEqual(['ab-experiments', 'catalog-product', 'public-ab-experiments']);
  });
});
