import { Kafka, type KafkaConfig, type LogEntry, logLevel, type RetryOptions } from 'kafkajs';

/** Where kafkajs's own warnings and errors go (a pino logger fits). */
export interface KafkaLogSink {
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}

/**
 * How Seam reaches Kafka. SASL and TLS (issue 14) will be options here, so that every client —
 * replicator, verify's barrier, capture control, doctor, infra — gets them at once.
 */
export interface KafkaClientOptions {
  brokers: string[];
  clientId: string;
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
  return new Kafka({
    clientId: options.clientId,
    brokers: options.brokers,
    ...(options.connectionTimeoutMs === undefined ? {} : { connectionTimeout: options.connectionTimeoutMs }),
    ...(options.requestTimeoutMs === undefined ? {} : { requestTimeout: options.requestTimeoutMs }),
    ...(options.retry === undefined ? {} : { retry: options.retry }),
    ...(options.log
      ? { logLevel: logLevel.WARN, logCreator: logCreator(options.log) }
      : { logLevel: logLevel.NOTHING }),
  });
}
