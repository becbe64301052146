import type { SchemaSnapshot } from '@seam/core';
import { describe, expect, it } from 'vitest';
import { analyzeSql } from '../workload/analyze-sql.js';
import { UnparsableStatement } from '../workload/statement-analysis.js';

const pg = (sql: string, snapshot?: SchemaSnapshot) => {
  const [first] = analyzeSql(sql, { dialect: 'postgres', snapshot: snapshot ?? null });
  return first!;
};
const join = (a: string, b: string) => {
  const [ta, ca] = [a.slice(0, a.lastIndexOf('.')), a.slice(a.lastIndexOf('.') + 1)];
  const [tb, cb] = [b.slice(0, b.lastIndexOf('.')), b.slice(b.lastIndexOf('.') + 1)];
  return [
    { table: ta, column: ca },
    { table: tb, column: cb },
  ];
};

function snapshotOf(tables: Record<string, string[]>): SchemaSnapshot {
  return {
    format: 'seam.snapshot',
    version: 1,
    engine: { dialect: 'postgres', flavor: 'postgresql', version: '15' },
    database: 'shop',
    schemas: ['public', 'billing'],
    capturedAt: '2025-01-01T00:00:00Z',
    source: null,
    views: [],
    tables: Object.entries(tables).map(([key, columns]) => {
      const [schema, name] = key.split('.') as [string, string];
      return {
        schema,
        name,
        columns: columns.map((c) => ({
          name: c,
          nativeType: 'bigint',
          type: { kind: 'integer', bytes: 8 },
          nullable: true,
          default: null,
        })),
        primaryKey: ['id'],
        uniques: [],
        foreignKeys: [],
        indexes: [],
        rowEstimate: 0,
        bytes: 0,
        stats: null,
      };
    }),
  };
}

