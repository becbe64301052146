/**
 * The baseline of bench:move: Debezium's own initial snapshot of the moved tables, alone — the
 * service's generated forward connector under another name, topic prefix, slot and publication,
 * with nothing else (no heartbeat, no signals, no replicator). Timed from the connector's creation
 * to the Kafka timestamp of its "Initial Snapshot" COMPLETED notification (sink channel), i.e.
 * until the snapshot has been written to Kafka.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { readConnectorConfig } from '@seam/codegen';
import type { MoveContext } from '@seam/move';
import type { Kafka } from 'kafkajs';
import type pg from 'pg';

export interface SnapshotAlone {
  ms: number;
  /** Snapshot records on the table topics (end offsets). */
  records: number;
}

async function waitForTopic(kafka: Kafka, topic: string, deadline: number): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    while (!(await admin.listTopics()).includes(topic)) {
      if (Date.now() > deadline) throw new Error(`no ${topic} after the deadline`);
      await sleep(250);
    }
  } finally {
    await admin.disconnect();
  }
}

/** The Kafka timestamp of the first notification whose JSON matches `done`. */
async function notified(kafka: Kafka, topic: string, done: (n: Record<string, unknown>) => boolean) {
  const consumer = kafka.consumer({ groupId: `${topic}.bench`, allowAutoTopicCreation: false });
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    return await new Promise<number>((resolve, reject) => {
      consumer
        .run({
          eachMessage: async ({ message }) => {
            const json = JSON.parse(message.value?.toString() ?? '{}') as Record<string, unknown>;
            const n = (json.payload ?? json) as Record<string, unknown>;
            if (done(n)) resolve(Number(message.timestamp));
          },
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
  }
}

export async function snapshotAlone(
  ctx: MoveContext,
  kafka: Kafka,
  monolith: pg.Pool,
  tables: string[],
  name: string,
  timeoutMs: number,
): Promise<SnapshotAlone> {
  const config = { ...(await readConnectorConfig(ctx.dir, ctx.forwardConnector)) };
  for (const key of Object.keys(config))
    if (/^(signal|incremental|notification|heartbeat)\./.test(key)) delete config[key];
  const notifications = `${name}.notifications`;
  Object.assign(config, {
    'topic.prefix': name,
    'slot.name': name,
    'publication.name': name,
    'publication.autocreate.mode': 'filtered',
    'slot.drop.on.stop': 'true',
    'snapshot.mode': 'initial',
    'table.include.list': tables.map((t) => t.replaceAll('.', '\\.')).join(','),
    'notification.enabled.channels': 'sink',
    'notification.sink.topic.name': notifications,
  });
  const started = Date.now();
  await ctx.connect.put(name, config);
  try {
    await waitForTopic(kafka, notifications, started + timeoutMs);
    const at = await notified(
      kafka,
      notifications,
      (n) => n.aggregate_type === 'Initial Snapshot' && n.type === 'COMPLETED',
    );
    const admin = kafka.admin();
    await admin.connect();
    let records = 0;
    try {
      for (const t of tables) {
        const offsets = await admin.fetchTopicOffsets(`${name}.${t}`);
        records += offsets.reduce((n, p) => n + Number(p.high), 0);
      }
    } finally {
      await admin.disconnect();
    }
    return { ms: at - started, records };
  } finally {
    await ctx.connect.delete(name).catch(() => {});
    // The slot goes with the connector's stop (slot.drop.on.stop); a slot still held is dropped here.
    for (let i = 0; i < 60; i++) {
      const { rows } = await monolith.query<{ active: boolean }>(
        'select active from pg_replication_slots where slot_name = $1',
        [name],
      );
      if (rows.length === 0) break;
      if (!rows[0]!.active)
        await monolith.query('select pg_drop_replication_slot($1)', [name]).catch(() => {});
      await sleep(500);
    }
    await monolith.query(`drop publication if exists "${name}"`);
  }
}
