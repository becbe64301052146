import { partitionId } from '../apply/target.js';
import { transactionKey } from '../decode/transaction-marker.js';
import type { Unit } from './unit.js';

/** What a drain hands to the apply engine: units in apply order, and where whole groups end. */
export interface Drained {
  units: Unit[];
  /** Indexes in `units` where a source transaction (or a lone event) ends: safe places to split. */
  cuts: number[];
}

const REMEMBERED = 10_000;

/**
 * Reassembles source transactions from the transaction metadata topic: events wait in
 * per-partition queues until the transaction's END says how many events each table holds, and
 * the heads of those queues hold them all. Transactions come out whole, in commit order.
 */
export class TransactionAssembler {
  readonly #queues = new Map<string, Unit[]>();
  readonly #markers: Unit[] = [];
  readonly #done = new Set<string>();
  readonly #doneOrder: string[] = [];
  /** Topic partitions of each routed data collection (`schema.table`). */
  readonly #collections: Map<string, string[]>;

  constructor(collections: Map<string, string[]>) {
    this.#collections = collections;
  }

  push(unit: Unit): void {
    if (unit.marker || (unit.error && unit.routes.length === 0)) {
      this.#markers.push(unit);
      return;
    }
    const tp = partitionId(unit.topic, unit.partition);
    let q = this.#queues.get(tp);
    if (!q) {
      q = [];
      this.#queues.set(tp, q);
    }
    q.push(unit);
  }

  /** Queued units of a partition (to pause it when too many wait). */
  queued(tp: string): number {
    return this.#queues.get(tp)?.length ?? 0;
  }

  /** The first queued (not yet drained) offset of a partition. */
  head(tp: string): string | undefined {
    if (tp === 'markers') return this.#markers[0]?.offset;
    return this.#queues.get(tp)?.[0]?.offset;
  }

  /** Offset of the first waiting marker on the transaction topic. */
  markerHead(): Unit | undefined {
    return this.#markers[0];
  }

  /** Drops what waits on partitions this replicator no longer owns. */
  forget(keep: (tp: string) => boolean): void {
    for (const tp of [...this.#queues.keys()]) if (!keep(tp)) this.#queues.delete(tp);
    const kept = this.#markers.filter((m) => keep(partitionId(m.topic, m.partition)));
    this.#markers.length = 0;
    this.#markers.push(...kept);
  }

  #remember(key: string): void {
    this.#done.add(key);
    this.#doneOrder.push(key);
    if (this.#doneOrder.length > REMEMBERED) this.#done.delete(this.#doneOrder.shift()!);
  }

  /** A queue head that belongs to no open transaction: a snapshot read, an undecodable event, a replay of a done one. */
  #free(unit: Unit): boolean {
    const tx = unit.event?.transaction;
    return !tx || !!unit.error || this.#done.has(transactionKey(tx.id));
  }

  drain(): Drained {
    const units: Unit[] = [];
    const cuts: number[] = [];
    const cut = () => {
      if (units.length && cuts[cuts.length - 1] !== units.length) cuts.push(units.length);
    };
    for (let progress = true; progress; ) {
      progress = false;
      for (const q of this.#queues.values()) {
        while (q.length && this.#free(q[0]!)) {
          units.push(q.shift()!);
          cut();
          progress = true;
        }
      }
      const marker = this.#markers[0];
      if (!marker) break;
      if (!marker.marker || marker.marker.status === 'BEGIN') {
        units.push(this.#markers.shift()!);
        cut();
        progress = true;
        continue;
      }
      const end = marker.marker;
      const group: Unit[] = [];
      let complete = true;
      for (const [collection, count] of end.collections) {
        const tps = this.#collections.get(collection);
        if (!tps) continue;
        let found = 0;
        for (const tp of tps) {
          const q = this.#queues.get(tp) ?? [];
          for (const u of q) {
            const tx = u.event?.transaction;
            if (!tx || transactionKey(tx.id) !== end.key) break;
            found++;
          }
        }
        if (found < count) {
          complete = false;
          break;
        }
      }
      if (!complete) break;
      for (const [collection] of end.collections) {
        for (const tp of this.#collections.get(collection) ?? []) {
          const q = this.#queues.get(tp);
          while (q?.length) {
            const tx = q[0]!.event?.transaction;
            if (!tx || transactionKey(tx.id) !== end.key) break;
            group.push(q.shift()!);
          }
        }
      }
      units.push(...group, this.#markers.shift()!);
      cut();
      this.#remember(end.key);
      progress = true;
    }
    return { units, cuts };
  }

  /** Partitions whose head has waited longest, for a warning when a transaction never completes. */
  waiting(): number {
    let n = 0;
    for (const q of this.#queues.values()) n += q.length;
    return n;
  }
}
