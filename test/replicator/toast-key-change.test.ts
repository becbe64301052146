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
import { dropEventually, readRaw, startReplicator, testConfig } from './harness.js';

// An UPDATE that changes the primary key and leaves a TOASTed column alone: Debezium sends a
// delete of the old key, then a create of the new one whose TOASTed column is the
// unavailable-value placeholder (REPLICA IDENTITY DEFAULT). The target row must keep the text.
describe('a key change that leaves a TOASTed column untouched', () => {
  let source: TestPg;
  let pgTarget: TestPg;
  let mdbTarget: TestMysql;
  let connector: RegisteredConnector;
  const prefix = uniqueName('tk');
  const tables = ['public.docs_default', 'public.docs_full'];
  // 1000 md5 chunks: 32 kB of hex that compresses to well over the 2 kB TOAST threshold.
  const BIG = "(select string_agg(md5(random()::text || g::text), '') from generate_series(1, 1000) g)";

  beforeAll(async () => {
    [source, pgTarget, mdbTarget] = await Promise.all([
      createPgDatabase('tksrc'),
      createPgDatabase('tkdst'),
      createMysqlDatabase('tkdst'),
    ]);
    for (const t of ['docs_default', 'docs_full']) {
      await source.query(`create table ${t} (id int primary key, title text, body text)`);
      await pgTarget.query(`create table ${t} (id int primary key, title text, body text)`);
      await mdbTarget.query(`create table ${t} (id int primary key, title text, body longtext)`);
      await source.query(`insert into ${t} values (1, 'one', ${BIG}), (2, 'two', ${BIG})`);
    }
    await source.query('alter table docs_full replica identity full');
    connector = await registerConnector(prefix, pgSource(source, { topicPrefix: prefix, tables }));
    await Promise.all(tables.map((t) => waitForTopic(`${prefix}.${t}`)));
  });

  afterAll(async () => {
    await connector?.remove();
    await Promise.all([dropEventually(source), pgTarget?.drop(), mdbTarget?.drop()]);
  });

  it('keeps the original text under REPLICA IDENTITY DEFAULT and FULL, on PostgreSQL and MariaDB targets', async () => {
    const config = (group: string) =>
      testConfig({
        service: 'docs',
        kafka: { groupId: uniqueName(group) },
        source: { topicPrefix: prefix },
        tables: tables.map((source) => ({ source })),
      });
    const replicators = await Promise.all([
      startReplicator(config('tkpg'), { targetUrl: pgTarget.url }),
      startReplicator(config('tkmdb'), { targetUrl: mdbTarget.url }),
    ]);
    // The text's digest and length: a mismatch then reads in one line.
    const read = (db: TestPg | TestMysql, t: string) =>
      (db as TestPg).query<{ id: number; title: string; body: string | null; n: number | null }>(
        `select id, title, md5(body) as body, length(body) as n from ${t} order by id`,
      );
    for (const t of ['docs_default', 'docs_full']) {
      const before = await read(source, t);
      expect(before.map((r) => r.n)).toEqual([32_000, 32_000]);
      // The key only; then the key and another column; both leave body alone.
      await source.query(`update ${t} set id = 10 where id = 1`);
      await source.query(`update ${t} set id = 20, title = 'TWO' where id = 2`);
      const want = [
        { id: 10, title: 'one', body: before[0]!.body, n: 32_000 },
        { id: 20, title: 'TWO', body: before[1]!.body, n: 32_000 },
      ];
      expect(await read(source, t)).toEqual(want);
      for (const target of [pgTarget, mdbTarget]) {
        await expect.poll(() => read(target, t), { timeout: 60_000, interval: 250 }).toEqual(want);
      }
    }
    // The events did carry the placeholder (else this test proves nothing) under DEFAULT.
    const raw = await readRaw(`${prefix}.public.docs_default`, 2 + 6);
    expect(raw.some((m) => m.value?.includes('__debezium_unavailable_value'))).toBe(true);
    await Promise.all(replicators.map((r) => r.stop()));
  });
});
