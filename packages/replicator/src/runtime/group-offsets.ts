import type { Consumer } from 'kafkajs';
import type { PartitionPosition } from '../apply/target.js';
import type { Logger } from '../ops/logger.js';

/**
 * Where each partition stands: the next offset the target holds (`stored`, the truth), the next
 * one fetched, and the consumer group's offsets, which follow the target's.
 */
export class GroupOffsets {
  /** Next offset stored in the target, by partitionId. */
  readonly stored = new Map<string, string>();
  /** Next offset after what was fetched, by partitionId. */
  readonly fetchedNext = new Map<string, string>();
  #commits: Promise<void> = Promise.resolve();

  constructor(
    readonly consumer: () => Consumer | undefined,
    readonly log: Logger,
  ) {}

  /** The next offset the target holds for a partition (0 when none). */
  storedAt(tp: string): bigint {
    return BigInt(this.stored.get(tp) ?? '0');
  }

  /**
   * The consumer group's offsets follow the target's (the parity verifier waits on them). Commits
   * are chained, in order, off the apply path: the target already holds the truth, so the next
   * batch need not wait for the broker; stop() waits for the chain.
   */
  commit(positions: PartitionPosition[]): Promise<void> {
    const offsets = positions
      .filter((p) => BigInt(p.next) > 0n)
      .map((p) => ({ topic: p.topic, partition: p.partition, offset: p.next }));
    if (offsets.length === 0) return Promise.resolve();
    this.#commits = this.#commits.then(async () => {
      try {
        await this.consumer()!.commitOffsets(offsets);
      } catch (error) {
        // A later commit (or the partition's next owner, reading the target) catches the group up.
        this.log.debug({ error: (error as Error).message }, 'committing offsets to Kafka failed');
      }
    });
    return Promise.resolve();
  }

  /** Settles once the commits chained so far are done. */
  committed(): Promise<void> {
    return this.#commits;
  }
}
