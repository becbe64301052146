import {
  type ConnectionSpec,
  parseConnectionUrl,
  type SchemaSnapshot,
  SeamError,
  toSeamError,
} from '@seam/core';
import type {
  Admin,
  Consumer,
  ConsumerRunConfig,
  EachBatchPayload,
  Kafka,
  KafkaMessage,
  Producer,
} from 'kafkajs';
import { MysqlWriter } from '../apply/mysql/writer.js';
import { PostgresWriter } from '../apply/postgres/writer.js';
import type { Route } from '../apply/route.js';
import { type PartitionPosition, partitionId, type TargetWriter } from '../apply/target.js';
import { deadLetterTopicOf, groupIdOf, type ReplicatorConfig } from '../config/config.js';
import { transactionTopic } from '../config/topic-name.js';
import { DecodeError } from '../decode/decode-error.js';
import { hasKeyMove, keyMoveOf, type SourceInfo } from '../decode/envelope.js';
import { TransactionMarkerDecoder } from '../decode/transaction-marker.js';
import {
  brokerOutage,
  createKafka,
  ensureTopic,
  kafkaUnreachable,
  topicPartitions,
  waitForTopics,
} from '../kafka/kafka-client.js';
import { startOpsServer } from '../ops/http-server.js';
import { createLogger, type Logger } from '../ops/logger.js';
import { ReplicatorMetrics } from '../ops/metrics.js';
import { RateMeter, type ReplicatorState, type ReplicatorStatus, type TableStatus } from '../ops/status.js';
import { type AppliedSummary, mergeSummaries } from './applied-summary.js';
import { Applier, asSeamError, FatalError, type Precomputed, positionsFor, TableStopped } from './applier.js';
import { backoffDelay } from './backoff.js';
import { ChunkPacker, topicDecoder } from './chunk.js';
import { DecodePool, reviveBuffers } from './decode-pool.js';
import { KafkaSilence } from './kafka-silence.js';
import { prepareRoutes } from './prepare-routes.js';
import { TransactionAssembler } from './transactions.js';
import { nextOffset, type Unit } from './unit.js';

export interface ReplicatorOptions {
  config: ReplicatorConfig;
  /** The target URL (wins over config.target.url and the environment). */
  targetUrl?: string;
  /** To create missing target tables (and type fields that came without a schema). */
  snapshot?: SchemaSnapshot;
  logger?: Logger;
  env?: NodeJS.ProcessEnv;
}

/** What a replicator did, once it stopped. */
export interface ReplicatorSummary {
  service: string;
  group: string;
  applied: number;
  deadLettered: number;
  partitions: Array<{ topic: string; partition: number; applied: string }>;
  stoppedBy: 'request' | 'error';
  error?: ReturnType<SeamError['toJSON']>;
  /** Tables no longer applied because their events stopped fitting the target (SEAM_REPL_SCHEMA_CHANGED). */
  tablesStopped?: Array<{ table: string; code: string; message: string }>;
}

const MAX_QUEUED_PER_PARTITION = 50_000;

/** Silence from the broker (no fetch, no heartbeat) after which the replicator reports it unreachable. */
const KAFKA_SILENT_MS = 5000;

