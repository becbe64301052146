import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { SeamError } from '@seam/core';
import { createKafkaClient, kafkaError } from '@seam/kafka';
import type { DebeziumNotification } from './progress.js';

/** A notification record's value: JsonConverter with or without embedded schemas. */
function decode(value: Buffer | null): DebeziumNotification | undefined {
  if (!value) return undefined;
  try {
    const json = JSON.parse(value.toString('utf8')) as { payload?: unknown } & Record<string, unknown>;
    const body = (json && typeof json === 'object' && 'payload' in json ? json.payload : json) as
      | DebeziumNotification
      | undefined;
    return body && typeof body.id === 'string' ? body : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Every notification on a connector's notification topic, read from its start up to its end now.
 * A throwaway consumer group (nothing committed) is deleted afterwards: reading leaves nothing.
 */
export async function readNotifications(
  brokers: string[],
  topic: string,
  timeoutMs = 30_000,
): Promise<DebeziumNotification[]> {
  const kafka = createKafkaClient({ clientId: 'seam-move-copy', brokers });
  const admin = kafka.admin();
  try {
    await admin.connect();
  } catch (error) {
    throw kafkaError(error, brokers);
  }
  const groupId = `seam-move-copy-${process.pid}-${randomUUID().slice(0, 8)}`;
  try {
    if (!(await admin.listTopics()).includes(topic)) return [];
    const wanted = new Map<number, bigint>();
    for (const p of await admin.fetchTopicOffsets(topic))
      if (BigInt(p.high) > BigInt(p.low)) wanted.set(p.partition, BigInt(p.high));
    if (!wanted.size) return [];
    const out: Array<{ partition: number; offset: bigint; n: DebeziumNotification }> = [];
    const consumer = kafka.consumer({ groupId });
    await consumer.connect();
    try {
      await consumer.subscribe({ topic, fromBeginning: true });
      const done = new Promise<void>((resolve, reject) => {
        consumer
          .run({
            autoCommit: false,
            eachMessage: async ({ partition, message }) => {
              const offset = BigInt(message.offset);
              const n = decode(message.value);
              if (n) out.push({ partition, offset, n });
              const end = wanted.get(partition);
              if (end !== undefined && offset + 1n >= end) {
                wanted.delete(partition);
                if (!wanted.size) resolve();
              }
            },
          })
          .catch(reject);
      });
      const timeout = sleep(timeoutMs).then(() => {
        throw new SeamError('SEAM_TIMEOUT', `Reading ${topic} took longer than ${timeoutMs / 1000} s.`, {
          hint: 'Check that Kafka runs (seam doctor), then run the command again.',
          retryable: true,
        });
      });
      await Promise.race([done, timeout]);
    } finally {
      await consumer.disconnect().catch(() => {});
    }
    return out.sort((a, b) => a.partition - b.partition || (a.offset < b.offset ? -1 : 1)).map((x) => x.n);
  } finally {
    await admin.deleteGroups([groupId]).catch(() => {});
    await admin.disconnect().catch(() => {});
  }
}