describe('PostgreSQL statements (libpg-query)', () => {
  it('reads pg_stat_statements texts with $n placeholders and resolves aliases in joins', () => {
    const a = pg(
      'SELECT u.email, o.total FROM users u JOIN orders o ON o.user_id = u.id WHERE u.id = $1 AND o.status = $2',
    );
    expect(a).toMatchObject({ kind: 'select', reads: ['public.orders', 'public.users'], writes: [] });
    expect(a.joins).toEqual([join('public.orders.user_id', 'public.users.id')]);
  });

  it('finds join predicates in WHERE, USING and IN (sub-select), across schemas', () => {
    expect(pg('select * from shop.a, shop.b where a.b_id = b.id and a.x = 1').joins).toEqual([
      join('shop.a.b_id', 'shop.b.id'),
    ]);
    expect(pg('select * from a join b using (k)').joins).toEqual([join('public.a.k', 'public.b.k')]);
    const semi = pg('select * from orders where user_id in (select id from billing.customers where vip)');
    expect(semi.reads).toEqual(['billing.customers', 'public.orders']);
    expect(semi.joins).toEqual([join('billing.customers.id', 'public.orders.user_id')]);
  });

  it('follows CTEs and derived tables back to their table, and does not take a CTE for a table', () => {
    const a = pg(
      'with recent as (select * from orders where created_at > now() - interval $1) select r.id, p.amount from recent r join payments p on p.order_id = r.id',
    );
    expect(a.reads).toEqual(['public.orders', 'public.payments']);
    expect(a.joins).toEqual([join('public.orders.id', 'public.payments.order_id')]);
    const d = pg('select * from (select id, user_id from orders) o join users u on u.id = o.user_id');
    expect(d.joins).toEqual([join('public.orders.user_id', 'public.users.id')]);
    const correlated = pg('select u.id, (select count(*) from orders o where o.user_id = u.id) from users u');
    expect(correlated.joins).toEqual([join('public.orders.user_id', 'public.users.id')]);
  });

  it('tells written tables from read ones: INSERT…SELECT, UPDATE…FROM, DELETE…USING, MERGE, data-modifying CTEs', () => {
    expect(
      pg(
        'insert into order_items (order_id, sku) select o.id, c.sku from carts c join orders o on o.cart_id = c.id',
      ),
    ).toMatchObject({
      kind: 'insert',
      writes: ['public.order_items'],
      reads: ['public.carts', 'public.orders'],
      joins: [join('public.carts.id', 'public.orders.cart_id')],
    });
    expect(
      pg("update orders o set status = 'x' from users u where u.id = o.user_id and u.email = $1"),
    ).toMatchObject({
      kind: 'update',
      writes: ['public.orders'],
      reads: ['public.users'],
      joins: [join('public.orders.user_id', 'public.users.id')],
    });
    expect(pg('delete from sessions s using users u where s.user_id = u.id and u.banned')).toMatchObject({
      kind: 'delete',
      writes: ['public.sessions'],
      reads: ['public.users'],
    });
    expect(
      pg(
        'merge into stock s using incoming i on s.sku = i.sku when matched then update set qty = i.qty when not matched then insert values (i.sku, i.qty)',
      ),
    ).toMatchObject({
      kind: 'merge',
      writes: ['public.stock'],
      reads: ['public.incoming'],
      joins: [join('public.incoming.sku', 'public.stock.sku')],
    });
    expect(
      pg(
        'with moved as (delete from cart_items where cart_id = $1 returning *) insert into order_items select * from moved',
      ),
    ).toMatchObject({
      writes: ['public.cart_items', 'public.order_items'],
    });
  });

  it('recognizes transaction control and statements that touch no table', () => {
    expect(pg('BEGIN').transaction).toBe('begin');
    expect(pg('START TRANSACTION ISOLATION LEVEL SERIALIZABLE').transaction).toBe('begin');
    expect(pg('COMMIT').transaction).toBe('commit');
    expect(pg('ROLLBACK').transaction).toBe('rollback');
    expect(pg('SET search_path TO shop')).toMatchObject({ kind: 'other', reads: [], writes: [] });
    expect(pg('select count(*) from pg_stat_activity').reads).toEqual([]);
  });

  it('gives statements that differ only in constants one id and a normalized text', () => {
    const a = pg('select * from users where id = 5');
    const b = pg('select * from users where id = 77');
    expect(a.id).toBe(b.id);
    expect(a.text).toBe('select * from users where id = $1');
  });

  it('throws UnparsableStatement for text that is not SQL', () => {
    expect(() => pg('selec * frm users')).toThrow(UnparsableStatement);
    expect(() => pg("select * from users where name = 'unterminated")).toThrow(UnparsableStatement);
  });

  it('resolves unqualified names against the snapshot and keeps only real columns', () => {
    const snapshot = snapshotOf({
      'public.users': ['id', 'email'],
      'billing.invoices': ['id', 'user_id', 'total'],
      'billing.payments': ['id', 'invoice_id'],
    });
    const a = pg('select * from invoices i join users u on u.id = i.user_id', snapshot);
    expect(a.reads).toEqual(['billing.invoices', 'public.users']);
    expect(a.joins).toEqual([join('billing.invoices.user_id', 'public.users.id')]);
    // Unqualified columns are placed by the snapshot: only payments has invoice_id.
    const b = pg('select * from billing.invoices, billing.payments where invoice_id = invoices.id', snapshot);
    expect(b.joins).toEqual([join('billing.invoices.id', 'billing.payments.invoice_id')]);
    // A column no table has is no join; an unknown table is dropped.
    expect(pg('select * from users u join invoices i on i.nope = u.id', snapshot).joins).toEqual([]);
    expect(pg('select * from temp_import', snapshot).reads).toEqual([]);
  });

  it('counts a statement on a partition or an inheritance child as one on its logical table', () => {
    const snapshot = snapshotOf({ 'public.payment': ['id', 'user_id'], 'public.users': ['id'] });
    snapshot.tables[0]!.children = [
      { schema: 'public', name: 'payment_p2007_01', partition: false },
      { schema: 'public', name: 'payment_2024', partition: true },
    ];
    const a = pg('insert into payment_p2007_01 (id, user_id) values (1, 2)', snapshot);
    expect(a.writes).toEqual(['public.payment']);
    const b = pg('select * from public.payment_2024 p join users u on u.id = p.user_id', snapshot);
    expect(b.reads).toEqual(['public.payment', 'public.users']);
    expect(b.joins).toEqual([join('public.payment.user_id', 'public.users.id')]);
  });

  it('keeps hostile identifiers intact', () => {
    const a = pg('select * from "odd schema"."a.b ""c""" x join "Ünïcode 表" y on y."we.ird" = x.id');
    expect(a.reads).toEqual(['"odd schema"."a.b ""c"""', 'public."Ünïcode 表"']);
    expect(a.joins).toEqual([
      [
        { table: '"odd schema"."a.b ""c"""', column: 'id' },
        { table: 'public."Ünïcode 表"', column: 'we.ird' },
      ],
    ]);
  });
});
