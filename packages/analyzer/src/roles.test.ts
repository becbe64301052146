import { describe, expect, it } from 'vitest';
import { buildEvidence } from './evidence-graph.js';
import { referrerDamping } from './roles.js';
import { indexSnapshot } from './tables.js';
import { snapshot } from './test-support/schema-builder.js';
import { shopSnapshot, shopWorkload } from './test-support/shop-fixture.js';

function roles(tables: Parameters<typeof snapshot>[0]) {
  const ev = buildEvidence(indexSnapshot(snapshot(tables)), undefined);
  return Object.fromEntries(ev.index.tables.map((t) => [t.table.name, ev.roles[t.index]!]));
}

describe('assignRoles', () => {
  const shop = (() => {
    const ev = buildEvidence(indexSnapshot(shopSnapshot()), shopWorkload());
    return Object.fromEntries(ev.index.tables.map((t) => [t.table.name, ev.roles[t.index]!]));
  })();

  it('gives each role with its reason', () => {
    expect(shop.currencies).toMatchObject({ role: 'reference' });
    expect(shop.currencies!.reason).toMatch(/40 rows, rarely written, referenced by 3/);
    expect(shop.users).toMatchObject({ role: 'hub' });
    expect(shop.users!.reason).toMatch(/audit "who" columns/);
    expect(shop.user_roles).toMatchObject({ role: 'junction' });
    expect(shop.order_items).toMatchObject({ role: 'extension' });
    expect(shop.order_items!.reason).toMatch(/weak entity.*public\.orders/);
    expect(shop.user_profiles!.reason).toMatch(/one-to-one extension of public\.users/);
    expect(shop.schema_migrations).toMatchObject({ role: 'technical' });
    expect(shop.outbox).toMatchObject({ role: 'technical' });
    expect(shop.orders).toMatchObject({ role: 'entity' });
  });

  it('does not take a table written often, or a big one, for reference data', () => {
    const r = roles([
      { name: 'statuses', columns: ['id', 'name:text'], rows: 10, writes: 5000, reads: 100 },
      { name: 'plans', columns: ['id', 'name:text'], rows: 5_000_000, writes: 0, reads: 100 },
      ...['a', 'b', 'c'].map((x) => ({
        name: `t_${x}`,
        columns: ['id', 'status_id', 'plan_id'],
        fks: [
          { columns: ['status_id'], table: 'statuses' },
          { columns: ['plan_id'], table: 'plans' },
        ],
      })),
    ]);
    expect(r.statuses!.role).not.toBe('reference');
    expect(r.plans!.role).not.toBe('reference');
  });

  it('without figures, takes lookup-shaped tables and their reference-only parents as reference data', () => {
    const r = roles([
      { name: 'countries', columns: ['id', 'name:text'] },
      {
        name: 'provinces',
        columns: ['id', 'country_id', 'name:text'],
        fks: [{ columns: ['country_id'], table: 'countries' }],
      },
      {
        name: 'customers',
        columns: ['id', 'province_id', 'name:text', 'email:text', 'phone:text'],
        fks: [{ columns: ['province_id'], table: 'provinces' }],
      },
      {
        name: 'suppliers',
        columns: ['id', 'province_id', 'name:text', 'email:text', 'phone:text'],
        fks: [{ columns: ['province_id'], table: 'provinces' }],
      },
    ]);
    expect(r.provinces!.role).toBe('reference');
    expect(r.countries!.role).toBe('reference');
    expect(r.customers!.role).toBe('entity');
  });

  it('treats one-to-one children of a supertype as entities, and key-only associations as non-weak', () => {
    const r = roles([
      { name: 'parties', columns: ['id', 'kind:text', 'created_at:ts', 'note:text', 'x:text'] },
      {
        name: 'people',
        columns: ['party_id', 'name:text'],
        pk: ['party_id'],
        fks: [{ columns: ['party_id'], table: 'parties' }],
      },
      {
        name: 'companies',
        columns: ['party_id', 'name:text'],
        pk: ['party_id'],
        fks: [{ columns: ['party_id'], table: 'parties' }],
      },
      { name: 'products', columns: ['id', 'name:text', 'a:text', 'b:text', 'c:text'] },
      {
        name: 'product_vendors',
        columns: ['product_id', 'company_id', 'price:num', 'lead:num', 'min:num', 'max:num'],
        pk: ['product_id', 'company_id'],
        fks: [
          { columns: ['product_id'], table: 'products' },
          { columns: ['company_id'], table: 'companies', ref: ['party_id'] },
        ],
      },
    ]);
    expect(r.people!.role).toBe('entity');
    expect(r.companies!.role).toBe('entity');
    expect(r.product_vendors!.role).toBe('entity');
  });

  it('takes a small table with dependants of its own, or many descriptive columns, for an entity', () => {
    const referrers = ['a', 'b', 'c'].map((x) => ({
      name: `t_${x}`,
      columns: ['id', 'plan_id', 'party_id', 'kind_id'],
      fks: [
        { columns: ['plan_id'], table: 'plans' },
        { columns: ['party_id'], table: 'parties' },
        { columns: ['kind_id'], table: 'kinds' },
      ],
    }));
    const r = roles([
      { name: 'plans', columns: ['id', 'name:text'], rows: 5, writes: 0, reads: 10 },
      {
        name: 'plan_history',
        columns: ['id', 'plan_id', 'note:text'],
        fks: [{ columns: ['plan_id'], table: 'plans' }],
      },
      { name: 'parties', columns: ['id', 'name:text', 'a:text', 'b:text', 'c:num'], rows: 5, reads: 1 },
      { name: 'kinds', columns: ['id', 'name:text'], rows: 5, writes: 0, reads: 10 },
      ...referrers,
    ]);
    expect(r.plans!.role).toBe('entity');
    expect(r.parties!.role).toBe('entity');
    expect(r.kinds!.role).toBe('reference');
    expect(r.kinds!.reason).toMatch(/named like a lookup, 5 rows, rarely written/);
  });

  it('gives the same roles to a database with all-zero statistics as to a schema without any', () => {
    const tables = [
      { name: 'countries', columns: ['id', 'name:text'] },
      { name: 'products', columns: ['id', 'name:text', 'price:num'] },
      ...['a', 'b'].map((x) => ({
        name: `orders_${x}`,
        columns: ['id', 'country_id', 'product_id', 'note:text', 'total:num', 'x:text'],
        fks: [
          { columns: ['country_id'], table: 'countries' },
          { columns: ['product_id'], table: 'products' },
        ],
      })),
    ];
    const bare = roles(tables);
    const zero = roles(tables.map((t) => ({ ...t, rows: 0, bytes: 8192, writes: 0, reads: 0 })));
    expect(zero).toEqual(bare);
    expect(bare.countries!.role).toBe('reference');
  });

  it('keeps a log table with a business parent out of the technical role', () => {
    const r = roles([
      { name: 'orders', columns: ['id', 'total:num', 'a:text', 'b:text', 'c:text'] },
      {
        name: 'order_log',
        columns: ['id', 'order_id', 'message:text'],
        fks: [{ columns: ['order_id'], table: 'orders' }],
      },
      { name: 'request_log', columns: ['id', 'message:text'] },
    ]);
    expect(r.order_log!.role).toBe('entity');
    expect(r.request_log!.role).toBe('technical');
  });
});

describe('referrerDamping', () => {
  it('leaves ordinary tables alone and damps hubs more the more they are referenced', () => {
    expect(referrerDamping(3)).toBe(1);
    expect(referrerDamping(12)).toBeCloseTo(0.25);
    expect(referrerDamping(96)).toBeLessThan(referrerDamping(24));
  });
});
