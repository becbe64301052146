import type { PGlite } from '@electric-sql/pglite';
import { inheritanceChildren, withInheritanceChildren } from '@seam/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from '../sample/embedded-postgres.js';
import { introspectPostgres } from './introspect-postgres.js';

// The catalog path `--sample`/PGlite takes (the same queries as a live server): inheritance
// children and declarative partitions are folded into one logical table.
const DDL = `
create sequence payment_payment_id_seq;
create table payment (payment_id integer default nextval('payment_payment_id_seq') primary key,
  amount numeric(5,2) not null, payment_date timestamp not null);
create table payment_p2007_01 (check (payment_date < '2007-02-01')) inherits (payment);
create table payment_p2007_02 (check (payment_date >= '2007-02-01'), note text) inherits (payment);
create table payment_p2007_02_late () inherits (payment_p2007_02);
create rule payment_insert_p2007_01 as on insert to payment where new.payment_date < '2007-02-01'
  do instead insert into payment_p2007_01 values (new.*);
create function touch() returns trigger language plpgsql as $$ begin return new; end $$;
create trigger payment_p2007_02_touch before insert on payment_p2007_02 for each row execute function touch();
create table orders (id int not null, placed date not null, primary key (id, placed)) partition by range (placed);
create table orders_2024 partition of orders for values from ('2024-01-01') to ('2025-01-01');
create table orders_2025 partition of orders for values from ('2025-01-01') to ('2026-01-01')
  partition by range (placed);
create table orders_2025_h1 partition of orders_2025 for values from ('2025-01-01') to ('2025-07-01');
create table plain (id int primary key);
`;

describe('partitions and inheritance children are one logical table (PGlite catalog path)', () => {
  let db: PGlite;
  // Starting the embedded engine (initdb on a cold cache) is slow on a loaded machine.
  beforeAll(async () => {
    db = (await startEmbeddedPostgres()).db;
    await db.exec(DDL);
  }, 120_000);
  afterAll(async () => {
    await db?.close();
  });

  it('lists the parents only, each with its children, and no child as a PK-less table', async () => {
    const snapshot = await introspectPostgres(db, { schemas: ['public'] });
    expect(snapshot.tables.map((t) => t.name)).toEqual(['orders', 'payment', 'plain']);
    const byName = Object.fromEntries(snapshot.tables.map((t) => [t.name, t]));
    expect(byName.payment!.children).toEqual([
      { schema: 'public', name: 'payment_p2007_01', partition: false },
      { schema: 'public', name: 'payment_p2007_02', partition: false },
      { schema: 'public', name: 'payment_p2007_02_late', partition: false },
    ]);
    expect(byName.payment!.primaryKey).toEqual(['payment_id']);
    // The parent's columns, not a child's extra one.
    expect(byName.payment!.columns.map((c) => c.name)).toEqual(['payment_id', 'amount', 'payment_date']);
    expect(byName.orders).toMatchObject({ partitioned: true });
    expect(byName.orders!.children!.map((c) => [c.name, c.partition])).toEqual([
      ['orders_2024', true],
      ['orders_2025', true],
      ['orders_2025_h1', true],
    ]);
    expect(byName.plain!.children).toBeUndefined();
    expect(snapshot.tables.filter((t) => t.primaryKey.length === 0)).toEqual([]);
    // What capture publishes with a table: its inheritance children, not its partitions.
    expect(withInheritanceChildren(byName.payment!).map((t) => t.name)).toEqual([
      'payment',
      'payment_p2007_01',
      'payment_p2007_02',
      'payment_p2007_02_late',
    ]);
    expect(inheritanceChildren(byName.orders!)).toEqual([]);
    // A rule or trigger on a child belongs to the logical table.
    const objects = Object.fromEntries((snapshot.objects ?? []).map((o) => [o.name, o.tables]));
    expect(objects.payment_insert_p2007_01).toEqual(['public.payment']);
    expect(objects.payment_p2007_02_touch).toEqual(['public.payment']);
  });

  it('counts the children rows as the parent rows', async () => {
    await db.exec(`insert into payment (amount, payment_date) values (1, '2007-01-05'), (2, '2007-01-06');
      insert into payment_p2007_02 (amount, payment_date) values (3, '2007-02-05');
      insert into payment (amount, payment_date) values (4, '2007-03-05');
      analyze;`);
    const snapshot = await introspectPostgres(db, { schemas: ['public'] });
    expect(snapshot.tables.find((t) => t.name === 'payment')!.rowEstimate).toBe(4);
  });
});
