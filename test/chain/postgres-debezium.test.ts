import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPgDatabase,
  pgSource,
  type RegisteredConnector,
  registerConnector,
  type TestPg,
  uniqueName,
  waitForEvents,
} from '../helpers/index.js';
import { decodeDebeziumDecimal } from './decimal.js';

// PostgreSQL → Debezium PostgreSQL connector (pgoutput) → Kafka → kafkajs.
describe('PostgreSQL change capture through the real Debezium connector', () => {
  let db: TestPg;
  let connector: RegisteredConnector;
  const prefix = uniqueName('pgchain');
  const topic = `${prefix}.public.items`;

  beforeAll(async () => {
    db = await createPgDatabase('pgchain');
    await db.query(
      'create table items (id int primary key, name text not null, price numeric(10,2), note text)',
    );
    await db.query("insert into items values (1, 'seed', 1.50, null)");
    connector = await registerConnector(
      prefix,
      pgSource(db, { topicPrefix: prefix, tables: ['public.items'] }),
    );
    // The snapshot's read of the seed row proves the slot exists and streaming has begun.
    await waitForEvents(topic, 1);
  });

  afterAll(async () => {
    await connector?.remove();
    await db?.drop();
  });

  it('delivers insert, update and delete as Debezium envelopes with ops c, u, d', async () => {
    await db.query("insert into items values (2, 'Ünïcode ☕', 12.34, 'x')");
    await db.query("update items set name = 'renamed', price = -0.05 where id = 2");
    await db.query('delete from items where id = 2');

    // r (seed), c, u, d, then the tombstone for the deleted key.
    const events = await waitForEvents(topic, 5);
    const [read, create, update, del, tombstone] = events;
    expect(events.map((e) => e.value?.op ?? 'tombstone')).toEqual(['r', 'c', 'u', 'd', 'tombstone']);

    expect(read?.value?.after).toMatchObject({ id: 1, name: 'seed' });
    expect(create?.key).toEqual({ id: 2 });
    const after = create?.value?.after as Record<string, unknown>;
    expect(after).toMatchObject({ id: 2, name: 'Ünïcode ☕', note: 'x' });
    expect(decodeDebeziumDecimal(after.price as string, 2)).toBe('12.34');

    const updated = update?.value?.after as Record<string, unknown>;
    expect(updated.name).toBe('renamed');
    expect(decodeDebeziumDecimal(updated.price as string, 2)).toBe('-0.05');
    expect(update?.value?.before).toBeNull(); // replica identity DEFAULT: no old row on update

    expect(del?.value?.before).toMatchObject({ id: 2 });
    expect(del?.value?.after).toBeNull();
    expect(tombstone?.key).toEqual({ id: 2 });
    expect(tombstone?.value).toBeNull();

    const source = create?.value?.source as Record<string, unknown>;
    expect(source).toMatchObject({ connector: 'postgresql', db: db.name, schema: 'public', table: 'items' });
    expect(typeof source.lsn).toBe('number');
    expect(String(source.version)).toMatch(/^3\.6\.1/);
  });
});
