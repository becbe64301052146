import type { SchemaSnapshot, SeamError } from '@seam/core';
import { toSeamError } from '@seam/core';
import type { EachBatchPayload } from 'kafkajs';
import type { Route } from '../apply/route.js';
import { partitionId, type TargetWriter } from '../apply/target.js';
import { groupIdOf, type ReplicatorConfig } from '../config/config.js';
import { transactionTopic } from '../config/topic-name.js';
import type { ReplicatorEngine } from '../engine.js';
import { kafkaUnreachable } from '../kafka/kafka-client.js';
import { createLogger, type Logger } from '../ops/logger.js';
import { ReplicatorMetrics } from '../ops/metrics.js';
import type { ReplicatorState, ReplicatorStatus } from '../ops/status.js';
import { Applier, asSeamError, FatalError, type TableStopped } from './applier.js';
import { BatchStream } from './batch-stream.js';
import { Connections } from './connections.js';
import { ConsumerSupervisor } from './consumer-supervisor.js';
import { DecodePool } from './decode-pool.js';
import { GroupOffsets } from './group-offsets.js';
import { prepareRoutes } from './prepare-routes.js';
import { onAssignment } from './rebalance.js';
import {
  consumerConfig,
  findTopics,
  loadOffsets,
  openDeadLetters,
  openTarget,
  type StartUpContext,
  untilTargetAnswers,
} from './start-up.js';
import { type ReplicatorSummary, StatusBoard } from './status-board.js';
import { TransactionStream } from './transaction-stream.js';
import { TransactionAssembler } from './transactions.js';
import { UnitDecoder } from './unit-decoder.js';

export { resolveTarget } from './start-up.js';
export type { ReplicatorSummary } from './status-board.js';

export interface ReplicatorOptions {
  config: ReplicatorConfig;
  /** The target URL (wins over config.target.url and the environment). */
  targetUrl?: string;
  /** To create missing target tables (and type fields that came without a schema). */
  snapshot?: SchemaSnapshot;
  logger?: Logger;
  env?: NodeJS.ProcessEnv;
}

/**
 * Applies Debezium change events from Kafka to one service's database.
 *
 * Guarantees: the rows of a batch and the batch's Kafka offsets commit in one target transaction
 * (effectively once per target; a replay skips what the target already holds); the consumer group's
 * offsets follow after each commit; a partition is applied in order; poison events go to the
 * dead-letter topic with their origin; transient faults are retried with backoff.
 *
 * It coordinates: start-up (start-up.ts), the consumer (consumer-supervisor.ts), batch or
 * transaction mode (batch-stream.ts, transaction-stream.ts), offsets (group-offsets.ts), the
 * status (status-board.ts), and stopping.
 */
export class Replicator {
  readonly config: ReplicatorConfig;
  readonly group: string;
  readonly metrics: ReplicatorMetrics;
  readonly log: Logger;
  /** Settles when the replicator has stopped: resolves after stop(), rejects on a fatal error. */
  readonly done: Promise<ReplicatorSummary>;

  #resolveDone!: (s: ReplicatorSummary) => void;
  #rejectDone!: (e: SeamError) => void;
  #options: ReplicatorOptions;
  #conns = new Connections();
  #routes: Route[] = [];
  #routesByTopic = new Map<string, Route[]>();
  #offsets: GroupOffsets;
  #board: StatusBoard;
  #supervisor?: ConsumerSupervisor;
  #stream?: BatchStream | TransactionStream;
  #stopping = false;
  #fatal: SeamError | undefined;
  #timers: NodeJS.Timeout[] = [];
  #shutdown?: Promise<void>;

  constructor(options: ReplicatorOptions) {
    this.#options = options;
    this.config = options.config;
    this.group = groupIdOf(options.config);
    this.log = (options.logger ?? createLogger()).child({
      service: options.config.service,
      group: this.group,
    });
    this.metrics = new ReplicatorMetrics({ service: options.config.service, group: this.group });
    this.#offsets = new GroupOffsets(() => this.#conns.consumer, this.log);
    this.#board = new StatusBoard(this.metrics, this.#offsets.stored, this.#routesByTopic);
    this.done = new Promise((resolve, reject) => {
      this.#resolveDone = resolve;
      this.#rejectDone = reject;
    });
    // A fatal error is reported through `done`; never as an unhandled rejection.
    this.done.catch(() => {});
  }

  get state(): ReplicatorState {
    return this.#board.state;
  }

  /** The metrics server's address, when one was asked for. */
  get opsUrl(): string | undefined {
    return this.#conns.ops?.url;
  }

  get routes(): readonly Route[] {
    return this.#routes;
  }