/** A chunk of one partition, decoded and waiting for its turn to be applied. */
interface PreparedChunk {
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

interface PartitionQueue {
  entries: QueuedChunk[];
  events: number;
  busy: boolean;
  run: Promise<void>;
  waiters: Array<() => void>;
}

/** Consecutive prepared chunks of one partition as one (all prepared ahead; else the first alone). */
function mergeChunks(chunks: PreparedChunk[]): PreparedChunk {
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

/** Resolves the target URL: explicit, then the file's url, then the environment variable. */
export function resolveTarget(
  config: ReplicatorConfig,
  targetUrl?: string,
  env = process.env,
): ConnectionSpec {
  const envName =
    config.target.urlEnv ?? `SEAM_TARGET_${config.service.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_URL`;
  const url = targetUrl ?? config.target.url ?? env[envName];
  if (!url) {
    throw new SeamError(
      'SEAM_REPL_TARGET_MISSING',
      `No target database for service "${config.service}": set ${envName} or pass --target.`,
      { hint: `Set ${envName} to the service database URL (postgres://… or mysql://…).` },
    );
  }
  return parseConnectionUrl(url);
}

/**
 * Applies Debezium change events from Kafka to one service's database.
 *
 * Guarantees: the rows of a batch and the batch's Kafka offsets commit in one target transaction
 * (effectively once per target; a replay skips what the target already holds); the consumer group's
 * offsets follow after each commit; a partition is applied in order; poison events go to the
 * dead-letter topic with their origin; transient faults are retried with backoff.
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
  #state: ReplicatorState = 'starting';
  #startedAt = new Date();
  #options: ReplicatorOptions;
  #writer?: TargetWriter;
  #kafka?: Kafka;
  #admin?: Admin;
  #consumer?: Consumer;
  #producer?: Producer;
  #ops?: { url: string; close(): Promise<void> };
  #routes: Route[] = [];
  #routesByTopic = new Map<string, Route[]>();
  #decoders = new Map<string, ReturnType<typeof topicDecoder>>();
  #pool?: DecodePool;
  #packer = new ChunkPacker();
  #markerDecoder = new TransactionMarkerDecoder();
  #txTopic: string | undefined;
  #assembler?: TransactionAssembler;
  #applier?: Applier;
  #stored = new Map<string, string>();
  #highWatermarks = new Map<string, string>();
  #fetchedNext = new Map<string, string>();
  #sources = new Map<string, SourceInfo | undefined>();
  #tableStats = new Map<Route, TableStatus>();
  #applied = 0;
  #deadLettered = 0;
  #rate = new RateMeter();
  #stopping = false;
  #fatal: SeamError | undefined;
  #lastError: ReplicatorStatus['lastError'];
  #timers: NodeJS.Timeout[] = [];
  #runConfig: ConsumerRunConfig | undefined;
  #restartTimer: NodeJS.Timeout | undefined;
  #shutdown?: Promise<void>;
  #txLock: Promise<void> = Promise.resolve();
  #queues = new Map<string, PartitionQueue>();
  #commits: Promise<void> = Promise.resolve();
  #silence = new KafkaSilence(KAFKA_SILENT_MS);
  #retryingTarget = false;
  /** Partitions stopped on a schema change (batch mode): nothing more is applied from them. */
  #stoppedPartitions = new Set<string>();

  constructor(options: ReplicatorOptions) {
    this.#options = options;
    this.config = options.config;
    this.group = groupIdOf(options.config);
    this.log = (options.logger ?? createLogger()).child({
      service: options.config.service,
      group: this.group,
    });
    this.metrics = new ReplicatorMetrics({ service: options.config.service, group: this.group });
    this.done = new Promise((resolve, reject) => {
      this.#resolveDone = resolve;
      this.#rejectDone = reject;
    });
    // A fatal error is reported through `done`; never as an unhandled rejection.
    this.done.catch(() => {});
  }

  get state(): ReplicatorState {
    return this.#state;
  }

  /** The metrics server's address, when one was asked for. */
  get opsUrl(): string | undefined {
    return this.#ops?.url;
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
      this.#setState('running');
    } catch (error) {
      const e =
        error instanceof FatalError ? error.error : asSeamError(error, this.#writer?.description ?? 'target');
      this.#state = 'failed';
      await this.#close();
      this.#rejectDone(e);
      throw e;
    }
  }

  async #start(): Promise<void> {
    const { config } = this;
    const spec = resolveTarget(config, this.#options.targetUrl, this.#options.env);
    const poolSize = config.apply.mode === 'transaction' ? 2 : config.apply.concurrency + 1;
    const writerOptions = {
      offsetsTable: config.target.offsetsTable,
      schema: config.target.schema ?? null,
      poolSize,
    };
    this.#writer =
      spec.dialect === 'postgres'
        ? new PostgresWriter(spec, { ...writerOptions, applicationName: `seam-replicate ${this.group}` })
        : new MysqlWriter(spec, writerOptions);
    this.log.info({ target: this.#writer.description, mode: config.apply.mode }, 'starting');
    // Served from the start, so that a target that is not there yet shows as `retrying`.
    if (config.metrics.port !== undefined) {
      this.#ops = await startOpsServer(config.metrics.host, config.metrics.port, this.metrics.registry, () =>
        this.status(),
      );
      this.log.info({ url: this.#ops.url }, 'serving /metrics, /status and /healthz');
    }

    const writer = this.#writer;
    this.#routes = await this.#untilTargetAnswers(() =>
      prepareRoutes(config, writer, this.#options.snapshot, this.log),
    );
    for (const r of this.#routes) {
      const list = this.#routesByTopic.get(r.topic);
      if (list) list.push(r);
      else this.#routesByTopic.set(r.topic, [r]);
      const estimate = this.#options.snapshot?.tables.find(
        (t) => `${t.schema}.${t.name}` === r.collection,
      )?.rowEstimate;
      this.#tableStats.set(r, {
        source: r.source,
        target: `${r.target.schema}.${r.target.name}`,
        topic: r.topic,
        applied: 0,
        snapshot: { rows: 0, done: false, ...(estimate !== undefined && estimate >= 0 ? { estimate } : {}) },
      });
    }
    const topics = [...this.#routesByTopic.keys()];
    if (config.apply.mode === 'transaction') {
      this.#txTopic = config.source.transactionTopic ?? transactionTopic(config.source.topicPrefix);
      topics.push(this.#txTopic);
    }

    this.#kafka = createKafka({
      brokers: config.kafka.brokers,
      clientId: config.kafka.clientId ?? `seam-replicate-${config.service}`,
      logger: this.log,
    });
    this.#admin = this.#kafka.admin();
    try {
      await this.#admin.connect();
    } catch (error) {
      throw kafkaUnreachable(config.kafka.brokers, error);
    }
    const missing = await waitForTopics(this.#admin, topics, config.apply.topicWaitMs);
    if (missing.length) {
      const tables = missing.map((t) => {
        const r = this.#routesByTopic.get(t)?.[0];
        return r ? `${r.source} (topic ${t})` : `the transaction metadata topic ${t}`;
      });
      throw new SeamError(
        'SEAM_REPL_TOPIC_MISSING',
        `The stream carries no ${tables.join(', ')}: ${missing.length === 1 ? 'this topic does' : 'these topics do'} not exist on ${config.kafka.brokers.join(',')}.`,
      );
    }
    const partitions = await topicPartitions(this.#admin, topics);
    // `seam migrate` creates the offsets table; the replicator needs no CREATE privilege for it.
    const { schema, offsetsTable, createTables } = config.target;
    const offsets = await this.#untilTargetAnswers(() => writer.describe(schema ?? null, offsetsTable));
    if (!offsets && !createTables) {
      throw new SeamError(
        'SEAM_REPL_OFFSETS_MISSING',
        `The offsets table ${schema ? `${schema}.` : ''}${offsetsTable} does not exist in ${this.#writer.description}, and creating tables is turned off.`,
      );
    }
    const stored = await this.#untilTargetAnswers(async () => {
      await writer.prepareOffsets(this.group, partitions, { create: !offsets });
      return writer.readOffsets(this.group);
    });
    for (const [tp, next] of stored) this.#stored.set(tp, next);

    const deadLetterTopic = deadLetterTopicOf(config);
    await ensureTopic(this.#admin, deadLetterTopic);
    this.#producer = this.#kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
    });
    await this.#producer.connect();

    if (config.apply.mode === 'transaction') {
      const collections = new Map<string, string[]>();
      for (const r of this.#routes) {
        collections.set(
          r.collection,
          partitions.filter((p) => p.topic === r.topic).map((p) => partitionId(p.topic, p.partition)),
        );
      }
      this.#assembler = new TransactionAssembler(collections);
    }

    let heartbeat: () => Promise<void> = async () => {};
    this.#applier = new Applier({
      config,
      group: this.group,
      writer: this.#writer,
      producer: () => this.#producer!,
      deadLetterTopic,
      metrics: this.metrics,
      log: this.log,
      stored: this.#stored,
      heartbeat: () => heartbeat(),
      stopping: () => this.#stopping,
      onRetry: (e) => {
        this.#retryingTarget = e !== undefined;
        if (e) {
          this.#lastError = { code: e.code, message: e.message, at: new Date().toISOString() };
          this.#setState('retrying');
        } else if (!this.#silence.down) this.#setState('running');
      },
      onApplied: (summary, positions, seconds) => this.#onApplied(summary, positions, seconds),
      onDeadLettered: () => {
        this.#deadLettered++;
      },
    });

