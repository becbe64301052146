import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPgDatabase,
  kafka,
  pgSource,
  type RegisteredConnector,
  registerConnector,
  type TestPg,
  uniqueName,
  waitForTopic,
} from '../helpers/index.js';
import { itemsArgs, spawnReplicate, writePlan } from './child.js';
import { dropEventually } from './harness.js';
import { pgRows, writeLoad } from './load.js';

// `seam replicate` as a real process: killed with SIGKILL in the middle of a load, restarted;
// stopped with SIGTERM. The target must end equal to the source, row for row.
describe('seam replicate survives kill -9 and stops cleanly on SIGTERM', () => {
  let source: TestPg;
  let target: TestPg;
  let connector: RegisteredConnector;
  const prefix = uniqueName('crash');
  const group = uniqueName('crashgrp');
  let plan: string;
  const args = () =>
    itemsArgs({ plan, prefix, target: target.url, group }, ['--dead-letter-topic', `${prefix}.dlq`]);

  beforeAll(async () => {
    [source, target] = await Promise.all([createPgDatabase('crashsrc'), createPgDatabase('crashdst')]);
    await source.query('create table items (id bigint primary key, v int, payload text)');
    await target.query('create table items (id bigint primary key, v int, payload text)');
    await writeLoad(source, 1, 2000);
    connector = await registerConnector(
      prefix,
      pgSource(source, { topicPrefix: prefix, tables: ['public.items'] }),
    );
    await waitForTopic(`${prefix}.public.items`);
    plan = writePlan(prefix, 'orders', [{ table: 'public.items' }]);
  });

  afterAll(async () => {
    await connector?.remove();
    await Promise.all([dropEventually(source), target?.drop()]);
  });

  it('loses and duplicates nothing when killed with SIGKILL mid-load and restarted', async () => {
    const first = spawnReplicate(`${group}-a`, args());
    const load = writeLoad(source, 2000, 14000);
    // Kill it once it has applied part of the stream.
    await expect
      .poll(
        async () => Number((await target.query<{ n: string }>('select count(*) as n from items'))[0]!.n),
        {
          timeout: 60_000,
          interval: 100,
        },
      )
      .toBeGreaterThan(2500);
    first.child.kill('SIGKILL');
    const killed = await first.exited;
    expect(killed.signal).toBe('SIGKILL');
    await load;
    await writeLoad(source, 14000, 16000);

    const second = spawnReplicate(`${group}-b`, [...args(), '--until-caught-up', '--json']);
    const done = await second.exited;
    expect(done.code, done.stderr).toBe(0);
    const summary = JSON.parse(done.stdout);
    expect(summary.stoppedBy).toBe('request');
    expect(await pgRows(target)).toEqual(await pgRows(source));

    // The offsets the target stored with the rows are the group's offsets, and the end of the topic.
    const [stored] = await target.query<{ next_offset: string }>(
      'select next_offset from seam_replicator_offsets where consumer_group = $1',
      [group],
    );
    const admin = kafka.admin();
    await admin.connect();
    const [committed] = await admin.fetchOffsets({ groupId: group, topics: [`${prefix}.public.items`] });
    const [end] = await admin.fetchTopicOffsets(`${prefix}.public.items`);
    await admin.disconnect();
    expect(committed!.partitions[0]!.offset).toBe(stored!.next_offset);
    expect(stored!.next_offset).toBe(end!.high);
  });

  it('finishes the batch in flight on SIGTERM, exits 0, and resumes where it stopped', async () => {
    const run = spawnReplicate(`${group}-c`, [...args(), '--json']);
    const load = writeLoad(source, 16000, 22000);
    await expect
      .poll(
        async () =>
          Number(
            (await target.query<{ n: string }>('select count(*) as n from items where id >= 16000'))[0]!.n,
          ),
        {
          timeout: 60_000,
          interval: 100,
        },
      )
      .toBeGreaterThan(500);
    run.child.kill('SIGTERM');
    const stopped = await run.exited;
    expect(stopped.code, stopped.stderr).toBe(0);
    expect(JSON.parse(stopped.stdout)).toMatchObject({ stoppedBy: 'request', service: 'orders' });
    await load;

    const resumed = spawnReplicate(`${group}-d`, [...args(), '--until-caught-up', '--json']);
    const done = await resumed.exited;
    expect(done.code, done.stderr).toBe(0);
    expect(await pgRows(target)).toEqual(await pgRows(source));
  });
});
