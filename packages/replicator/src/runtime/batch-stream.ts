import type { SeamError } from '@seam/core';
import type { EachBatchPayload, KafkaMessage } from 'kafkajs';
import type { Route } from '../apply/route.js';
import { partitionId } from '../apply/target.js';
import { hasKeyMove } from '../decode/envelope.js';
import type { ReplicatorEngine } from '../engine.js';
import type { Logger } from '../ops/logger.js';
import { type Applier, type Precomputed, positionsFor, type TableStopped } from './applier.js';
import { ChunkPacker } from './chunk.js';
import type { DecodePool } from './decode-pool.js';
import type { GroupOffsets } from './group-offsets.js';
import { PartitionQueues, type PreparedChunk } from './partition-queues.js';
import { nextOffset, type Unit } from './unit.js';
import type { UnitDecoder } from './unit-decoder.js';

export interface BatchStreamOptions {
  maxBatchEvents: number;
  routesByTopic: Map<string, Route[]>;
  offsets: GroupOffsets;
  applier: Applier;
  decoder: UnitDecoder;
  engine: ReplicatorEngine;
  /** Decode threads, when there are any. */
  pool: DecodePool | undefined;
  log: Logger;
  halted: () => boolean;
  onTableStopped: (stopped: TableStopped) => void;
  onFatal: (error: SeamError) => void;
}

/**
 * Batch mode: each partition's messages, cut into chunks of at most maxBatchEvents, decoded (on a
 * decode thread when it can) while the chunks before them are applied, then applied in order.
 */
export class BatchStream {
  readonly #queues: PartitionQueues;
  readonly #packer = new ChunkPacker();

  constructor(readonly options: BatchStreamOptions) {
    this.#queues = new PartitionQueues({
      maxBatchEvents: options.maxBatchEvents,
      halted: options.halted,
      apply: (chunk) => this.#apply(chunk),
      onTableStopped: options.onTableStopped,
      onFatal: options.onFatal,
    });
  }

  /** Settles once every partition has finished what it was applying. */
  settled(): Promise<void> {
    return this.#queues.settled();
  }

  async batch(payload: EachBatchPayload): Promise<void> {
    const { batch } = payload;
    const tp = partitionId(batch.topic, batch.partition);
    const { maxBatchEvents: max, halted } = this.options;
    const messages = batch.messages;
    for (let i = 0; i < messages.length; i += max) {
      if (!payload.isRunning() || payload.isStale() || halted()) return;
      const chunk = messages.slice(i, i + max);
      // Decode now (on a decode thread), while earlier chunks of this partition are being applied;
      // they are applied in order, consecutive ones together. Returning before the apply finishes
      // lets kafkajs fetch the next batch meanwhile: the target's offsets keep this safe.
      const queue = this.#queues.enqueue(
        tp,
        this.#prepare(batch.topic, batch.partition, chunk),
        chunk.length,
      );
      payload.resolveOffset(chunk[chunk.length - 1]!.offset);
      await payload.heartbeat();
      // Backpressure: at most two batches' worth waits per partition.
      await this.#queues.below(queue, 2 * max);
    }
  }

  async #prepare(topic: string, partition: number, messages: KafkaMessage[]): Promise<PreparedChunk> {
    const { offsets, pool, decoder } = this.options;
    const tp = partitionId(topic, partition);
    const routes = this.options.routesByTopic.get(topic) ?? [];
    const tail = nextOffset(messages[messages.length - 1]!.offset);
    offsets.fetchedNext.set(tp, tail);
    const stored = offsets.storedAt(tp);
    // Offsets ascend: when the first message is past the stored offset, they all are.
    const fresh =
      BigInt(messages[0]!.offset) >= stored ? messages : messages.filter((m) => BigInt(m.offset) >= stored);
    // A primary-key change needs its headers, which the decode threads do not get.
    if (pool && fresh.length && !fresh.some((m) => hasKeyMove(m.headers))) {
      const result = await pool.prepare(this.#packer.pack(topic, partition, routes, fresh));
      if (result.ok) {
        const units: Unit[] = fresh.map((message) => ({
          topic,
          partition,
          offset: message.offset,
          message,
          routes,
        }));
        if (result.tailSource) units[units.length - 1]!.source = result.tailSource;
        const statements = this.options.engine.fromDecodeThread(result.statements);
        const pre: Precomputed = {
          units,
          statements,
          empty: result.empty,
          summary: result.summary,
          materialize: () => {
            for (const u of units) if (!u.event && !u.error) decoder.decodeInto(u);
          },
        };
        return { topic, partition, tp, tail, units, pre };
      }
      this.options.log.debug({ topic, partition, reason: result.reason }, 'chunk decoded on the main thread');
    }
    const units = fresh.map((m) => decoder.decode(topic, partition, m, routes));
    return { topic, partition, tp, tail, units, pre: this.options.applier.precompute(units) };
  }

  async #apply(chunk: PreparedChunk): Promise<void> {
    const { offsets, log, applier } = this.options;
    const { topic, partition, tp, tail } = chunk;
    let { units, pre } = chunk;
    // Decoded while the chunk before it was still being applied: a redelivery (kafkajs refetching
    // after a broker fault, a rebalance, a seek) can repeat events applied since. The target holds
    // them already; applying them again would only count them twice.
    const stored = offsets.storedAt(tp);
    if (units.length && BigInt(units[0]!.offset) < stored) {
      const fresh = units.filter((u) => BigInt(u.offset) >= stored);
      log.info(
        { topic, partition, skipped: units.length - fresh.length, applied: String(stored) },
        'skipping redelivered events the target already holds',
      );
      pre?.materialize?.();
      pre = undefined;
      units = fresh;
    }
    if (units.length === 0) {
      const at = offsets.stored.get(tp) ?? '0';
      await offsets.commit([{ topic, partition, first: at, next: at }]);
      return;
    }
    const cuts = units.map((_, i) => i).slice(1);
    const positionsAt = positionsFor(units, new Map([[tp, tail]]), offsets.stored);
    await applier.apply(units, cuts, positionsAt, pre);
    await offsets.commit([{ topic, partition, first: '0', next: offsets.stored.get(tp) ?? tail }]);
  }
}