  /**
   * Checks everything before applying anything (target, permissions, tables, topics), then joins
   * the consumer group and starts applying. Rejects with a SeamError when something is wrong.
   */
  async start(): Promise<void> {
    try {
      await this.#start();
      this.#board.setState('running');
    } catch (error) {
      const e =
        error instanceof FatalError
          ? error.error
          : asSeamError(error, this.#conns.writer?.description ?? 'target');
      this.#board.failedToStart();
      await this.#conns.close();
      this.#rejectDone(e);
      throw e;
    }
  }

  #halted = () => this.#stopping || this.#fatal !== undefined;

  async #start(): Promise<void> {
    const { config, group, log } = this;
    const ctx: StartUpContext = {
      config,
      log,
      board: this.#board,
      conns: this.#conns,
      stopping: () => this.#stopping,
    };
    const { engine, writer } = await openTarget(
      ctx,
      { url: this.#options.targetUrl, env: this.#options.env, group },
      { metrics: this.metrics, status: () => this.status() },
    );
    this.#routes = await untilTargetAnswers(ctx, () =>
      prepareRoutes(config, writer, this.#options.snapshot, log),
    );
    for (const r of this.#routes) {
      const list = this.#routesByTopic.get(r.topic);
      if (list) list.push(r);
      else this.#routesByTopic.set(r.topic, [r]);
      const estimate = this.#options.snapshot?.tables.find(
        (t) => `${t.schema}.${t.name}` === r.collection,
      )?.rowEstimate;
      this.#board.addTable(r, estimate);
    }
    const topics = [...this.#routesByTopic.keys()];
    const txTopic =
      config.apply.mode === 'transaction'
        ? (config.source.transactionTopic ?? transactionTopic(config.source.topicPrefix))
        : undefined;
    if (txTopic) topics.push(txTopic);

    const partitions = await findTopics(ctx, topics, this.#routesByTopic);
    for (const [tp, next] of await loadOffsets(ctx, group, partitions)) this.#offsets.stored.set(tp, next);
    const deadLetterTopic = await openDeadLetters(ctx);
    const applier = new Applier({
      config,
      group,
      writer,
      engine,
      producer: () => this.#conns.producer!,
      deadLetterTopic,
      metrics: this.metrics,
      log,
      stored: this.#offsets.stored,
      heartbeat: () => {
        const beat = this.#heartbeat;
        return beat();
      },
      stopping: () => this.#stopping,
      onRetry: (e) => this.#board.targetRetry(e, this.#supervisor?.kafkaDown ?? false),
      onApplied: (summary, positions, seconds) => this.#board.applied(summary, positions, seconds),
      onDeadLettered: () => this.#board.deadLettered(),
    });
    this.#stream = txTopic
      ? this.#transactionStream(applier, txTopic, partitions)
      : this.#batchStream(applier, engine);
    await this.#runConsumer(topics, writer, txTopic);
  }

  /** Heartbeat to the group while a batch takes long (retries): the batch in flight's. */
  #heartbeat: () => Promise<void> = async () => {};

  #transactionStream(
    applier: Applier,
    txTopic: string,
    partitions: Array<{ topic: string; partition: number }>,
  ): TransactionStream {
    const collections = new Map<string, string[]>();
    for (const r of this.#routes) {
      collections.set(
        r.collection,
        partitions.filter((p) => p.topic === r.topic).map((p) => partitionId(p.topic, p.partition)),
      );
    }
    return new TransactionStream({
      assembler: new TransactionAssembler(collections),
      txTopic,
      routesByTopic: this.#routesByTopic,
      offsets: this.#offsets,
      applier,
      decoder: new UnitDecoder(this.config.source, txTopic),
      consumer: () => this.#conns.consumer!,
    });
  }

  #batchStream(applier: Applier, engine: ReplicatorEngine): BatchStream {
    const { config, log } = this;
    if (config.apply.decodeThreads > 0) {
      this.#conns.pool = new DecodePool(config.apply.decodeThreads, config.source, engine.dialect, log);
    }
    return new BatchStream({
      maxBatchEvents: config.apply.maxBatchEvents,
      routesByTopic: this.#routesByTopic,
      offsets: this.#offsets,
      applier,
      decoder: new UnitDecoder(config.source, undefined),
      engine,
      pool: this.#conns.pool,
      log,
      halted: this.#halted,
      onTableStopped: (stopped) => this.#stopPartition(stopped),
      onFatal: (error) => this.#fail(error),
    });
  }

