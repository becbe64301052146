import { setTimeout as sleep } from 'node:timers/promises';
import type { ConnectClient } from '@seam/connect';
import { createKafkaClient, kafkaError } from '@seam/kafka';
import type { Admin } from 'kafkajs';
import type { SourcePosition } from '../connection.js';
import { waitPublished } from './published.js';

export interface BarrierOptions {
  connect: ConnectClient;
  /** The Debezium source connector's name. */
  connector: string;
  brokers: string[];
  /** The replicator's consumer group (a Connect sink's is connect-<name>). */
  group: string;
  /** Topics the replicator must have consumed; default: every topic the group has committed offsets on. */
  topics?: string[];
  pollMs?: number;
}

export type BarrierResult = { passed: true } | { passed: false; reason: string };

/**
 * A sink-agnostic position barrier. Waits until (1) the source connector's committed offset has
 * passed `pos`, so every change committed before it is in Kafka, then (2) the replicator's
 * consumer group has committed offsets at or past the end offsets its topics had at that moment.
 * After that the target holds every change committed at the source before `pos`.
 */
export class Barrier {
  private admin: Admin | undefined;

  constructor(readonly options: BarrierOptions) {}

  private async kafkaAdmin(): Promise<Admin> {
    if (!this.admin) {
      const admin = createKafkaClient({
        clientId: 'seam-verify',
        brokers: this.options.brokers,
        retry: { retries: 2 },
      }).admin();
      try {
        await admin.connect();
      } catch (error) {
        throw kafkaError(error, this.options.brokers);
      }
      this.admin = admin;
    }
    return this.admin;
  }

  async close(): Promise<void> {
    await this.admin?.disconnect().catch(() => {});
  }

  private prefix: Promise<string | undefined> | undefined;

  /** The topic Debezium writes a table's changes to (<topic.prefix>.<schema or database>.<table>). */
  private async tableTopic(
    table: { schema: string; name: string } | undefined,
    admin: Admin,
  ): Promise<string[]> {
    if (!table) return [];
    this.prefix ??= this.options.connect
      .config(this.options.connector)
      .then((c) => c['topic.prefix'])
      .catch(() => undefined);
    const prefix = await this.prefix;
    if (!prefix) return [];
    // Debezium replaces every character Kafka does not allow in a topic name by `_` (a table
    // named `or"ders` writes to `<prefix>.public.or_ders`).
    const topic = `${prefix}.${table.schema}.${table.name}`.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 249); // per UTF-16 unit, as Java counts
    return (await admin.listTopics()).includes(topic) ? [topic] : [];
  }

  async wait(
    pos: SourcePosition,
    deadline: number,
    table?: { schema: string; name: string },
  ): Promise<BarrierResult> {
    const poll = this.options.pollMs ?? 250;
    const { connect, connector, group } = this.options;
    const published = await waitPublished({ connect, connector, pollMs: poll }, pos, deadline);
    if (!published.passed) {
      return {
        passed: false,
        reason: published.reason.replace(
          'give it more time',
          'give the re-checks more time (--recheck-timeout)',
        ),
      };
    }
    const admin = await this.kafkaAdmin();
    // The topics the group consumes, and always the verified table's own topic: a group that has
    // committed nothing yet must not pass by having no topics.
    const topics = [
      ...new Set([
        ...(this.options.topics ?? (await admin.fetchOffsets({ groupId: group })).map((t) => t.topic)),
        ...(await this.tableTopic(table, admin)),
      ]),
    ];
    const ends = new Map<string, bigint>();
    for (const topic of topics) {
      for (const p of await admin.fetchTopicOffsets(topic))
        ends.set(`${topic}:${p.partition}`, BigInt(p.high));
    }
    for (;;) {
      const committed = await admin.fetchOffsets({ groupId: group, topics });
      const behind: string[] = [];
      for (const t of committed) {
        for (const p of t.partitions) {
          const end = ends.get(`${t.topic}:${p.partition}`) ?? 0n;
          const at = BigInt(p.offset);
          if (end > 0n && at < end)
            behind.push(`${t.topic}[${p.partition}] at ${at < 0n ? 'nothing' : at} of ${end}`);
        }
      }
      if (behind.length === 0) return { passed: true };
      if (Date.now() >= deadline) {
        return {
          passed: false,
          reason: `consumer group ${group} had not caught up: ${behind.slice(0, 3).join(', ')}`,
        };
      }
      await sleep(poll);
    }
  }
}
