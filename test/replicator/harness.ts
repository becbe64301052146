import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SchemaSnapshot } from '@seam/core';
import { bootstrapServers } from '@seam/infra';
import {
  createLogger,
  parseReplicatorConfig,
  Replicator,
  type ReplicatorConfig,
  type ReplicatorConfigInput,
} from '@seam/replicator';
import type { TestPg } from '../helpers/index.js';

export const LOG_DIR = join(tmpdir(), 'seam-replicator-tests');
mkdirSync(LOG_DIR, { recursive: true });

/** A replicator configuration for a test: the real broker, short waits, everything else as given. */
export function testConfig(
  input: Omit<ReplicatorConfigInput, 'kafka'> & { kafka?: ReplicatorConfigInput['kafka'] },
): ReplicatorConfig {
  return parseReplicatorConfig({
    ...input,
    kafka: { brokers: [bootstrapServers()], sessionTimeoutMs: 10_000, ...input.kafka },
    apply: { topicWaitMs: 60_000, retry: { initialMs: 100, maxMs: 2000 }, ...input.apply },
  });
}

/** Starts a replicator in this process; its log goes to a file under LOG_DIR named after the group. */
export async function startReplicator(
  config: ReplicatorConfig,
  options: { targetUrl: string; snapshot?: SchemaSnapshot },
): Promise<Replicator> {
  const logger = createLogger({
    level: 'debug',
    destination: join(LOG_DIR, `${config.kafka.groupId ?? config.service}.log`),
  });
  const replicator = new Replicator({
    config,
    targetUrl: options.targetUrl,
    logger,
    ...(options.snapshot ? { snapshot: options.snapshot } : {}),
  });
  await replicator.start();
  return replicator;
}

/** Drops a source database once the connector just removed has let go of its replication slot. */
export async function dropEventually(db: TestPg | undefined): Promise<void> {
  if (!db) return;
  for (let i = 0; i < 40; i++) {
    const [row] = await db.query<{ n: string }>(
      'select count(*) as n from pg_replication_slots where database = current_database() and active',
    );
    if (Number(row?.n ?? 0) === 0) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  await db.drop();
}

/** Reads a topic from the start until `count` messages arrived, without parsing them (they may be garbage). */
export async function readRaw(
  topic: string,
  count: number,
  timeoutMs = 60_000,
): Promise<
  Array<{ offset: string; key: string | null; value: string | null; headers: Record<string, string> }>
> {
  const { kafka, waitForTopic, uniqueName } = await import('../helpers/index.js');
  await waitForTopic(topic, timeoutMs);
  const consumer = kafka.consumer({ groupId: uniqueName('raw'), maxWaitTimeInMs: 200 });
  const out: Array<{
    offset: string;
    key: string | null;
    value: string | null;
    headers: Record<string, string>;
  }> = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${topic}: ${out.length} of ${count} messages`)),
        timeoutMs,
      );
      consumer
        .run({
          eachMessage: async ({ message }) => {
            const headers: Record<string, string> = {};
            for (const [k, v] of Object.entries(message.headers ?? {})) headers[k] = String(v);
            out.push({
              offset: message.offset,
              key: message.key?.toString() ?? null,
              value: message.value?.toString() ?? null,
              headers,
            });
            if (out.length >= count) {
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
  return out;
}
