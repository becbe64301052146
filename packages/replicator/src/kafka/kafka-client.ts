import { setTimeout as sleep } from 'node:timers/promises';
import type { SeamError } from '@seam/core';
import { createKafkaClient, isKafkaSecurityFault, type KafkaSecurity, kafkaError } from '@seam/kafka';
import type { Admin, Kafka } from 'kafkajs';
import type { Logger } from '../ops/logger.js';

/** A kafkajs client whose own logs go to pino (warnings and errors only). */
export function createKafka(options: {
  brokers: string[];
  clientId: string;
  logger: Logger;
  /** The config's kafka.ssl / kafka.sasl; undefined: from the environment. */
  security?: KafkaSecurity | undefined;
}): Kafka {
  return createKafkaClient({
    clientId: options.clientId,
    brokers: options.brokers,
    ...(options.security ? { security: options.security } : {}),
    connectionTimeoutMs: 5000,
    requestTimeoutMs: 30_000,
    // Broker restarts are waited out: each operation retries, and the consumer restarts after a crash.
    retry: { initialRetryTime: 300, maxRetryTime: 10_000, retries: 12 },
    log: options.logger.child({ component: 'kafkajs' }),
  });
}

/** The kafka.ssl / kafka.sasl of a configuration, or undefined (then the environment's). */
export function securityOf(kafka: {
  ssl?: KafkaSecurity['ssl'];
  sasl?: KafkaSecurity['sasl'];
}): KafkaSecurity | undefined {
  if (!kafka.ssl && !kafka.sasl) return undefined;
  return { ...(kafka.ssl ? { ssl: kafka.ssl } : {}), ...(kafka.sasl ? { sasl: kafka.sasl } : {}) };
}

/** A Kafka failure with its own code (unreachable, credentials refused, certificate, mechanism). */
export function kafkaUnreachable(brokers: string[], error: unknown): SeamError {
  return kafkaError(error, brokers);
}

/** Waits until every topic exists; returns the missing ones when the time is up. */
export async function waitForTopics(admin: Admin, topics: string[], timeoutMs: number): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((t) => !existing.has(t));
    if (missing.length === 0 || Date.now() >= deadline) return missing;
    await sleep(Math.min(1000, Math.max(50, deadline - Date.now())));
  }
}

/** The partitions of each topic. */
export async function topicPartitions(
  admin: Admin,
  topics: string[],
): Promise<Array<{ topic: string; partition: number }>> {
  if (topics.length === 0) return [];
  const meta = await admin.fetchTopicMetadata({ topics });
  return meta.topics.flatMap((t) => t.partitions.map((p) => ({ topic: t.name, partition: p.partitionId })));
}

/** Creates a topic unless it exists (the dead-letter topic). */
export async function ensureTopic(admin: Admin, topic: string): Promise<void> {
  const existing = await admin.listTopics();
  if (existing.includes(topic)) return;
  try {
    await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true });
  } catch (error) {
    if (!/already exists/i.test((error as Error).message)) throw error;
  }
}

/**
 * Whether a consumer crash comes from the broker being away (connections refused or closed, no
 * group coordinator, retries used up) rather than from something a restart cannot fix
 * (authorization, a bad topic).
 */
export function brokerOutage(error: unknown): boolean {
  if (isKafkaSecurityFault(error)) return false;
  for (let e = error as { name?: string; message?: string; cause?: unknown } | undefined; e; ) {
    if (
      /^KafkaJS(Connection|ConnectionClosed|RequestTimeout|BrokerNotFound|GroupCoordinatorNotFound|NumberOfRetriesExceeded|LockTimeout)(Error)?$/.test(
        e.name ?? '',
      ) ||
      /group coordinator|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|Connection (error|closed|timeout)/i.test(
        e.message ?? '',
      )
    )
      return true;
    e = e.cause as typeof e;
  }
  return false;
}
