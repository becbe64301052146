import { setTimeout as sleep } from 'node:timers/promises';
import { bootstrapServers } from '@seam/infra';
import { Kafka, type KafkaMessage, logLevel } from 'kafkajs';
import { uniqueName } from './names.js';

export const kafka = new Kafka({
  clientId: 'seam-test',
  brokers: [bootstrapServers()],
  logLevel: logLevel.ERROR,
});

export interface TopicEvent {
  partition: number;
  offset: string;
  key: unknown;
  /** The parsed value; null for a tombstone. With embedded schemas, `payload` is unwrapped. */
  value: Record<string, unknown> | null;
  headers: Record<string, string>;
  raw: KafkaMessage;
}

function parse(buffer: Buffer | null): unknown {
  if (buffer === null) return null;
  const json = JSON.parse(buffer.toString('utf8')) as unknown;
  if (json && typeof json === 'object' && 'payload' in json && 'schema' in json) {
    return (json as { payload: unknown }).payload;
  }
  return json;
}

/** Waits until a topic exists (Debezium creates its topics on the first event); the shared broker unless told. */
export async function waitForTopic(topic: string, timeoutMs = 60_000, client: Kafka = kafka): Promise<void> {
  const admin = client.admin();
  await admin.connect();
  try {
    const deadline = Date.now() + timeoutMs;
    while (!(await admin.listTopics()).includes(topic)) {
      if (Date.now() > deadline) throw new Error(`topic ${topic} did not appear within ${timeoutMs} ms`);
      await sleep(100);
    }
  } finally {
    await admin.disconnect();
  }
}

/**
 * Reads a topic from the beginning until `count` events have arrived (or `until` says so),
 * failing after `timeoutMs` with what did arrive. No fixed sleeps: it returns as soon as it can.
 */
export async function waitForEvents(
  topic: string,
  count: number,
  options: { timeoutMs?: number; until?: (events: TopicEvent[]) => boolean } = {},
): Promise<TopicEvent[]> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const consumer = kafka.consumer({ groupId: uniqueName('wait'), maxWaitTimeInMs: 200 });
  const events: TopicEvent[] = [];
  const done = options.until ?? ((e: TopicEvent[]) => e.length >= count);
  await waitForTopic(topic, timeoutMs);
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(
          new Error(
            `waited ${timeoutMs} ms for ${count} events on ${topic}, got ${events.length}: ${JSON.stringify(events.map((e) => e.value && (e.value as { op?: string }).op))}`,
          ),
        );
      }, timeoutMs);
      consumer
        .run({
          eachMessage: async ({ partition, message }) => {
            const headers: Record<string, string> = {};
            for (const [k, v] of Object.entries(message.headers ?? {})) headers[k] = String(v);
            events.push({
              partition,
              offset: message.offset,
              key: parse(message.key),
              value: parse(message.value) as Record<string, unknown> | null,
              headers,
              raw: message,
            });
            if (done(events)) {
              clearTimeout(timer);
              resolve();
            }
          },
        })
        .catch(reject);
    });
    return events;
  } finally {
    await consumer.disconnect();
  }
}

/** Deletes every topic a test run created: all carry its prefix (dead-letter topics too). */
export async function deletePrefixedTopics(prefix: string): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const mine = (await admin.listTopics()).filter(
      (t) => t.startsWith(`${prefix}.`) || t.includes(`.${prefix}.`),
    );
    if (mine.length) await admin.deleteTopics({ topics: mine }).catch(() => {});
  } finally {
    await admin.disconnect();
  }
}
