import { Kafka, type KafkaConfig, type LogEntry, logLevel, type RetryOptions } from 'kafkajs';
import { kafkaError } from './kafka-error.js';
import { kafkajsSecurity } from './kafkajs-security.js';
import type { KafkaSecurity } from './security/security-config.js';
import { kafkaSecurityFromEnv } from './security/security-env.js';

/** Where kafkajs's own warnings and errors go (a pino logger fits). */
export interface KafkaLogSink {
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}

/**
 * How Seam reaches Kafka. Every client — replicator, verify's barrier, capture control, doctor,
 * move, infra — is built here, so TLS and SASL apply to all of them at once.
 */
export interface KafkaClientOptions {
  brokers: string[];
  clientId: string;
  /**
   * TLS and SASL. Absent: from the environment (SEAM_KAFKA_SECURITY_PROTOCOL and friends,
   * kafkaSecurityFromEnv); null: none (a PLAINTEXT broker, whatever the environment says).
   */
  security?: KafkaSecurity | null;
  /** kafkajs's warnings and errors go here; without one kafkajs logs nothing. */
  log?: KafkaLogSink;
  /** How long one broker connection may take (kafkajs's default when absent). */
  connectionTimeoutMs?: number;
  /** How long one request may take (kafkajs's default when absent). */
  requestTimeoutMs?: number;
  /** kafkajs's retry policy for every operation (its default when absent). */
  retry?: RetryOptions;
}

/** kafkajs's log lines as `log.warn` / `log.error` calls with the fields worth keeping. */
function logCreator(sink: KafkaLogSink): KafkaConfig['logCreator'] {
  return () =>
    ({ level, log: entry }: LogEntry) => {
      const { message, ...rest } = entry;
      const fields = {
        namespace: rest.namespace,
        error: rest.error,
        broker: rest.broker,
        groupId: rest.groupId,
      };
      if (level <= logLevel.ERROR) sink.error(fields, message);
      else sink.warn(fields, message);
    };
}

/**
 * The one place a kafkajs client is built. kafkajs 2.2.4 itself is patched
 * (patches/kafkajs@2.2.4.patch, see kafkajs-patch.test.ts): every client gets the patched decoder.
 */
export function createKafkaClient(options: KafkaClientOptions): Kafka {
  const security = options.security === undefined ? kafkaSecurityFromEnv() : (options.security ?? undefined);
  return new Kafka({
    clientId: options.clientId,
    brokers: options.brokers,
    ...kafkajsSecurity(security),
    ...(options.connectionTimeoutMs === undefined ? {} : { connectionTimeout: options.connectionTimeoutMs }),
    ...(options.requestTimeoutMs === undefined ? {} : { requestTimeout: options.requestTimeoutMs }),
    ...(options.retry === undefined ? {} : { retry: options.retry }),
    ...(options.log
      ? { logLevel: logLevel.WARN, logCreator: logCreator(options.log) }
      : { logLevel: logLevel.NOTHING }),
  });
}

/**
 * One quick connection (no retries) that fails at once with a security fault — refused
 * credentials, an untrusted or expired certificate, a mechanism the broker does not offer — which
 * kafkajs's own retries would otherwise repeat for minutes. A broker that is merely away is left to
 * the caller's retries (returns normally).
 */
export async function checkKafkaAccess(options: KafkaClientOptions): Promise<void> {
  const admin = createKafkaClient({
    ...options,
    log: undefined,
    retry: { retries: 0 },
    connectionTimeoutMs: options.connectionTimeoutMs ?? 5000,
  }).admin();
  try {
    await admin.connect();
  } catch (error) {
    const mapped = kafkaError(error, options.brokers);
    if (mapped.code !== 'SEAM_KAFKA_UNREACHABLE') throw mapped;
  } finally {
    await admin.disconnect().catch(() => {});
  }
}
