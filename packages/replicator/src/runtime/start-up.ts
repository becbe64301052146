import { type ConnectionSpec, parseConnectionUrl, SeamError } from '@seam/core';
import { checkKafkaAccess } from '@seam/kafka';
import type { ConsumerConfig } from 'kafkajs';
import type { Route } from '../apply/route.js';
import type { TargetWriter } from '../apply/target.js';
import { deadLetterTopicOf, type ReplicatorConfig } from '../config/config.js';
import { engineFor, type ReplicatorEngine } from '../engine.js';
import {
  createKafka,
  ensureTopic,
  kafkaUnreachable,
  securityOf,
  topicPartitions,
  waitForTopics,
} from '../kafka/kafka-client.js';
import { startOpsServer } from '../ops/http-server.js';
import type { Logger } from '../ops/logger.js';
import type { ReplicatorMetrics } from '../ops/metrics.js';
import type { ReplicatorStatus } from '../ops/status.js';
import { asSeamError } from './applier.js';
import { backoffDelay } from './backoff.js';
import type { Connections } from './connections.js';
import type { StatusBoard } from './status-board.js';

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

/** What the start-up steps share. */
export interface StartUpContext {
  config: ReplicatorConfig;
  log: Logger;
  board: StatusBoard;
  conns: Connections;
  stopping: () => boolean;
}

/**
 * Opens the target's writer (no round trip yet) and, when asked for, the metrics server: served
 * from the start, so that a target that is not there yet shows as `retrying`.
 */
export async function openTarget(
  ctx: StartUpContext,
  target: { url?: string; env?: NodeJS.ProcessEnv; group: string },
  ops: { metrics: ReplicatorMetrics; status: () => ReplicatorStatus },
): Promise<{ engine: ReplicatorEngine; writer: TargetWriter }> {
  const { config, conns, log } = ctx;
  const spec = resolveTarget(config, target.url, target.env);
  const engine = engineFor(spec.dialect);
  const writer = await engine.openWriter(spec, {
    offsetsTable: config.target.offsetsTable,
    schema: config.target.schema ?? null,
    poolSize: config.apply.mode === 'transaction' ? 2 : config.apply.concurrency + 1,
    applicationName: `seam-replicate ${target.group}`,
    replicaSession: config.target.replicaSession,
  });
  conns.writer = writer;
  log.info({ target: writer.description, mode: config.apply.mode }, 'starting');
  if (config.metrics.port !== undefined) {
    conns.ops = await startOpsServer(
      config.metrics.host,
      config.metrics.port,
      ops.metrics.registry,
      ops.status,
    );
    log.info({ url: conns.ops.url }, 'serving /metrics, /status and /healthz');
  }
  return { engine, writer };
}

/**
 * A start-up step against the target, retried with backoff while the fault is transient (the
 * server starting, refusing connections, failing over): the status says `retrying`, the retry is
 * counted, and the replicator never exits for it. Anything else fails the start.
 */
export async function untilTargetAnswers<T>(ctx: StartUpContext, fn: () => Promise<T>): Promise<T> {
  const { initialMs, maxMs } = ctx.config.apply.retry;
  for (let attempt = 0; ; attempt++) {
    try {
      const result = await fn();
      if (attempt > 0) ctx.board.setState('starting');
      return result;
    } catch (error) {
      const e = asSeamError(error, ctx.conns.writer?.description ?? 'target');
      if (!e.retryable || ctx.stopping()) throw error;
      ctx.board.retrying(e);
      const delay = backoffDelay(attempt, initialMs, maxMs);
      ctx.log.warn(
        { code: e.code, attempt: attempt + 1, delayMs: delay, error: e.message },
        'target not ready; retrying',
      );
      await new Promise((r) => setTimeout(r, delay));
    }
  }
}

/** Connects to Kafka and waits for the topics; returns their partitions. */
export async function findTopics(
  ctx: StartUpContext,
  topics: string[],
  routesByTopic: Map<string, Route[]>,
): Promise<Array<{ topic: string; partition: number }>> {
  const { config, conns } = ctx;
  const security = securityOf(config.kafka);
  const clientId = config.kafka.clientId ?? `seam-replicate-${config.service}`;
  conns.kafka = createKafka({ brokers: config.kafka.brokers, clientId, logger: ctx.log, security });
  const admin = conns.kafka.admin();
  conns.admin = admin;
  try {
    // A refused password or an untrusted certificate stops here at once, not after minutes of retries.
    await checkKafkaAccess({ brokers: config.kafka.brokers, clientId, ...(security ? { security } : {}) });
    await admin.connect();
  } catch (error) {
    throw kafkaUnreachable(config.kafka.brokers, error);
  }
  const missing = await waitForTopics(admin, topics, config.apply.topicWaitMs);
  if (missing.length) {
    const tables = missing.map((t) => {
      const r = routesByTopic.get(t)?.[0];
      return r ? `${r.source} (topic ${t})` : `the transaction metadata topic ${t}`;
    });
    throw new SeamError(
      'SEAM_REPL_TOPIC_MISSING',
      `The stream carries no ${tables.join(', ')}: ${missing.length === 1 ? 'this topic does' : 'these topics do'} not exist on ${config.kafka.brokers.join(',')}.`,
    );
  }
  return topicPartitions(admin, topics);
}

/**
 * The offsets table's rows for the group's partitions, and what they hold. `seam migrate` creates
 * the table; the replicator needs no CREATE privilege for it.
 */
export async function loadOffsets(
  ctx: StartUpContext,
  group: string,
  partitions: Array<{ topic: string; partition: number }>,
): Promise<Map<string, string>> {
  const writer = ctx.conns.writer!;
  const { schema, offsetsTable, createTables } = ctx.config.target;
  const offsets = await untilTargetAnswers(ctx, () => writer.describe(schema ?? null, offsetsTable));
  if (!offsets && !createTables) {
    throw new SeamError(
      'SEAM_REPL_OFFSETS_MISSING',
      `The offsets table ${schema ? `${schema}.` : ''}${offsetsTable} does not exist in ${writer.description}, and creating tables is turned off.`,
    );
  }
  return untilTargetAnswers(ctx, async () => {
    await writer.prepareOffsets(group, partitions, { create: !offsets });
    return writer.readOffsets(group);
  });
}

/** The dead-letter topic, created when missing, and the idempotent producer that writes to it. */
export async function openDeadLetters(ctx: StartUpContext): Promise<string> {
  const { conns } = ctx;
  const topic = deadLetterTopicOf(ctx.config);
  await ensureTopic(conns.admin!, topic);
  conns.producer = conns.kafka!.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
  });
  await conns.producer.connect();
  return topic;
}

/** The consumer's settings: long retries, and fetches sized for CPU per event. */
export function consumerConfig(config: ReplicatorConfig, group: string): ConsumerConfig {
  return {
    groupId: group,
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
  };
}
