import type { SeamError } from '@seam/core';
import { toSeamError } from '@seam/core';
import { mergeSummaries } from './applied-summary.js';
import { FatalError, type Precomputed, TableStopped } from './applier.js';
import type { Unit } from './unit.js';

/** A chunk of one partition, decoded and waiting for its turn to be applied. */
export interface PreparedChunk {
  topic: string;
  partition: number;
  tp: string;
  /** The offset after the chunk's last message. */
  tail: string;
  units: Unit[];
  pre: Precomputed | undefined;
}

/** A partition's prepared chunks waiting for their turn, and the loop applying them. */
interface QueuedChunk {
  prepared: Promise<PreparedChunk>;
  /** Set once decoded. */
  done?: PreparedChunk;
  events: number;
}

export interface PartitionQueue {
  entries: QueuedChunk[];
  events: number;
  busy: boolean;
  run: Promise<void>;
  waiters: Array<() => void>;
}

/** Consecutive prepared chunks of one partition as one (all prepared ahead; else the first alone). */
export function mergeChunks(chunks: PreparedChunk[]): PreparedChunk {
  if (chunks.length === 1) return chunks[0]!;
  const last = chunks[chunks.length - 1]!;
  const units = chunks.flatMap((c) => c.units);
  const pres = chunks.map((c) => c.pre!);
  return {
    ...last,
    units,
    pre: {
      units,
      statements: pres.flatMap((p) => p.statements),
      empty: pres.every((p) => p.empty),
      summary: mergeSummaries(pres.map((p) => p.summary)),
      materialize: () => {
        for (const p of pres) p.materialize?.();
      },
    },
  };
}

export interface PartitionQueuesOptions {
  /** A target transaction takes at most this many events. */
  maxBatchEvents: number;
  /** The replicator is stopping or failed: apply nothing more. */
  halted: () => boolean;
  apply: (chunk: PreparedChunk) => Promise<void>;
  /** A table's events stopped fitting its target: its partition stops. */
  onTableStopped: (stopped: TableStopped) => void;
  onFatal: (error: SeamError) => void;
}

/**
 * Per partition, the chunks being decoded, applied in order one target transaction at a time as
 * their decoding finishes; the chunks that are ready while one commits go together in the next
 * (group commit), up to maxBatchEvents.
 */
export class PartitionQueues {
  readonly #queues = new Map<string, PartitionQueue>();

  constructor(readonly options: PartitionQueuesOptions) {}

  enqueue(tp: string, prepared: Promise<PreparedChunk>, events: number): PartitionQueue {
    let queue = this.#queues.get(tp);
    if (!queue) {
      queue = { entries: [], events: 0, busy: false, run: Promise.resolve(), waiters: [] };
      this.#queues.set(tp, queue);
    }
    const entry: QueuedChunk = { prepared, events };
    // Rejections are handled when the drain reaches the entry.
    prepared.then((c) => (entry.done = c)).catch(() => {});
    queue.entries.push(entry);
    queue.events += events;
    if (!queue.busy) {
      queue.busy = true;
      queue.run = this.#drain(queue);
    }
    return queue;
  }

  /** Waits while more than `limit` events wait in the queue (backpressure). */
  async below(queue: PartitionQueue, limit: number): Promise<void> {
    while (queue.events > limit && !this.options.halted()) {
      await new Promise<void>((resolve) => queue.waiters.push(resolve));
    }
  }

  /** Settles once every partition's loop has finished what it was applying. */
  async settled(): Promise<void> {
    await Promise.all([...this.#queues.values()].map((q) => q.run));
  }

  async #drain(queue: PartitionQueue): Promise<void> {
    const { maxBatchEvents: max, halted } = this.options;
    try {
      while (queue.entries.length && !halted()) {
        const head = queue.entries[0]!;
        const take = [await head.prepared];
        queue.entries.shift();
        let events = head.events;
        for (;;) {
          const next = queue.entries[0];
          if (!take[0]!.pre || !next?.done?.pre || events + next.events > max) break;
          events += next.events;
          take.push(next.done);
          queue.entries.shift();
        }
        queue.events -= events;
        for (const wake of queue.waiters.splice(0)) wake();
        if (halted()) return;
        await this.options.apply(mergeChunks(take));
      }
    } catch (error) {
      if (error instanceof TableStopped) {
        queue.entries.length = 0;
        queue.events = 0;
        this.options.onTableStopped(error);
      } else this.options.onFatal(error instanceof FatalError ? error.error : toSeamError(error));
    } finally {
      queue.busy = false;
      for (const wake of queue.waiters.splice(0)) wake();
    }
  }
}
