import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createMysqlDatabase,
  createPgDatabase,
  kafka,
  pgSource,
  type RegisteredConnector,
  registerConnector,
  type TestMysql,
  type TestPg,
  uniqueName,
  waitForTopic,
} from '../helpers/index.js';
import { itemsArgs, spawnReplicate, writePlan } from './child.js';
import { dropEventually } from './harness.js';
import { mysqlRows, pgRows, writeLoad } from './load.js';

async function members(group: string): Promise<Array<{ memberId: string; partitions: number }>> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const { groups } = await admin.describeGroups([group]);
    return (groups[0]?.members ?? []).map((m) => ({
      memberId: m.memberId,
      // Consumer protocol assignment: version, then topic → partitions; count partitions loosely.
      partitions: m.memberAssignment.length,
    }));
  } finally {
    await admin.disconnect();
  }
}

// Two `seam replicate` processes in one consumer group share a 4-partition topic; one is killed
// with SIGKILL mid-load; the other takes its partitions over. PostgreSQL → MariaDB.
describe('two replicators in one group, one killed', () => {
  let source: TestPg;
  let target: TestMysql;
  let connector: RegisteredConnector;
  const prefix = uniqueName('fo');
  const group = uniqueName('fogrp');
  let plan: string;
  const args = () => itemsArgs({ plan, prefix, target: target.url, group }, ['--session-timeout', '6000']);

  beforeAll(async () => {
    [source, target] = await Promise.all([createPgDatabase('fosrc'), createMysqlDatabase('fodst')]);
    await source.query('create table items (id bigint primary key, v int, payload text)');
    await target.query('create table items (id bigint primary key, v int, payload longtext)');
    await writeLoad(source, 1, 1000);
    connector = await registerConnector(
      prefix,
      pgSource(source, {
        topicPrefix: prefix,
        tables: ['public.items'],
        extra: {
          'topic.creation.default.partitions': '4',
          'topic.creation.default.replication.factor': '1',
        },
      }),
    );
    await waitForTopic(`${prefix}.public.items`);
    plan = writePlan(prefix, 'orders', [{ table: 'public.items' }]);
  });

  afterAll(async () => {
    await connector?.remove();
    await Promise.all([dropEventually(source), target?.drop()]);
  });

  it('hands the killed replicator’s partitions to the other with nothing lost', async () => {
    const admin = kafka.admin();
    await admin.connect();
    const meta = await admin.fetchTopicMetadata({ topics: [`${prefix}.public.items`] });
    await admin.disconnect();
    expect(meta.topics[0]!.partitions).toHaveLength(4);

    const a = spawnReplicate(`${group}-a`, args());
    const b = spawnReplicate(`${group}-b`, args());
    try {
      await expect
        .poll(async () => (await members(group)).length, { timeout: 60_000, interval: 250 })
        .toBe(2);
      const load = writeLoad(source, 1000, 13000);
      await expect
        .poll(
          async () => Number((await target.query<{ n: number }>('select count(*) as n from items'))[0]!.n),
          {
            timeout: 60_000,
            interval: 100,
          },
        )
        .toBeGreaterThan(3000);
      a.child.kill('SIGKILL');
      expect((await a.exited).signal).toBe('SIGKILL');
      await load;
      await writeLoad(source, 13000, 15000);
      // The group notices the dead member after the session timeout and gives its partitions to b.
      await expect
        .poll(async () => (await members(group)).length, { timeout: 60_000, interval: 250 })
        .toBe(1);
      const want = await pgRows(source);
      await expect.poll(() => mysqlRows(target), { timeout: 120_000, interval: 500 }).toEqual(want);
    } finally {
      a.child.kill('SIGKILL');
      b.child.kill('SIGTERM');
      const stopped = await b.exited;
      expect(stopped.code, stopped.stderr).toBe(0);
    }
  });
});
