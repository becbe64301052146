import { DLQ_HEADERS, type Replicator } from '@seam/replicator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createMysqlDatabase,
  createPgDatabase,
  mariadbSource,
  type RegisteredConnector,
  registerConnector,
  type TestMysql,
  type TestPg,
  uniqueName,
  waitForEvents,
  waitForTopic,
} from '../helpers/index.js';
import { canonicalRows, type Engine, readRows } from './compare.js';
import {
  EVERY_TYPE_MARIADB,
  everyTypeTable,
  MDB_COLUMNS,
  MDB_TYPES,
  mariadbEdgeRows,
  mdbInsert,
  snapshotOf,
} from './every-type.js';
import { startReplicator, testConfig } from './harness.js';

// MariaDB 10.11 → Debezium MariaDB connector 3.5.0 → Kafka → seam replicate → MariaDB and PostgreSQL.
describe('replicating a MariaDB source into MariaDB and PostgreSQL targets', () => {
  let source: TestMysql;
  let pgTarget: TestPg;
  let mdbTarget: TestMysql;
  let connector: RegisteredConnector;
  const replicators: Replicator[] = [];
  const prefix = uniqueName('rmdb');
  const deadLetterTopic = uniqueName('dlq');

  const expectSame = async (target: TestPg | TestMysql, engine: Engine, skip: string[] = []) => {
    const want = canonicalRows(
      await readRows(source, 'mysql', 'every_type', MDB_TYPES),
      MDB_TYPES,
      'mysql',
      engine,
    ).filter((r) => !skip.includes(String(r.id)));
    await expect
      .poll(
        async () =>
          canonicalRows(await readRows(target, engine, 'every_type', MDB_TYPES), MDB_TYPES, engine, engine),
        {
          timeout: 60_000,
          interval: 250,
        },
      )
      .toEqual(want);
  };

  beforeAll(async () => {
    [source, pgTarget, mdbTarget] = await Promise.all([
      createMysqlDatabase('rmdbsrc'),
      createPgDatabase('rmdbdst'),
      createMysqlDatabase('rmdbdst'),
    ]);
    for (const sql of EVERY_TYPE_MARIADB) await source.query(sql);
    for (const row of mariadbEdgeRows()) await source.query(row.sql, row.params);
    connector = await registerConnector(
      prefix,
      mariadbSource(source, {
        topicPrefix: prefix,
        tables: [`${source.name}.every_type`],
        extra: { 'skipped.operations': 'none', 'bigint.unsigned.handling.mode': 'precise' },
      }),
    );
    await waitForTopic(`${prefix}.${source.name}.every_type`);
    const snapshot = snapshotOf('mysql', source.name, [everyTypeTable(source.name, MDB_TYPES)]);
    for (const url of [pgTarget.url, mdbTarget.url]) {
      const config = testConfig({
        service: 'inventory',
        kafka: { groupId: uniqueName('rmdb') },
        source: { topicPrefix: prefix },
        tables: [{ source: `${source.name}.every_type` }],
        apply: { deadLetterTopic },
      });
      replicators.push(await startReplicator(config, { targetUrl: url, snapshot }));
    }
  });

  afterAll(async () => {
    await Promise.all(replicators.map((r) => r.stop()));
    await connector?.remove();
    await Promise.all([source?.drop(), pgTarget?.drop(), mdbTarget?.drop()]);
  });

  it('creates the target tables from the snapshot and copies every type exactly', async () => {
    await expectSame(mdbTarget, 'mysql');
    await expectSame(pgTarget, 'postgres');
    const [created] = await pgTarget.query<{ t: string }>(
      "select format_type(atttypid, atttypmod) as t from pg_attribute where attrelid = 'every_type'::regclass and attname = 'c_ubig'",
    );
    expect(created?.t).toBe('numeric(20,0)');
  });

  it('applies PK changes, deletes and updates', async () => {
    await source.query(
      "update every_type set c_varchar = 'changed', c_json = '{\"k\": [true]}' where id = 2",
    );
    await source.query('update every_type set id = 20 where id = 3');
    await source.query('delete from every_type where id = 1');
    await expectSame(mdbTarget, 'mysql');
    await expectSame(pgTarget, 'postgres');
  });

  it('dead-letters a row PostgreSQL cannot hold and goes on; MariaDB takes it', async () => {
    // A NUL character is valid in MariaDB text and refused by PostgreSQL's. (TIME '-838:59:59' was
    // the example once: the target's column is now an interval, which holds it.)
    const poison = MDB_COLUMNS.map((c) => (c === 'id' ? 6 : c === 'c_varchar' ? 'nul\u0000byte' : null));
    const after = MDB_COLUMNS.map((c) => (c === 'id' ? 7 : c === 'c_varchar' ? 'after the poison' : null));
    for (const row of [mdbInsert(poison), mdbInsert(after)]) await source.query(row.sql, row.params);
    await expectSame(mdbTarget, 'mysql');
    await expectSame(pgTarget, 'postgres', ['6']);
    const [dead] = await waitForEvents(deadLetterTopic, 1);
    expect(dead!.headers[DLQ_HEADERS.code]).toBe('SEAM_REPL_POISON_EVENT');
    expect(dead!.headers[DLQ_HEADERS.topic]).toBe(`${prefix}.${source.name}.every_type`);
    expect(dead!.headers[DLQ_HEADERS.message]).toMatch(/NUL character/);
    expect(dead!.headers[DLQ_HEADERS.table]).toBe('public.every_type');
    expect(Number(dead!.headers[DLQ_HEADERS.offset])).toBeGreaterThan(0);
    expect(dead!.key).toEqual({ id: 6 });
    expect((dead!.value as { after: { c_varchar: string } }).after.c_varchar).toBe('nul\u0000byte');
    expect(replicators[0]!.status().events.deadLettered).toBe(1);
  });

  it('applies a truncate, then what follows it', async () => {
    await source.query('truncate every_type');
    const row = mdbInsert(
      MDB_COLUMNS.map((c) => (c === 'id' ? 8 : c === 'c_text' ? 'after truncate' : null)),
    );
    await source.query(row.sql, row.params);
    await expectSame(mdbTarget, 'mysql');
    await expectSame(pgTarget, 'postgres');
  });
});