  /** Joins the consumer group and starts applying; watches Kafka and samples the status from then on. */
  async #runConsumer(topics: string[], writer: TargetWriter, txTopic: string | undefined): Promise<void> {
    const { config, group, log } = this;
    const conns = this.#conns;
    const consumer = conns.kafka!.consumer(consumerConfig(config, group));
    conns.consumer = consumer;
    const supervisor = new ConsumerSupervisor({
      consumer,
      brokers: config.kafka.brokers,
      log,
      board: this.#board,
      halted: this.#halted,
      fail: (error) => this.#fail(error),
      onAssignment: (assignment) =>
        onAssignment(
          {
            group,
            log,
            writer,
            admin: conns.admin!,
            consumer,
            offsets: this.#offsets,
            needsAll: txTopic ? [...this.#routesByTopic.keys(), txTopic] : undefined,
          },
          assignment,
        ),
    });
    this.#supervisor = supervisor;
    try {
      await consumer.connect();
      for (const topic of topics) await consumer.subscribe({ topic, fromBeginning: true });
    } catch (error) {
      throw kafkaUnreachable(config.kafka.brokers, error);
    }
    await supervisor.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: txTopic ? 1 : config.apply.concurrency,
      eachBatch: async (payload) => {
        this.#heartbeat = payload.heartbeat;
        await supervisor.busy(() => this.#batch(payload));
      },
    });
    this.#timers.push(
      setInterval(() => this.#board.sampleRate(), 1000),
      setInterval(() => {
        if (conns.admin && !this.#stopping) this.#board.refreshLag(conns.admin).catch(() => {});
      }, 5000),
      setInterval(() => supervisor.watch(), 1000),
    );
    for (const t of this.#timers) t.unref();
  }

  async #batch(payload: EachBatchPayload): Promise<void> {
    const { batch } = payload;
    if (this.#halted()) return;
    const tp = partitionId(batch.topic, batch.partition);
    if (this.#board.stoppedPartitions.has(tp)) {
      // Paused again: a rebalance may have handed the partition back unpaused.
      this.#conns.consumer?.pause([{ topic: batch.topic, partitions: [batch.partition] }]);
      return;
    }
    this.#board.highWatermarks.set(tp, batch.highWatermark);
    try {
      await this.#stream!.batch(payload);
    } catch (error) {
      if (error instanceof FatalError) {
        this.#fail(error.error);
        return;
      }
      // Rebalances and broker faults: kafkajs rejoins and refetches; the target's offsets make the replay harmless.
      if ((error as { name?: string }).name?.startsWith('KafkaJS')) throw error;
      this.#fail(toSeamError(error));
    }
  }

  /**
   * A table's events stopped fitting its target: its partition stops at that event (everything
   * before it applied and committed), the others go on. /status and metrics show the table
   * stopped; when every table is, the replicator stops with the error.
   */
  #stopPartition(stopped: TableStopped): void {
    const { error, unit } = stopped;
    this.#conns.consumer?.pause([{ topic: unit.topic, partitions: [unit.partition] }]);
    const allStopped = this.#board.tableStopped(unit, error);
    this.log.error(
      {
        code: error.code,
        error: error.message,
        topic: unit.topic,
        partition: unit.partition,
        offset: unit.offset,
      },
      'stopped applying a table',
    );
    if (allStopped) this.#fail(error);
  }

  #fail(error: SeamError): void {
    if (this.#fatal) return;
    this.#fatal = error;
    this.#board.lastError(error);
    this.log.error({ code: error.code, error: error.message }, 'stopping on an error');
    // Not awaited here: eachBatch must return before the consumer can disconnect.
    setImmediate(() => {
      this.#stop('error').catch(() => {});
    });
  }

  /** Finishes the batch in flight, commits it, leaves the group and closes every connection. */
  stop(): Promise<void> {
    return this.#stop('request');
  }

  #stop(by: 'request' | 'error'): Promise<void> {
    this.#shutdown ??= (async () => {
      this.#stopping = true;
      if (this.#board.state !== 'failed') this.#board.setState('stopping');
      for (const t of this.#timers) clearInterval(t);
      this.#supervisor?.stop();
      // The chunks in flight commit (rows, target offsets, then group offsets) before the consumer leaves.
      await this.#stream?.settled();
      await this.#offsets.committed();
      await this.#conns.close();
      const summary = this.summary(by);
      if (this.#fatal) {
        this.#board.setState('failed');
        this.#rejectDone(this.#fatal);
      } else {
        this.#board.setState('stopped');
        this.#resolveDone(summary);
      }
      this.log.info({ applied: summary.applied, deadLettered: summary.deadLettered }, 'stopped');
    })();
    return this.#shutdown;
  }

  summary(by: 'request' | 'error' = 'request'): ReplicatorSummary {
    return this.#board.summary({ service: this.config.service, group: this.group }, by, this.#fatal);
  }

  status(): ReplicatorStatus {
    return this.#board.status({
      service: this.config.service,
      group: this.group,
      target: this.#conns.writer?.description ?? '',
      mode: this.config.apply.mode,
    });
  }
}
