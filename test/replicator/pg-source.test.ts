import type { Replicator } from '@seam/replicator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createMysqlDatabase,
  createPgDatabase,
  pgSource,
  type RegisteredConnector,
  registerConnector,
  type TestMysql,
  type TestPg,
  uniqueName,
  waitForTopic,
} from '../helpers/index.js';
import { canonicalRows, type Engine, readRows } from './compare.js';
import {
  EVERY_TYPE_PG,
  everyTypeTable,
  incompressible,
  PG_COLUMNS,
  PG_TYPES,
  pgEdgeRows,
  pgInsert,
  snapshotOf,
} from './every-type.js';
import { dropEventually, startReplicator, testConfig } from './harness.js';

// PostgreSQL → Debezium 3.6.1 → Kafka → seam replicate → PostgreSQL and MariaDB, at the same time.
describe('replicating a PostgreSQL source into PostgreSQL and MariaDB targets', () => {
  let source: TestPg;
  let pgTarget: TestPg;
  let mdbTarget: TestMysql;
  let connector: RegisteredConnector;
  const replicators: Replicator[] = [];
  const prefix = uniqueName('rpg');

  const expectSame = async (target: TestPg | TestMysql, engine: Engine) => {
    const want = canonicalRows(
      await readRows(source, 'postgres', 'every_type', PG_TYPES),
      PG_TYPES,
      'postgres',
      engine,
    );
    await expect
      .poll(
        async () =>
          canonicalRows(await readRows(target, engine, 'every_type', PG_TYPES), PG_TYPES, engine, engine),
        {
          timeout: 60_000,
          interval: 250,
        },
      )
      .toEqual(want);
  };

  beforeAll(async () => {
    [source, pgTarget, mdbTarget] = await Promise.all([
      createPgDatabase('rpgsrc'),
      createPgDatabase('rpgdst'),
      createMysqlDatabase('rpgdst'),
    ]);
    for (const sql of EVERY_TYPE_PG) await source.query(sql);
    for (const row of pgEdgeRows()) await source.query(row.sql, row.params);
    connector = await registerConnector(
      prefix,
      pgSource(source, {
        topicPrefix: prefix,
        tables: ['public.every_type'],
        extra: { 'skipped.operations': 'none' },
      }),
    );
    await waitForTopic(`${prefix}.public.every_type`);
    const snapshot = snapshotOf('postgres', source.name, [everyTypeTable('public', PG_TYPES)]);
    for (const [target, url] of [
      [pgTarget, pgTarget.url],
      [mdbTarget, mdbTarget.url],
    ] as const) {
      const config = testConfig({
        service: 'orders',
        kafka: { groupId: uniqueName('rpg') },
        source: { topicPrefix: prefix },
        tables: [{ source: 'public.every_type' }],
      });
      replicators.push(await startReplicator(config, { targetUrl: url, snapshot }));
      void target;
    }
  });

  afterAll(async () => {
    await Promise.all(replicators.map((r) => r.stop()));
    await connector?.remove();
    await Promise.all([dropEventually(source), pgTarget?.drop(), mdbTarget?.drop()]);
  });

  it('creates the target tables from the snapshot and copies every type exactly', async () => {
    await expectSame(pgTarget, 'postgres');
    await expectSame(mdbTarget, 'mysql');
    const [created] = await mdbTarget.query<{ t: string }>(
      "select column_type as t from information_schema.columns where table_schema = database() and table_name = 'every_type' and column_name = 'c_num_free'",
    );
    expect(created?.t).toBe('decimal(65,30)');
  });

  it('keeps large TOASTed values that an update leaves alone, applies PK changes, deletes, inserts', async () => {
    await source.query("update every_type set c_varchar = 'toast untouched' where id = 2");
    await source.query('update every_type set id = 20 where id = 3');
    await source.query('delete from every_type where id = 1');
    const row = PG_COLUMNS.map((c) => (c === 'id' ? 4 : c === 'c_big_text' ? incompressible(50_000) : null));
    const insert = pgInsert(row);
    await source.query(insert.sql, insert.params);
    await source.query("update every_type set c_int4 = 99, c_text = 'ü' where id = 4");
    await expectSame(pgTarget, 'postgres');
    await expectSame(mdbTarget, 'mysql');
    const [kept] = await pgTarget.query<{ n: number }>(
      'select length(c_big_text) as n from every_type where id = 2',
    );
    expect(kept?.n).toBe(40_000);
  });

  it('applies a truncate, then what follows it', async () => {
    await source.query('truncate every_type');
    const row = PG_COLUMNS.map((c) => (c === 'id' ? 5 : c === 'c_text' ? 'after truncate' : null));
    const insert = pgInsert(row);
    await source.query(insert.sql, insert.params);
    await expectSame(pgTarget, 'postgres');
    await expectSame(mdbTarget, 'mysql');
    expect(await pgTarget.query('select id from every_type')).toEqual([{ id: '5' }]);
  });
});
