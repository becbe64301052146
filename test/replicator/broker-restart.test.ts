import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPgDatabase,
  freePort,
  type IsolatedStack,
  pgSource,
  registerConnector,
  startIsolatedStack,
  type TestPg,
  uniqueName,
  waitForTopic,
} from '../helpers/index.js';
import { itemsArgs, type ReplicateChild, spawnReplicate, writePlan } from './child.js';
import { LOG_DIR } from './harness.js';
import { pgRows, writeLoad } from './load.js';

// A Kafka broker restart under a running `seam replicate`: kill -9 of the broker in the middle of a
// load (the source keeps changing while it is gone), then a restart; later a graceful stop/start.
// The broker is this file's own (the shared one on 9092 is never touched). The replicator process
// must stay up, retry, and end with the target equal to the source, every event applied once.
describe('seam replicate survives a Kafka broker restart', () => {
  let stack: IsolatedStack | undefined;
  let source: TestPg | undefined;
  let target: TestPg | undefined;
  let replicate: ReplicateChild | undefined;
  let opsUrl: string;
  const prefix = uniqueName('brk');
  const topic = `${prefix}.public.items`;
  const group = uniqueName('brkgrp');

  type Status = { state: string; lastError?: { code: string }; events: { applied: number } };
  const status = async (): Promise<Status | undefined> => {
    try {
      return (await (await fetch(`${opsUrl}/status`)).json()) as Status;
    } catch {
      return undefined;
    }
  };
  /** A metric's samples summed by one label (or all together under ''). */
  const metric = async (name: string, by?: string): Promise<Record<string, number>> => {
    const text = await (await fetch(`${opsUrl}/metrics`)).text();
    const out: Record<string, number> = {};
    for (const line of text.split('\n')) {
      if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
      const key = by ? (new RegExp(`${by}="([^"]*)"`).exec(line)?.[1] ?? '') : '';
      out[key] = (out[key] ?? 0) + Number(line.slice(line.lastIndexOf(' ') + 1));
    }
    return out;
  };
  const count = async (db: TestPg) =>
    Number((await db.query<{ n: string }>('select count(*) as n from items'))[0]!.n);

  /** The topic's messages by op (and tombstones): what the replicator must apply, each exactly once. */
  const eventsOnTopic = async (): Promise<Record<string, number>> => {
    const admin = stack!.kafka.admin();
    await admin.connect();
    const [end] = await admin.fetchTopicOffsets(topic);
    await admin.disconnect();
    const high = BigInt(end!.high);
    const consumer = stack!.kafka.consumer({ groupId: uniqueName('cnt'), maxWaitTimeInMs: 200 });
    const events: Record<string, number> = {};
    await consumer.connect();
    try {
      await consumer.subscribe({ topic, fromBeginning: true });
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${topic}: not read to ${high} in time`)), 60_000);
        consumer
          .run({
            eachBatch: async ({ batch }) => {
              for (const m of batch.messages) {
                if (BigInt(m.offset) >= high) continue;
                const op = m.value
                  ? (JSON.parse(m.value.toString()) as { payload: { op: string } }).payload.op
                  : 'tombstone';
                events[op] = (events[op] ?? 0) + 1;
              }
              if (BigInt(batch.lastOffset()) + 1n >= high) {
                clearTimeout(timer);
                resolve();
              }
            },
          })
          .catch(reject);
      });
    } finally {
      await consumer.disconnect();
    }
    return events;
  };

  /** Target equals source row for row, every event on the topic applied exactly once, offsets at the end. */
  const expectConverged = async () => {
    const rows = await pgRows(source!);
    await expect.poll(() => pgRows(target!), { timeout: 90_000, interval: 500 }).toEqual(rows);
    const admin = stack!.kafka.admin();
    await admin.connect();
    const [end] = await admin.fetchTopicOffsets(topic);
    await admin.disconnect();
    await expect
      .poll(
        async () =>
          (
            await target!.query<{ next_offset: string }>(
              'select next_offset from seam_replicator_offsets where consumer_group = $1',
              [group],
            )
          )[0]?.next_offset,
        { timeout: 30_000, interval: 250 },
      )
      .toBe(end!.high);
    // A replayed (applied twice) event would count twice here, a skipped one not at all.
    const want = await eventsOnTopic();
    await expect.poll(() => metric('seam_replicator_events_total', 'op'), { timeout: 10_000 }).toEqual(want);
    expect(replicate!.child.exitCode).toBeNull();
    expect((await status())?.state).toBe('running');
  };

  beforeAll(async () => {
    const [s, src, dst, metricsPort] = await Promise.all([
      startIsolatedStack(),
      createPgDatabase('brksrc'),
      createPgDatabase('brkdst'),
      freePort(),
    ]);
    stack = s;
    source = src;
    target = dst;
    await source.query('create table items (id bigint primary key, v int, payload text)');
    await target.query('create table items (id bigint primary key, v int, payload text)');
    await writeLoad(source, 1, 500);
    // The connector lives and dies with the isolated worker; source.drop() removes its slot.
    await registerConnector(
      prefix,
      pgSource(source, {
        topicPrefix: prefix,
        tables: ['public.items'],
        // The worker restarts its task when the broker comes back: the slot must outlive the task
        // (the default; source.drop() removes it at the end).
        extra: { 'slot.drop.on.stop': 'false' },
      }),
      stack.connect,
    );
    await waitForTopic(topic, 60_000, stack.kafka);
    const plan = writePlan(prefix, 'orders', [{ table: 'public.items' }]);
    opsUrl = `http://127.0.0.1:${metricsPort}`;
    replicate = spawnReplicate(
      group,
      itemsArgs({ plan, prefix, target: target.url, group }, [
        '--kafka',
        stack.brokers,
        '--metrics-port',
        String(metricsPort),
        '--session-timeout',
        '10000',
        '--log-level',
        'debug',
      ]),
    );
    // (expect.poll works only inside a test.)
    for (const deadline = Date.now() + 60_000; (await status())?.state !== 'running'; ) {
      if (Date.now() > deadline || replicate.child.exitCode !== null)
        throw new Error(
          `seam replicate did not start: ${(await status())?.state} (log ${replicate.logFile})`,
        );
      await sleep(250);
    }
  });

  afterAll(async () => {
    const steps: Array<() => Promise<unknown>> = [
      async () => {
        if (!replicate || replicate.child.exitCode !== null || replicate.child.signalCode !== null) return;
        replicate.child.kill('SIGTERM');
        const timer = setTimeout(() => replicate?.child.kill('SIGKILL'), 15_000);
        await replicate.exited;
        clearTimeout(timer);
      },
      async () => stack?.stop(join(LOG_DIR, `${group}-stack`)),
      async () => source?.drop(),
      async () => target?.drop(),
    ];
    const errors: unknown[] = [];
    for (const step of steps) await step().catch((e) => errors.push(e));
    if (errors.length) throw errors[0];
  });

  /**
   * A broker outage in the middle of a load: `takeDown` stops the broker once the replicator is
   * busy; while it is gone the replicator says so (and stays up) and the source keeps changing;
   * then the broker comes back, the load finishes, and the target must equal the source.
   */
  const throughOutage = async (takeDown: () => Promise<unknown>, from: number) => {
    const unreachable = async () =>
      (await metric('seam_replicator_retries_total', 'code')).SEAM_KAFKA_UNREACHABLE ?? 0;
    const outagesBefore = await unreachable();
    const load = writeLoad(source!, from, from + 5000, 200);
    const before = await count(target!);
    await expect.poll(() => count(target!), { timeout: 60_000, interval: 100 }).toBeGreaterThan(before + 800);
    await takeDown();
    const down = Date.now();
    // Written while the broker is gone: Debezium holds them (the slot keeps them) until it is back.
    const during = writeLoad(source!, from + 100_000, from + 101_000, 200);
    await expect
      .poll(async () => (await status())?.state, { timeout: 30_000, interval: 200 })
      .toBe('retrying');
    expect((await status())?.lastError?.code).toBe('SEAM_KAFKA_UNREACHABLE');
    expect((await fetch(`${opsUrl}/healthz`)).status).toBe(503);
    await during;
    // The deliberate outage window: at least 5 s without a broker.
    await sleep(Math.max(0, 5000 - (Date.now() - down)));
    expect(replicate!.child.exitCode).toBeNull();
    await stack!.start();
    await load;
    await writeLoad(source!, from + 5000, from + 6000, 200);
    await expectConverged();
    expect(await unreachable()).toBeGreaterThan(outagesBefore);
  };

  it('loses and doubles nothing when the broker is killed with kill -9 mid-load and restarted', async () => {
    await throughOutage(() => stack!.killBroker(), 500);
  });

  it('loses and doubles nothing when the broker is stopped gracefully and started again', async () => {
    await throughOutage(() => stack!.stopBroker(), 20_000);
  });
});
