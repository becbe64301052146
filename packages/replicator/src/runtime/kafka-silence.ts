/**
 * Tells when Kafka stopped answering the consumer, and when it answers again. kafkajs retries a
 * lost broker on its own and says nothing to its user; it does emit an event on every fetch and
 * heartbeat, which come several times a second while the broker answers (fetches wait at most
 * `maxWaitTimeInMs`). Silence longer than `silentMs` while no batch is being applied (a slow
 * target also stops the fetches) means the broker is down or unreachable.
 */
export class KafkaSilence {
  #last: number;
  #busy = 0;
  #downSince: number | undefined;

  constructor(
    readonly silentMs: number,
    now = Date.now(),
  ) {
    this.#last = now;
  }

  /** The broker answered (a fetch, a heartbeat, a group join). Returns how long it was down, if it was. */
  answered(now = Date.now()): number | undefined {
    this.#last = now;
    if (this.#downSince === undefined) return undefined;
    const down = now - this.#downSince;
    this.#downSince = undefined;
    return down;
  }

  /** A batch starts (+1) or ends (-1) being applied: the fetches wait for it, not for the broker. */
  busy(delta: 1 | -1, now = Date.now()): void {
    this.#busy += delta;
    if (this.#busy === 0) this.#last = Math.max(this.#last, now);
  }

  get down(): boolean {
    return this.#downSince !== undefined;
  }

  /** True once, when the silence has just become an outage (it began at the last answer). */
  check(now = Date.now()): boolean {
    if (this.#downSince !== undefined || this.#busy > 0 || now - this.#last <= this.silentMs) return false;
    this.#downSince = this.#last;
    return true;
  }
}
