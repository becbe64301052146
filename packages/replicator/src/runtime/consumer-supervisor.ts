import { SeamError } from '@seam/core';
import type { Consumer, ConsumerRunConfig } from 'kafkajs';
import { brokerOutage, kafkaUnreachable } from '../kafka/kafka-client.js';
import type { Logger } from '../ops/logger.js';
import { asSeamError } from './applier.js';
import { KafkaSilence } from './kafka-silence.js';
import type { StatusBoard } from './status-board.js';

/** Silence from the broker (no fetch, no heartbeat) after which the replicator reports it unreachable. */
const KAFKA_SILENT_MS = 5000;

export interface ConsumerSupervisorOptions {
  consumer: Consumer;
  brokers: string[];
  log: Logger;
  board: StatusBoard;
  /** The replicator is stopping or failed. */
  halted: () => boolean;
  fail: (error: SeamError) => void;
  /** A rebalance handed out partitions. */
  onAssignment: (assignment: Record<string, number[]>) => Promise<void>;
}

/**
 * Keeps the Kafka consumer going and says how Kafka is: notices when the broker goes quiet (kafkajs
 * reconnects on its own, but says nothing), and runs the consumer again, with backoff, when kafkajs
 * gives up on an outage for good.
 */
export class ConsumerSupervisor {
  readonly #silence = new KafkaSilence(KAFKA_SILENT_MS);
  #runConfig: ConsumerRunConfig | undefined;
  #restartTimer: NodeJS.Timeout | undefined;

  constructor(readonly options: ConsumerSupervisorOptions) {
    const { consumer, log } = options;
    const { GROUP_JOIN, CRASH, FETCH, HEARTBEAT } = consumer.events;
    for (const event of [FETCH, HEARTBEAT, GROUP_JOIN]) consumer.on(event, () => this.#answered());
    consumer.on(GROUP_JOIN, (e) => {
      options
        .onAssignment(e.payload.memberAssignment)
        .catch((error) => options.fail(asSeamError(error, 'target')));
    });
    consumer.on(CRASH, (e) => {
      const error = asSeamError(e.payload.error, 'Kafka');
      log.error({ error: error.message, restart: e.payload.restart }, 'the Kafka consumer crashed');
      if (e.payload.restart || options.halted()) return;
      const unreachable = kafkaUnreachable(options.brokers, e.payload.error);
      if (!brokerOutage(e.payload.error)) {
        options.fail(unreachable);
        return;
      }
      // kafkajs gives up on some outages for good (no group coordinator while the broker restarts):
      // start the consumer again, with backoff, until the broker answers.
      options.board.retrying(unreachable);
      this.#restart(0);
    });
  }

  /** The broker went quiet and has not answered since. */
  get kafkaDown(): boolean {
    return this.#silence.down;
  }

  /** Runs the consumer (and again with the same configuration after a crash). */
  async run(config: ConsumerRunConfig): Promise<void> {
    this.#runConfig = config;
    await this.options.consumer.run(config);
    this.#silence.answered(); // the group was just joined: the silence counts from here
  }

  /** Applies a batch; the fetches wait for it meanwhile, not for the broker. */
  async busy(fn: () => Promise<void>): Promise<void> {
    this.#silence.busy(1);
    try {
      await fn();
    } finally {
      this.#silence.busy(-1);
    }
  }

  /** The broker went quiet: kafkajs reconnects on its own, but says nothing; show it in the status. */
  watch(): void {
    if (this.options.halted() || !this.#silence.check()) return;
    const { brokers, log, board } = this.options;
    const error = new SeamError(
      'SEAM_KAFKA_UNREACHABLE',
      `Kafka at ${brokers.join(',')} has not answered for ${KAFKA_SILENT_MS / 1000} s; reconnecting with backoff.`,
    );
    board.retrying(error);
    log.warn({ code: error.code, brokers }, 'Kafka does not answer; retrying');
  }

  stop(): void {
    clearTimeout(this.#restartTimer);
  }

  #answered(): void {
    const downMs = this.#silence.answered();
    if (downMs === undefined) return;
    this.options.log.info({ downMs }, 'Kafka answers again; resuming');
    this.options.board.kafkaAnswered();
  }

  /** Connects and runs the crashed consumer again after a backoff; again and again while the broker is away. */
  #restart(attempt: number): void {
    const { consumer, log, halted } = this.options;
    if (this.#restartTimer || halted()) return;
    const delayMs = Math.min(10_000, 500 * 2 ** Math.min(attempt, 5));
    log.warn({ attempt: attempt + 1, delayMs }, 'starting the Kafka consumer again');
    this.#restartTimer = setTimeout(async () => {
      this.#restartTimer = undefined;
      if (halted()) return;
      try {
        await consumer.connect();
        // A join that fails again crashes again (and comes back here through the CRASH handler).
        await consumer.run(this.#runConfig);
      } catch (error) {
        log.warn({ error: (error as Error).message }, 'the Kafka consumer could not start yet');
        this.#restart(attempt + 1);
      }
    }, delayMs);
  }
}
