import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kafka, uniqueName } from '../helpers/index.js';

// kafkajs 2.2.4 predates Kafka 4, which removed old protocol versions (KIP-896).
// These are the calls the replicator and the tests rely on, against the real broker.
describe('kafkajs 2.2.4 against the Kafka 4 broker', () => {
  const topic = uniqueName('compat');
  const admin = kafka.admin();

  beforeAll(async () => {
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: true });
  });

  afterAll(async () => {
    await admin.deleteTopics({ topics: [topic] }).catch(() => {});
    await admin.disconnect();
  });

  it('describes the cluster and the topic', async () => {
    const cluster = await admin.describeCluster();
    expect(cluster.brokers).toHaveLength(1);
    const meta = await admin.fetchTopicMetadata({ topics: [topic] });
    expect(meta.topics[0]?.partitions).toHaveLength(3);
  });

  it('produces keyed messages with headers, consumes them in a group, commits and resumes', async () => {
    const producer = kafka.producer({ idempotent: true });
    await producer.connect();
    const messages = Array.from({ length: 30 }, (_, i) => ({
      key: `k${i % 6}`,
      value: JSON.stringify({ i }),
      headers: { origin: 'test' },
    }));
    await producer.send({ topic, messages });

    const groupId = uniqueName('group');
    const seen: Array<{ i: number; partition: number; origin: string }> = [];
    const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 200 });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      consumer
        .run({
          autoCommit: false,
          eachMessage: async ({ partition, message }) => {
            seen.push({
              i: JSON.parse(String(message.value)).i,
              partition,
              origin: String(message.headers?.origin),
            });
            await consumer.commitOffsets([{ topic, partition, offset: String(Number(message.offset) + 1) }]);
            if (seen.length === 30) resolve();
          },
        })
        .catch(reject);
    });
    await consumer.disconnect();
    expect(seen.map((s) => s.i).sort((a, b) => a - b)).toEqual(messages.map((_, i) => i));
    expect(new Set(seen.map((s) => s.origin))).toEqual(new Set(['test']));
    // Same key, same partition: per-key order survives.
    const byKey = new Map<number, Set<number>>();
    for (const s of seen) byKey.set(s.i % 6, (byKey.get(s.i % 6) ?? new Set()).add(s.partition));
    for (const partitions of byKey.values()) expect(partitions.size).toBe(1);

    const committed = await admin.fetchOffsets({ groupId, topics: [topic] });
    const total = committed[0]!.partitions.reduce((n, p) => n + Number(p.offset), 0);
    expect(total).toBe(30);

    // A new member of the same group starts after the committed offsets: it sees only new messages.
    await producer.send({ topic, messages: [{ key: 'k0', value: JSON.stringify({ i: 99 }) }] });
    await producer.disconnect();
    const again = kafka.consumer({ groupId, maxWaitTimeInMs: 200 });
    await again.connect();
    await again.subscribe({ topic, fromBeginning: true });
    const next = await new Promise<number>((resolve, reject) => {
      again
        .run({ eachMessage: async ({ message }) => resolve(JSON.parse(String(message.value)).i) })
        .catch(reject);
    });
    await again.disconnect();
    expect(next).toBe(99);
  });

  it('runs transactions: aborted messages stay invisible to read-committed consumers', async () => {
    const txTopic = uniqueName('tx');
    await admin.createTopics({ topics: [{ topic: txTopic, numPartitions: 1 }], waitForLeaders: true });
    const producer = kafka.producer({
      transactionalId: uniqueName('txid'),
      maxInFlightRequests: 1,
      idempotent: true,
    });
    await producer.connect();
    const aborted = await producer.transaction();
    await aborted.send({ topic: txTopic, messages: [{ value: 'aborted' }] });
    await aborted.abort();
    const committed = await producer.transaction();
    await committed.send({ topic: txTopic, messages: [{ value: 'committed' }] });
    await committed.commit();
    await producer.disconnect();

    const consumer = kafka.consumer({ groupId: uniqueName('rc'), maxWaitTimeInMs: 200 });
    await consumer.connect();
    await consumer.subscribe({ topic: txTopic, fromBeginning: true });
    const first = await new Promise<string>((resolve, reject) => {
      consumer.run({ eachMessage: async ({ message }) => resolve(String(message.value)) }).catch(reject);
    });
    await consumer.disconnect();
    await admin.deleteTopics({ topics: [txTopic] });
    expect(first).toBe('committed');
  });
});