    if (config.apply.mode === 'batch' && config.apply.decodeThreads > 0) {
      this.#pool = new DecodePool(config.apply.decodeThreads, config.source, this.#writer.dialect, this.log);
    }
    this.#consumer = this.#kafka.consumer({
      groupId: this.group,
      sessionTimeout: config.kafka.sessionTimeoutMs,
      heartbeatInterval: Math.max(500, Math.floor(config.kafka.sessionTimeoutMs / 10)),
      rebalanceTimeout: Math.max(60_000, config.kafka.sessionTimeoutMs * 2),
      // 4 MiB fetches: kafkajs copies each response whole; bigger ones cost more CPU per event here.
      maxBytesPerPartition: 4 * 1024 * 1024,
      maxBytes: 16 * 1024 * 1024,
      maxWaitTimeInMs: 100,
      retry: {
        initialRetryTime: 300,
        maxRetryTime: 10_000,
        retries: 1000,
        restartOnFailure: async () => true,
      },
    });
    const { GROUP_JOIN, CRASH, FETCH, HEARTBEAT } = this.#consumer.events;
    for (const event of [FETCH, HEARTBEAT, GROUP_JOIN]) this.#consumer.on(event, () => this.#kafkaAnswered());
    this.#consumer.on(GROUP_JOIN, (e) => {
      this.#onAssignment(e.payload.memberAssignment).catch((error) =>
        this.#fail(asSeamError(error, 'target')),
      );
    });
    this.#consumer.on(CRASH, (e) => {
      const error = asSeamError(e.payload.error, 'Kafka');
      this.log.error({ error: error.message, restart: e.payload.restart }, 'the Kafka consumer crashed');
      if (e.payload.restart || this.#stopping || this.#fatal) return;
      const unreachable = kafkaUnreachable(config.kafka.brokers, e.payload.error);
      if (!brokerOutage(e.payload.error)) {
        this.#fail(unreachable);
        return;
      }
      // kafkajs gives up on some outages for good (no group coordinator while the broker restarts):
      // start the consumer again, with backoff, until the broker answers.
      this.#kafkaRetrying(unreachable);
      this.#restartConsumer(0);
    });
    try {
      await this.#consumer.connect();
      for (const topic of topics) await this.#consumer.subscribe({ topic, fromBeginning: true });
    } catch (error) {
      throw kafkaUnreachable(config.kafka.brokers, error);
    }
    this.#runConfig = {
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: config.apply.mode === 'transaction' ? 1 : config.apply.concurrency,
      eachBatch: async (payload) => {
        heartbeat = payload.heartbeat;
        await this.#eachBatch(payload);
      },
    };
    await this.#consumer.run(this.#runConfig);
    this.#silence.answered(); // the group was just joined: the silence counts from here
    this.#timers.push(
      setInterval(() => this.#rate.sample(this.#applied), 1000),
      setInterval(() => {
        this.#refreshLag().catch(() => {});
      }, 5000),
      setInterval(() => this.#watchKafka(), 1000),
    );
    for (const t of this.#timers) t.unref();
  }

  /** After a rebalance: reload what the target holds for our partitions, and start reading there. */
  async #onAssignment(assignment: Record<string, number[]>): Promise<void> {
    const assigned = Object.entries(assignment).flatMap(([topic, ps]) =>
      ps.map((p) => ({ topic, partition: p })),
    );
    this.log.info({ partitions: assigned.map((a) => `${a.topic}/${a.partition}`) }, 'partitions assigned');
    if (this.#assembler) {
      const owned = new Set(assigned.map((a) => partitionId(a.topic, a.partition)));
      const all = await topicPartitions(this.#admin!, [...this.#routesByTopic.keys(), this.#txTopic!]);
      const foreign = all.filter((p) => !owned.has(partitionId(p.topic, p.partition)));
      if (foreign.length) {
        throw new SeamError(
          'SEAM_REPL_TX_SHARED',
          `Transaction mode needs every partition, but another member of group ${this.group} holds ${foreign
            .slice(0, 5)
            .map((p) => `${p.topic}/${p.partition}`)
            .join(', ')}.`,
        );
      }
    }
    const stored = await this.#writer!.readOffsets(this.group);
    for (const { topic, partition } of assigned) {
      const tp = partitionId(topic, partition);
      const next = stored.get(tp);
      if (next === undefined) continue;
      this.#stored.set(tp, next);
      if (BigInt(next) > 0n) this.#consumer!.seek({ topic, partition, offset: next });
    }
  }

  async #eachBatch(payload: EachBatchPayload): Promise<void> {
    this.#silence.busy(1);
    try {
      await this.#batch(payload);
    } finally {
      this.#silence.busy(-1);
    }
  }

  /** Connects and runs the crashed consumer again after a backoff; again and again while the broker is away. */
  #restartConsumer(attempt: number): void {
    if (this.#restartTimer || this.#stopping || this.#fatal) return;
    const delayMs = Math.min(10_000, 500 * 2 ** Math.min(attempt, 5));
    this.log.warn({ attempt: attempt + 1, delayMs }, 'starting the Kafka consumer again');
    this.#restartTimer = setTimeout(async () => {
      this.#restartTimer = undefined;
      if (this.#stopping || this.#fatal) return;
      try {
        await this.#consumer!.connect();
        // A join that fails again crashes again (and comes back here through the CRASH handler).
        await this.#consumer!.run(this.#runConfig);
      } catch (error) {
        this.log.warn({ error: (error as Error).message }, 'the Kafka consumer could not start yet');
        this.#restartConsumer(attempt + 1);
      }
    }, delayMs);
  }

  /** The broker went quiet: kafkajs reconnects on its own, but says nothing; show it in the status. */
  #watchKafka(): void {
    if (this.#stopping || this.#fatal || !this.#silence.check()) return;
    const { brokers } = this.config.kafka;
    const error = new SeamError(
      'SEAM_KAFKA_UNREACHABLE',
      `Kafka at ${brokers.join(',')} has not answered for ${KAFKA_SILENT_MS / 1000} s; reconnecting with backoff.`,
    );
    this.#kafkaRetrying(error);
    this.log.warn({ code: error.code, brokers }, 'Kafka does not answer; retrying');
  }

  /** Kafka is away: the status says so, and the retry is counted. */
  #kafkaRetrying(error: SeamError): void {
    this.#lastError = { code: error.code, message: error.message, at: new Date().toISOString() };
    this.metrics.retries.inc({ code: error.code });
    this.#setState('retrying');
  }

  #kafkaAnswered(): void {
    const downMs = this.#silence.answered();
    if (downMs === undefined) return;
    this.log.info({ downMs }, 'Kafka answers again; resuming');
    if (!this.#retryingTarget && this.#state === 'retrying') this.#setState('running');
  }

  async #batch(payload: EachBatchPayload): Promise<void> {
    const { batch } = payload;
    if (this.#stopping || this.#fatal) return;
    const tp = partitionId(batch.topic, batch.partition);
    if (this.#stoppedPartitions.has(tp)) {
      // Paused again: a rebalance may have handed the partition back unpaused.
      this.#consumer?.pause([{ topic: batch.topic, partitions: [batch.partition] }]);
      return;
    }
    this.#highWatermarks.set(tp, batch.highWatermark);
    try {
      if (this.#assembler) {
        await this.#transactionBatch(payload);
        return;
      }
      const max = this.config.apply.maxBatchEvents;
      const messages = batch.messages;
      for (let i = 0; i < messages.length; i += max) {
        if (!payload.isRunning() || payload.isStale() || this.#stopping || this.#fatal) return;
        const chunk = messages.slice(i, i + max);
        // Decode now (on a decode thread), while earlier chunks of this partition are being applied;
        // they are applied in order, consecutive ones together. Returning before the apply finishes
        // lets kafkajs fetch the next batch meanwhile: the target's offsets keep this safe.
        const queue = this.#enqueue(
          tp,
          this.#prepareChunk(batch.topic, batch.partition, chunk),
          chunk.length,
        );
        payload.resolveOffset(chunk[chunk.length - 1]!.offset);
        await payload.heartbeat();
        // Backpressure: at most two batches' worth waits per partition.
        while (queue.events > 2 * max && !this.#stopping && !this.#fatal) {
          await new Promise<void>((resolve) => queue.waiters.push(resolve));
        }
      }
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

  #decode(topic: string, partition: number, message: KafkaMessage, routes: Route[]): Unit {
    const unit: Unit = { topic, partition, offset: message.offset, message, routes };
    this.#decodeInto(unit);
    return unit;
  }

  #decodeInto(unit: Unit): void {
    const { topic, partition, message, routes } = unit;
    try {
      if (topic === this.#txTopic) {
        const marker = this.#markerDecoder.decode(message.value);
        if (marker) unit.marker = marker;
        return;
      }
      let decoder = this.#decoders.get(topic);
      if (!decoder) {
        decoder = topicDecoder(this.config.source, routes[0]);
        this.#decoders.set(topic, decoder);
      }
      const event = decoder.decode(message.key, message.value);
      if (event.op !== 'ignore') {
        const move = keyMoveOf(decoder, message.headers);
        if (move) event.keyMove = move;
        unit.event = event;
      }
    } catch (error) {
      if (!(error instanceof DecodeError)) throw error;
      unit.error = new SeamError(
        'SEAM_REPL_EVENT_INVALID',
        `${topic}/${partition}@${message.offset}: ${error.message}`,
      );
    }
  }

  async #prepareChunk(topic: string, partition: number, messages: KafkaMessage[]): Promise<PreparedChunk> {
    const tp = partitionId(topic, partition);
    const routes = this.#routesByTopic.get(topic) ?? [];
    const tail = nextOffset(messages[messages.length - 1]!.offset);
    this.#fetchedNext.set(tp, tail);
    const stored = BigInt(this.#stored.get(tp) ?? '0');
    // Offsets ascend: when the first message is past the stored offset, they all are.
    const fresh =
      BigInt(messages[0]!.offset) >= stored ? messages : messages.filter((m) => BigInt(m.offset) >= stored);
    // A primary-key change needs its headers, which the decode threads do not get.
    if (this.#pool && fresh.length && !fresh.some((m) => hasKeyMove(m.headers))) {
      const result = await this.#pool.prepare(this.#packer.pack(topic, partition, routes, fresh));
      if (result.ok) {
        const units: Unit[] = fresh.map((message) => ({
          topic,
          partition,
          offset: message.offset,
          message,
          routes,
        }));
        if (result.tailSource) units[units.length - 1]!.source = result.tailSource;
        const statements =
          this.#writer!.dialect === 'mysql' ? reviveBuffers(result.statements) : result.statements;
        const pre: Precomputed = {
          units,
          statements,
          empty: result.empty,
          summary: result.summary,
          materialize: () => {
            for (const u of units) if (!u.event && !u.error) this.#decodeInto(u);
          },
        };
        return { topic, partition, tp, tail, units, pre };
      }
      this.log.debug({ topic, partition, reason: result.reason }, 'chunk decoded on the main thread');
    }
    const units = fresh.map((m) => this.#decode(topic, partition, m, routes));
    return { topic, partition, tp, tail, units, pre: this.#applier!.precompute(units) };
  }

  #enqueue(tp: string, prepared: Promise<PreparedChunk>, events: number): PartitionQueue {
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

  /**
   * Applies a partition's chunks in order, one target transaction at a time, as their decoding
   * finishes; the chunks that are ready while one commits go together in the next (group commit),
   * up to maxBatchEvents.
   */
  async #drain(queue: PartitionQueue): Promise<void> {
    const max = this.config.apply.maxBatchEvents;
    try {
      while (queue.entries.length && !this.#stopping && !this.#fatal) {
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
        if (this.#stopping || this.#fatal) return;
        await this.#applyPrepared(mergeChunks(take));
      }
    } catch (error) {
      if (error instanceof TableStopped) {
        queue.entries.length = 0;
        queue.events = 0;
        this.#stopPartition(error);
      } else this.#fail(error instanceof FatalError ? error.error : toSeamError(error));
    } finally {
      queue.busy = false;
      for (const wake of queue.waiters.splice(0)) wake();
    }
  }

  async #applyPrepared(chunk: PreparedChunk): Promise<void> {
    const { topic, partition, tp, tail } = chunk;
    let { units, pre } = chunk;
    // Decoded while the chunk before it was still being applied: a redelivery (kafkajs refetching
    // after a broker fault, a rebalance, a seek) can repeat events applied since. The target holds
    // them already; applying them again would only count them twice.
    const stored = BigInt(this.#stored.get(tp) ?? '0');
    if (units.length && BigInt(units[0]!.offset) < stored) {
      const fresh = units.filter((u) => BigInt(u.offset) >= stored);
      this.log.info(
        { topic, partition, skipped: units.length - fresh.length, applied: String(stored) },
        'skipping redelivered events the target already holds',
      );
      pre?.materialize?.();
      pre = undefined;
      units = fresh;
    }
    if (units.length === 0) {
      const at = this.#stored.get(tp) ?? '0';
      await this.#commitKafka([{ topic, partition, first: at, next: at }]);
      return;
    }
    const cuts = units.map((_, i) => i).slice(1);
    const positionsAt = positionsFor(units, new Map([[tp, tail]]), this.#stored);
    await this.#applier!.apply(units, cuts, positionsAt, pre);
    await this.#commitKafka([{ topic, partition, first: '0', next: this.#stored.get(tp) ?? tail }]);
  }

  async #transactionBatch(payload: EachBatchPayload): Promise<void> {
    const { batch } = payload;
    const tp = partitionId(batch.topic, batch.partition);
    const routes = this.#routesByTopic.get(batch.topic) ?? [];
    const stored = BigInt(this.#stored.get(tp) ?? '0');
    for (const m of batch.messages) {
      if (BigInt(m.offset) < stored) continue;
      this.#assembler!.push(this.#decode(batch.topic, batch.partition, m, routes));
    }
    if (batch.messages.length) {
      const last = batch.messages[batch.messages.length - 1]!.offset;
      this.#fetchedNext.set(tp, nextOffset(last));
      payload.resolveOffset(last);
    }
    if (this.#assembler!.queued(tp) > MAX_QUEUED_PER_PARTITION) {
      // Too much waits for its transaction's end: stop fetching this partition until it drains.
      this.#consumer!.pause([{ topic: batch.topic, partitions: [batch.partition] }]);
    }
    // One drain at a time: transactions leave in commit order.
    const run = this.#txLock.then(() => this.#drainTransactions());
    this.#txLock = run.catch(() => {});
    await run;
  }

  async #drainTransactions(): Promise<void> {
    const assembler = this.#assembler!;
    const { units, cuts } = assembler.drain();
    const tails = new Map<string, string>();
    for (const [tp, fetched] of this.#fetchedNext) tails.set(tp, assembler.head(tp) ?? fetched);
    if (this.#txTopic) {
      for (const [tp, fetched] of this.#fetchedNext) {
        if (tp.startsWith(`${this.#txTopic}\u0000`)) tails.set(tp, assembler.markerHead()?.offset ?? fetched);
      }
    }
    const positionsAt = positionsFor(units, tails, this.#stored);
    if (units.length === 0 && positionsAt(0).length === 0) return;
    await this.#applier!.apply(
      units,
      cuts.filter((c) => c < units.length),
      positionsAt,
    );
    await this.#commitKafka(
      positionsAt(units.length).map((p) => ({
        ...p,
        next: this.#stored.get(partitionId(p.topic, p.partition)) ?? p.next,
      })),
    );
    for (const [tp] of this.#fetchedNext) {
      if (assembler.queued(tp) < MAX_QUEUED_PER_PARTITION / 2) {
        const [topic, partition] = tp.split('\u0000') as [string, string];
        this.#consumer!.resume([{ topic, partitions: [Number(partition)] }]);
      }
    }
  }

  /**
   * The consumer group's offsets follow the target's (the parity verifier waits on them). Commits
   * are chained, in order, off the apply path: the target already holds the truth, so the next
   * batch need not wait for the broker; stop() waits for the chain.
   */
  #commitKafka(positions: PartitionPosition[]): Promise<void> {
    const offsets = positions
      .filter((p) => BigInt(p.next) > 0n)
      .map((p) => ({ topic: p.topic, partition: p.partition, offset: p.next }));
    if (offsets.length === 0) return Promise.resolve();
    this.#commits = this.#commits.then(async () => {
      try {
        await this.#consumer!.commitOffsets(offsets);
      } catch (error) {
        // A later commit (or the partition's next owner, reading the target) catches the group up.
        this.log.debug({ error: (error as Error).message }, 'committing offsets to Kafka failed');
      }
    });
    return Promise.resolve();
  }

  #onApplied(summary: AppliedSummary, positions: PartitionPosition[], seconds: number): void {
    const m = this.metrics;
    m.applySeconds.observe(seconds);
    for (const o of summary.ops) m.events.inc({ topic: o.topic, op: o.op }, o.count);
    for (const l of summary.last) this.#sources.set(partitionId(l.topic, l.partition), l.source);
    for (const r of summary.routes) {
      const route = this.#routesByTopic.get(r.topic)?.[r.route];
      const stats = route && this.#tableStats.get(route);
      if (!stats) continue;
      stats.applied += r.applied;
      stats.snapshot.rows += r.snapshotRows;
      if (r.done) stats.snapshot.done = true;
    }
    const count = summary.events;
    this.#applied += count;
    for (const p of positions) {
      m.batches.inc({ topic: p.topic });
      m.appliedOffset.set({ topic: p.topic, partition: String(p.partition) }, Number(p.next));
      const hw = this.#highWatermarks.get(partitionId(p.topic, p.partition));
      if (hw !== undefined)
        m.lag.set(
          { topic: p.topic, partition: String(p.partition) },
          Math.max(0, Number(hw) - Number(p.next)),
        );
    }
    const source = summary.lastEvent?.source;
    if (source?.tsMs !== undefined && summary.lastEvent) {
      const topic = summary.lastEvent.topic;
      m.sourceTimestamp.set({ topic }, source.tsMs / 1000);
      if (source.lsn) m.sourceLsn.set({ topic }, Number(source.lsn));
      if (source.pos !== undefined) m.sourceBinlogPosition.set({ topic }, source.pos);
      if (!source.snapshot) m.endToEndSeconds.observe(Math.max(0, (Date.now() - source.tsMs) / 1000));
    }
  }

  async #refreshLag(): Promise<void> {
    if (!this.#admin || this.#stopping) return;
    for (const topic of this.#routesByTopic.keys()) {
      const offsets = await this.#admin.fetchTopicOffsets(topic);
      for (const o of offsets) {
        const tp = partitionId(topic, o.partition);
        this.#highWatermarks.set(tp, o.high);
        const applied = this.#stored.get(tp);
        if (applied !== undefined) {
          this.metrics.lag.set(
            { topic, partition: String(o.partition) },
            Math.max(0, Number(o.high) - Number(applied)),
          );
        }
      }
    }
  }

  /**
   * A start-up step against the target, retried with backoff while the fault is transient (the
   * server starting, refusing connections, failing over): the status says `retrying`, the retry is
   * counted, and the replicator never exits for it. Anything else fails the start.
   */
  async #untilTargetAnswers<T>(fn: () => Promise<T>): Promise<T> {
    const { initialMs, maxMs } = this.config.apply.retry;
    for (let attempt = 0; ; attempt++) {
      try {
        const result = await fn();
        if (attempt > 0) this.#setState('starting');
        return result;
      } catch (error) {
        const e = asSeamError(error, this.#writer?.description ?? 'target');
        if (!e.retryable || this.#stopping) throw error;
        this.metrics.retries.inc({ code: e.code });
        this.#lastError = { code: e.code, message: e.message, at: new Date().toISOString() };
        this.#setState('retrying');
        const delay = backoffDelay(attempt, initialMs, maxMs);
        this.log.warn(
          { code: e.code, attempt: attempt + 1, delayMs: delay, error: e.message },
          'target not ready; retrying',
        );
        await new Promise((r) => setTimeout(r, delay));
      }
    }
  }

  #setState(state: ReplicatorState): void {
    this.#state = state;
    this.metrics.up.set(state === 'running' ? 1 : 0);
  }

  /**
   * A table's events stopped fitting its target: its partition stops at that event (everything
   * before it applied and committed), the others go on. /status and metrics show the table
   * stopped; when every table is, the replicator stops with the error.
   */
  #stopPartition(stopped: TableStopped): void {
    const { error, unit } = stopped;
    const tp = partitionId(unit.topic, unit.partition);
    this.#stoppedPartitions.add(tp);
    this.#consumer?.pause([{ topic: unit.topic, partitions: [unit.partition] }]);
    const at = new Date().toISOString();
    this.#lastError = { code: error.code, message: error.message, at };
    for (const route of unit.routes) {
      const stats = this.#tableStats.get(route);
      if (stats) stats.stopped = { code: error.code, message: error.message, hint: error.hint, at };
      this.metrics.tableStopped.set({ table: route.source }, 1);
    }
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
    if ([...this.#tableStats.values()].every((t) => t.stopped)) this.#fail(error);
  }

  #fail(error: SeamError): void {
    if (this.#fatal) return;
    this.#fatal = error;
    this.#lastError = { code: error.code, message: error.message, at: new Date().toISOString() };
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
      if (this.#state !== 'failed') this.#setState('stopping');
      for (const t of this.#timers) clearInterval(t);
      clearTimeout(this.#restartTimer);
      // The chunks in flight commit (rows, target offsets, then group offsets) before the consumer leaves.
      await Promise.all([...[...this.#queues.values()].map((q) => q.run), this.#txLock]);
      await this.#commits;
      await this.#close();
      const summary = this.summary(by);
      if (this.#fatal) {
        this.#setState('failed');
        this.#rejectDone(this.#fatal);
      } else {
        this.#setState('stopped');
        this.#resolveDone(summary);
      }
      this.log.info({ applied: summary.applied, deadLettered: summary.deadLettered }, 'stopped');
    })();
    return this.#shutdown;
  }

  async #close(): Promise<void> {
    await this.#consumer?.disconnect().catch(() => {});
    await this.#producer?.disconnect().catch(() => {});
    await this.#admin?.disconnect().catch(() => {});
    await this.#pool?.close();
    await this.#ops?.close().catch(() => {});
    await this.#writer?.close().catch(() => {});
  }

  summary(by: 'request' | 'error' = 'request'): ReplicatorSummary {
    const stopped = [...this.#tableStats.values()].flatMap((t) =>
      t.stopped ? [{ table: t.source, code: t.stopped.code, message: t.stopped.message }] : [],
    );
    return {
      service: this.config.service,
      group: this.group,
      applied: this.#applied,
      deadLettered: this.#deadLettered,
      partitions: [...this.#stored].map(([tp, next]) => {
        const [topic, partition] = tp.split('\u0000') as [string, string];
        return { topic, partition: Number(partition), applied: next };
      }),
      stoppedBy: by,
      ...(this.#fatal ? { error: this.#fatal.toJSON() } : {}),
      ...(stopped.length ? { tablesStopped: stopped } : {}),
    };
  }

  status(): ReplicatorStatus {
    const partitions = [...new Set([...this.#stored.keys(), ...this.#highWatermarks.keys()])]
      .sort()
      .map((tp) => {
        const [topic, partition] = tp.split('\u0000') as [string, string];
        const applied = this.#stored.get(tp) ?? '0';
        const hw = this.#highWatermarks.get(tp);
        const source = this.#sources.get(tp);
        return {
          topic,
          partition: Number(partition),
          applied,
          ...(hw !== undefined ? { highWatermark: hw, lag: Math.max(0, Number(hw) - Number(applied)) } : {}),
          ...(source ? { source } : {}),
          ...(this.#stoppedPartitions.has(tp) ? { stopped: true } : {}),
        };
      });
    return {
      service: this.config.service,
      group: this.group,
      target: this.#writer?.description ?? '',
      mode: this.config.apply.mode,
      state: this.#state,
      startedAt: this.#startedAt.toISOString(),
      events: { applied: this.#applied, deadLettered: this.#deadLettered, perSecond: this.#rate.rate() },
      partitions,
      tables: [...this.#tableStats.values()],
      ...(this.#lastError ? { lastError: this.#lastError } : {}),
    };
  }
}
