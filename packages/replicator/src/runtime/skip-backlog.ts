import { type ConnectionSpec, parseTableKey } from '@seam/core';
import { createKafkaClient } from '@seam/kafka';
import type { Admin, Kafka } from 'kafkajs';
import { groupIdOf, type ReplicatorConfig } from '../config/config.js';
import { debeziumTopic } from '../config/topic-name.js';
import { engineFor } from '../engine.js';
import { kafkaUnreachable, securityOf } from '../kafka/kafka-client.js';
import { resolveTarget } from './start-up.js';

export interface SkippedPartition {
  topic: string;
  partition: number;
  /** The next offset stored in the target before (0 when the group had none). */
  from: string;
  /** The next offset stored now: the partition's end when it was read. */
  to: string;
}

export interface SkipBacklogResult {
  group: string;
  partitions: SkippedPartition[];
  /** Events that will never be applied (the sum of to − from where it moved). */
  skipped: number;
  /** Whether the consumer group's Kafka offsets were moved too (not while a member is running). */
  kafkaGroupMoved: boolean;
}

/** Every topic a configuration's tables are read from. */
export function configTopics(config: ReplicatorConfig): string[] {
  return [
    ...new Set(
      config.tables.map((t) => {
        const { schema, name } = parseTableKey(t.source);
        return t.topic ?? debeziumTopic(config.source.topicPrefix, schema, name);
      }),
    ),
  ];
}

/**
 * Moves a consumer group's Kafka offsets in one membership (join, commit, leave) when no member
 * runs; false when one does (its own commits follow the target's offsets). kafkajs'
 * `admin.setOffsets` joins the group once per topic and waits out a 5 s fetch each time.
 */
async function commitGroupOffsets(
  kafka: Kafka,
  admin: Admin,
  group: string,
  partitions: SkippedPartition[],
): Promise<boolean> {
  const [described] = (await admin.describeGroups([group])).groups;
  if (described && !['Empty', 'Dead'].includes(described.state)) return false;
  const topics = [...new Set(partitions.map((p) => p.topic))];
  const consumer = kafka.consumer({ groupId: group, maxWaitTimeInMs: 100, allowAutoTopicCreation: false });
  try {
    await consumer.connect();
    const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
    await consumer.subscribe({ topics });
    await consumer.run({ autoCommit: false, eachBatchAutoResolve: false, eachBatch: async () => {} });
    consumer.pause(topics.map((topic) => ({ topic })));
    await Promise.race([
      joined,
      new Promise((_, reject) => setTimeout(() => reject(new Error('no group join')), 30_000).unref()),
    ]);
    await consumer.commitOffsets(
      partitions.map((p) => ({ topic: p.topic, partition: p.partition, offset: p.to })),
    );
    return true;
  } catch {
    return false;
  } finally {
    await consumer.disconnect().catch(() => {});
  }
}

async function endOffsets(admin: Admin, topics: string[]) {
  const out: Array<{ topic: string; partition: number; next: string }> = [];
  for (const topic of topics) {
    for (const p of await admin.fetchTopicOffsets(topic))
      out.push({ topic, partition: p.partition, next: p.high });
  }
  return out;
}

/**
 * Skips a replicator's backlog: moves its stored offsets (the target's `seam_replicator_offsets`
 * rows of its group, which decide where it resumes) to the current end of every topic it reads,
 * never backwards, and the consumer group's Kafka offsets with them when no member runs. The
 * events below are never applied. This is how `seam move` breaks the loop between the two
 * directions: after a switch the forward topics carry only the reverse replicator's own writes
 * into the monolith, and after a reverse the reverse topics only the forward replicator's writes
 * into the service. A replicator of the group that runs meanwhile finds its next batch fenced off
 * and resumes from the stored offsets.
 */
export interface OffsetsAccess {
  /** The target database (default: the config's url / urlEnv). */
  target?: ConnectionSpec;
  targetUrl?: string;
  env?: NodeJS.ProcessEnv;
  /** Kafka bootstrap servers (default the config's). */
  brokers?: string[];
}

async function openBoth(config: ReplicatorConfig, options: OffsetsAccess, purpose: string) {
  const group = groupIdOf(config);
  const brokers = options.brokers ?? config.kafka.brokers;
  const security = securityOf(config.kafka);
  const kafka = createKafkaClient({
    clientId: `seam-${purpose}-${group}`,
    brokers,
    retry: { retries: 3 },
    ...(security ? { security } : {}),
  });
  const admin = kafka.admin();
  try {
    await admin.connect();
  } catch (error) {
    throw kafkaUnreachable(brokers, error);
  }
  try {
    const spec = options.target ?? resolveTarget(config, options.targetUrl, options.env);
    const writer = await engineFor(spec.dialect).openWriter(spec, {
      offsetsTable: config.target.offsetsTable,
      schema: config.target.schema ?? null,
      poolSize: 1,
      applicationName: `seam-${purpose} ${group}`,
    });
    return { kafka, admin, writer, group };
  } catch (error) {
    await admin.disconnect().catch(() => {});
    throw error;
  }
}

/**
 * How far a replicator is behind: the events in its topics past the offsets its target stored
 * (a partition without a stored offset counts whole).
 */
export async function backlogOf(
  config: ReplicatorConfig,
  options: OffsetsAccess = {},
): Promise<{ group: string; events: number }> {
  const { admin, writer, group } = await openBoth(config, options, 'lag');
  try {
    const ends = await endOffsets(admin, configTopics(config));
    const stored = await writer.readOffsets(group);
    let events = 0n;
    for (const e of ends) {
      const at = BigInt(stored.get(`${e.topic}\u0000${e.partition}`) ?? '0');
      if (BigInt(e.next) > at) events += BigInt(e.next) - at;
    }
    return { group, events: Number(events) };
  } finally {
    await writer.close().catch(() => {});
    await admin.disconnect().catch(() => {});
  }
}

export async function skipBacklog(
  config: ReplicatorConfig,
  options: OffsetsAccess = {},
): Promise<SkipBacklogResult> {
  const { kafka, admin, writer, group } = await openBoth(config, options, 'skip');
  const topics = configTopics(config);
  try {
    const ends = await endOffsets(admin, topics);
    const before = await writer.readOffsets(group);
    await writer.storeOffsets(group, ends);
    const after = await writer.readOffsets(group);
    const partitions = ends.map((e) => {
      const id = `${e.topic}\u0000${e.partition}`;
      return {
        topic: e.topic,
        partition: e.partition,
        from: before.get(id) ?? '0',
        to: after.get(id) ?? e.next,
      };
    });
    const kafkaGroupMoved = await commitGroupOffsets(kafka, admin, group, partitions);
    const skipped = partitions.reduce((n, p) => n + Math.max(0, Number(BigInt(p.to) - BigInt(p.from))), 0);
    return { group, partitions, skipped, kafkaGroupMoved };
  } finally {
    await writer.close().catch(() => {});
    await admin.disconnect().catch(() => {});
  }
}
