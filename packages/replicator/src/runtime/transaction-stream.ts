import type { Consumer, EachBatchPayload } from 'kafkajs';
import type { Route } from '../apply/route.js';
import { partitionId } from '../apply/target.js';
import { type Applier, positionsFor } from './applier.js';
import type { GroupOffsets } from './group-offsets.js';
import type { TransactionAssembler } from './transactions.js';
import { nextOffset } from './unit.js';
import type { UnitDecoder } from './unit-decoder.js';

const MAX_QUEUED_PER_PARTITION = 50_000;

export interface TransactionStreamOptions {
  assembler: TransactionAssembler;
  /** The transaction metadata topic. */
  txTopic: string;
  routesByTopic: Map<string, Route[]>;
  offsets: GroupOffsets;
  applier: Applier;
  decoder: UnitDecoder;
  consumer: () => Consumer;
}

/**
 * Transaction mode: every partition's events wait in the assembler until their source transaction
 * is whole (its end marker and all its events arrived), then leave in commit order, each source
 * transaction applied whole.
 */
export class TransactionStream {
  #lock: Promise<void> = Promise.resolve();

  constructor(readonly options: TransactionStreamOptions) {}

  /** Settles once the transactions being applied are. */
  settled(): Promise<void> {
    return this.#lock;
  }

  async batch(payload: EachBatchPayload): Promise<void> {
    const { assembler, offsets, decoder } = this.options;
    const { batch } = payload;
    const tp = partitionId(batch.topic, batch.partition);
    const routes = this.options.routesByTopic.get(batch.topic) ?? [];
    const stored = offsets.storedAt(tp);
    for (const m of batch.messages) {
      if (BigInt(m.offset) < stored) continue;
      assembler.push(decoder.decode(batch.topic, batch.partition, m, routes));
    }
    if (batch.messages.length) {
      const last = batch.messages[batch.messages.length - 1]!.offset;
      offsets.fetchedNext.set(tp, nextOffset(last));
      payload.resolveOffset(last);
    }
    if (assembler.queued(tp) > MAX_QUEUED_PER_PARTITION) {
      // Too much waits for its transaction's end: stop fetching this partition until it drains.
      this.options.consumer().pause([{ topic: batch.topic, partitions: [batch.partition] }]);
    }
    // One drain at a time: transactions leave in commit order.
    const run = this.#lock.then(() => this.#drain());
    this.#lock = run.catch(() => {});
    await run;
  }

  async #drain(): Promise<void> {
    const { assembler, offsets, txTopic, applier } = this.options;
    const { units, cuts } = assembler.drain();
    const tails = new Map<string, string>();
    for (const [tp, fetched] of offsets.fetchedNext) tails.set(tp, assembler.head(tp) ?? fetched);
    for (const [tp, fetched] of offsets.fetchedNext) {
      if (tp.startsWith(`${txTopic}\u0000`)) tails.set(tp, assembler.markerHead()?.offset ?? fetched);
    }
    const positionsAt = positionsFor(units, tails, offsets.stored);
    if (units.length === 0 && positionsAt(0).length === 0) return;
    await applier.apply(
      units,
      cuts.filter((c) => c < units.length),
      positionsAt,
    );
    await offsets.commit(
      positionsAt(units.length).map((p) => ({
        ...p,
        next: offsets.stored.get(partitionId(p.topic, p.partition)) ?? p.next,
      })),
    );
    for (const [tp] of offsets.fetchedNext) {
      if (assembler.queued(tp) < MAX_QUEUED_PER_PARTITION / 2) {
        const [topic, partition] = tp.split('\u0000') as [string, string];
        this.options.consumer().resume([{ topic, partitions: [Number(partition)] }]);
      }
    }
  }
}
