import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createMysqlDatabase,
  mariadbSource,
  type RegisteredConnector,
  registerConnector,
  type TestMysql,
  uniqueName,
  waitForEvents,
} from '../helpers/index.js';
import { decodeDebeziumDecimal } from './decimal.js';

// MariaDB 10.11 → Debezium MariaDB connector (row binlog) → Kafka → kafkajs.
describe('MariaDB change capture through the real Debezium connector', () => {
  let db: TestMysql;
  let connector: RegisteredConnector;
  const prefix = uniqueName('mdbchain');
  let topic: string;

  beforeAll(async () => {
    db = await createMysqlDatabase('mdbchain');
    topic = `${prefix}.${db.name}.items`;
    await db.query(
      'create table items (id int primary key, name varchar(100) not null, price decimal(10,2), note text)',
    );
    await db.query("insert into items values (1, 'seed', 1.50, null)");
    connector = await registerConnector(
      prefix,
      mariadbSource(db, { topicPrefix: prefix, tables: [`${db.name}.items`] }),
    );
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

    const events = await waitForEvents(topic, 5);
    const [read, create, update, del, tombstone] = events;
    expect(events.map((e) => e.value?.op ?? 'tombstone')).toEqual(['r', 'c', 'u', 'd', 'tombstone']);

    expect(read?.value?.after).toMatchObject({ id: 1, name: 'seed' });
    expect(create?.key).toEqual({ id: 2 });
    const after = create?.value?.after as Record<string, unknown>;
    expect(after).toMatchObject({ id: 2, name: 'Ünïcode ☕', note: 'x' });
    expect(decodeDebeziumDecimal(after.price as string, 2)).toBe('12.34');

    // binlog_row_image=FULL: the update carries the whole old row.
    expect(update?.value?.before).toMatchObject({ id: 2, name: 'Ünïcode ☕', note: 'x' });
    const updated = update?.value?.after as Record<string, unknown>;
    expect(updated.name).toBe('renamed');
    expect(decodeDebeziumDecimal(updated.price as string, 2)).toBe('-0.05');

    expect(del?.value?.before).toMatchObject({ id: 2, name: 'renamed' });
    expect(del?.value?.after).toBeNull();
    expect(tombstone?.key).toEqual({ id: 2 });
    expect(tombstone?.value).toBeNull();

    const source = create?.value?.source as Record<string, unknown>;
    expect(source).toMatchObject({ connector: 'mariadb', db: db.name, table: 'items' });
    expect(typeof source.pos).toBe('number');
  });
});
