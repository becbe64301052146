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
import { dropEventually, startReplicator, testConfig } from './harness.js';

// A column added on the source: added on the target (apply), or the stream stops with a clear
// error before the first event that carries it (stop), and resumes once the target has it.
describe('source schema changes', () => {
  let source: TestPg;
  let applyTarget: TestMysql;
  let stopTarget: TestPg;
  let connector: RegisteredConnector;
  const prefix = uniqueName('sc');
  const config = (onSchemaChange: 'apply' | 'stop', groupId: string) =>
    testConfig({
      service: 'people',
      kafka: { groupId },
      source: { topicPrefix: prefix },
      tables: [{ source: 'public.people' }],
      apply: { onSchemaChange },
    });

  beforeAll(async () => {
    [source, applyTarget, stopTarget] = await Promise.all([
      createPgDatabase('scsrc'),
      createMysqlDatabase('scdst'),
      createPgDatabase('scdst'),
    ]);
    await source.query('create table people (id int primary key, name text)');
    await applyTarget.query('create table people (id int primary key, name longtext)');
    await stopTarget.query('create table people (id int primary key, name text)');
    await source.query("insert into people values (1, 'Ada'), (2, 'Grace')");
    connector = await registerConnector(
      prefix,
      pgSource(source, { topicPrefix: prefix, tables: ['public.people'] }),
    );
    await waitForTopic(`${prefix}.public.people`);
  });

  afterAll(async () => {
    await connector?.remove();
    await Promise.all([dropEventually(source), applyTarget?.drop(), stopTarget?.drop()]);
  });

  it('adds the new column to the target, or stops before it and resumes once it is there', async () => {
    const applying = await startReplicator(config('apply', uniqueName('scapply')), {
      targetUrl: applyTarget.url,
    });
    const stopGroup = uniqueName('scstop');
    const stopping = await startReplicator(config('stop', stopGroup), { targetUrl: stopTarget.url });
    await expect
      .poll(() => stopTarget.query('select id, name from people order by id'), { timeout: 60_000 })
      .toEqual([
        { id: 1, name: 'Ada' },
        { id: 2, name: 'Grace' },
      ]);

    await source.query('alter table people add column email text, add column score numeric(8,2)');
    await source.query("insert into people values (3, 'Linus', 'l@example.org', 12.50)");
    await source.query("update people set email = 'a@example.org', score = -1 where id = 1");

    await expect
      .poll(() => applyTarget.query('select id, name, email, score from people order by id'), {
        timeout: 60_000,
      })
      .toEqual([
        { id: 1, name: 'Ada', email: 'a@example.org', score: '-1.00' },
        { id: 2, name: 'Grace', email: null, score: null },
        { id: 3, name: 'Linus', email: 'l@example.org', score: '12.50' },
      ]);
    const [type] = await applyTarget.query<{ t: string }>(
      "select column_type as t from information_schema.columns where table_schema = database() and table_name = 'people' and column_name = 'score'",
    );
    expect(type?.t).toBe('decimal(8,2)');

    await expect(stopping.done).rejects.toMatchObject({ code: 'SEAM_REPL_SCHEMA_CHANGED' });
    await expect(stopping.done).rejects.toThrow(/email.*score|score.*email/);
    expect(await stopTarget.query('select id from people order by id')).toEqual([{ id: 1 }, { id: 2 }]);

    // Once the target has the columns, the same group resumes at the event it stopped on.
    await stopTarget.query('alter table people add column email text, add column score numeric(8,2)');
    const resumed = await startReplicator(config('stop', stopGroup), { targetUrl: stopTarget.url });
    await expect
      .poll(() => stopTarget.query('select id, name, email, score::text as score from people order by id'), {
        timeout: 60_000,
      })
      .toEqual([
        { id: 1, name: 'Ada', email: 'a@example.org', score: '-1.00' },
        { id: 2, name: 'Grace', email: null, score: null },
        { id: 3, name: 'Linus', email: 'l@example.org', score: '12.50' },
      ]);
    await Promise.all([applying.stop(), resumed.stop()]);
  });
});
