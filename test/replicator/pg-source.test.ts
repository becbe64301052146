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
    // Keys that only trailing spaces, case or Unicode normalization tell apart.
    await source.query('create table text_keys (k text primary key, v int)');
    await source.query(
      "insert into text_keys values ('a', 1), ('a ', 2), ('A', 3), (U&'\\00E4', 4), (U&'a\\0308', 5)",
    );
    connector = await registerConnector(
      prefix,
      pgSource(source, {
        topicPrefix: prefix,
        tables: ['public.every_type', 'public.text_keys'],
        extra: { 'skipped.operations': 'none' },
      }),
    );
    await waitForTopic(`${prefix}.public.every_type`);
    await waitForTopic(`${prefix}.public.text_keys`);
    const textKeys = {
      ...everyTypeTable('public', { k: { kind: 'text' }, v: { kind: 'integer', bytes: 4 } }),
      name: 'text_keys',
      primaryKey: ['k'],
    };
    const snapshot = snapshotOf('postgres', source.name, [everyTypeTable('public', PG_TYPES), textKeys]);
    for (const [target, url] of [
      [pgTarget, pgTarget.url],
      [mdbTarget, mdbTarget.url],
    ] as const) {
      const config = testConfig({
        service: 'orders',
        kafka: { groupId: uniqueName('rpg') },
        source: { topicPrefix: prefix },
        tables: [{ source: 'public.every_type' }, { source: 'public.text_keys' }],
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
    // An unconstrained numeric keeps every digit (and NaN / ±Infinity) as text: decimal(65,30) would round.
    expect(created?.t).toBe('mediumtext');
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

  it('keeps keys apart that differ only in trailing spaces, case or normalization (NO PAD binary on MariaDB)', async () => {
    await source.query("update text_keys set v = 20 where k = 'a '");
    await source.query("delete from text_keys where k = 'a'");
    await source.query("insert into text_keys values ('a  ', 6)");
    const byKey = (rows: Array<{ k: string; v: number }>) =>
      rows.map((r) => ({ k: r.k, v: Number(r.v) })).sort((a, b) => (a.k < b.k ? -1 : 1));
    const want = byKey(
      await source.query("select encode(convert_to(k, 'UTF8'), 'hex') as k, v from text_keys"),
    );
    expect(want).toHaveLength(5);
    await expect
      .poll(async () => byKey(await mdbTarget.query('select lower(hex(k)) as k, v from text_keys')), {
        timeout: 60_000,
        interval: 250,
      })
      .toEqual(want);
    const [collation] = await mdbTarget.query<{ c: string }>(
      "select collation_name as c from information_schema.columns where table_schema = database() and table_name = 'text_keys' and column_name = 'k'",
    );
    expect(collation?.c).toBe('utf8mb4_nopad_bin');
  });
});
