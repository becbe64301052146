import { createHash } from 'node:crypto';
import type { Dialect } from '@seam/core';
import type { KafkaSecurity } from '@seam/kafka/security';
import { engineFor } from '../engine.js';
import type { CaptureNames } from '../layout/names.js';
import { includeList, tableRegex } from './include-list.js';

/** A database Debezium reads: where it is and who connects. Never holds a password, only a reference to one. */
export interface CaptureEndpoint {
  dialect: Dialect;
  flavor: 'postgresql' | 'mysql' | 'mariadb';
  host: string;
  port: number;
  user: string;
  database: string;
  /**
   * What `database.password` is set to: a Kafka Connect config-provider reference such as
   * `${env:SEAM_SOURCE_PASSWORD}` or `${file:/etc/kafka/seam.properties:password}`; null leaves the
   * key out (a server that asks no password of this user).
   */
  passwordRef: string | null;
  /** The monolith URL's TLS parameters (sslmode…, ssl-mode…), carried into the connector by its engine. */
  tls?: Record<string, string>;
}

export interface ConnectorOptions {
  /** Kafka bootstrap servers, for MySQL/MariaDB's schema history topic. */
  brokers: string[];
  /** How the schema-history clients reach Kafka (TLS, SASL; secrets as config-provider references). */
  kafkaSecurity?: KafkaSecurity | undefined;
  /** Heartbeat interval (default 10 s). */
  heartbeatMs?: number;
  /**
   * Copy the tables through incremental snapshots (chunks of `chunkSize` rows, started by a
   * signal, resumable, while changes stream) instead of the `initial` snapshot.
   */
  copy?: { chunkSize: number };
}

/** Debezium's default chunk of an incremental snapshot. */
export const DEFAULT_COPY_CHUNK_SIZE = 1024;

/** The topic a connector that copies incrementally reports its progress on. */
export const notificationTopic = (names: CaptureNames) => `${names.topicPrefix}.notifications`;

/**
 * A table as Debezium parses a data-collection id (`signal.data.collection`): dot-separated
 * parts, a part holding anything but letters, digits and `_` double-quoted with `"` doubled
 * (Debezium's parser stops at a space: "Unable to parse table identifier from public.order items").
 */
export function dataCollectionId(t: { schema: string; name: string }): string {
  const part = (p: string) => (/^[A-Za-z0-9_]+$/.test(p) ? p : `"${p.replaceAll('"', '""')}"`);
  return `${part(t.schema)}.${part(t.name)}`;
}

/**
 * A table as an `execute-snapshot` signal names it in `data-collections`. Debezium tries each
 * entry as a regular expression against its tables' `schema.table` and parses what matched; that
 * text, unquoted, fails to parse for a name with a space or a quote (the table is skipped with a
 * warning and never copied). A plain name goes as an escaped regular expression; any other as the
 * quoted id, which matches no table as a pattern and is then parsed as written.
 */
export function signalDataCollection(t: { schema: string; name: string }): string {
  return /^[A-Za-z0-9_]+$/.test(t.schema) && /^[A-Za-z0-9_]+$/.test(t.name)
    ? tableRegex(t.schema, t.name)
    : dataCollectionId(t);
}

/** The connector settings of a copy through incremental snapshots, signalled through `signal`. */
function incrementalCopySettings(
  names: CaptureNames,
  signal: { schema: string; name: string },
  chunkSize: number,
): Record<string, string> {
  return {
    // The connector copies no rows at start: the execute-snapshot signal starts the copy.
    'snapshot.mode': 'no_data',
    'signal.enabled.channels': 'source',
    'signal.data.collection': dataCollectionId(signal),
    'incremental.snapshot.chunk.size': String(chunkSize),
    // Progress (started, each chunk, each table's rows, completed) on a topic of the connector's own.
    'notification.enabled.channels': 'sink',
    'notification.sink.topic.name': notificationTopic(names),
  };
}

export const CONVERTER_SETTINGS: Readonly<Record<string, string>> = {
  // What the replicator reads best: JSON with embedded schemas (every field decoded by its Connect type).
  'key.converter': 'org.apache.kafka.connect.json.JsonConverter',
  'key.converter.schemas.enable': 'true',
  'value.converter': 'org.apache.kafka.connect.json.JsonConverter',
  'value.converter.schemas.enable': 'true',
  // Otherwise an explicit NULL in a column with a default arrives as the default (KAFKA-8713).
  'value.converter.replace.null.with.default': 'false',
};

/** How the connector's records are shaped and sent: what the replicator reads cheapest. */
export const RECORD_SETTINGS: Readonly<Record<string, string>> = {
  // No __debezium.context.* headers on every record: nothing reads them, and decoding them
  // costs the replicator about a third of its Kafka client's time per event.
  'extended.headers.enabled': 'false',
  // Change events with embedded schemas weigh several KiB: the producer's default 16 KiB batch
  // holds four of them, and every record batch costs the broker and each consumer again.
  'producer.override.batch.size': String(512 * 1024),
};

/**
 * How a PostgreSQL connector writes values that have no exact Connect form: intervals as ISO 8601
 * text; numerics as text, so that NaN and ±Infinity reach the replicator (in the default precise
 * mode Debezium sends NULL for them) and unconstrained numerics keep every digit, with the source
 * type attached so that the replicator reads the text as a number.
 */
export const PG_VALUE_SETTINGS: Readonly<Record<string, string>> = {
  'interval.handling.mode': 'string',
  'decimal.handling.mode': 'string',
  'datatype.propagate.source.type': '.+\\.numeric',
};

/** A stable MySQL/MariaDB replica server id for a connector name, away from the usual small ones. */
export function serverId(connector: string): number {
  const h = createHash('sha256').update(connector).digest().readUInt32BE(0);
  return 100_000 + (h % 2_000_000_000);
}

/**
 * A Debezium source connector configuration (the map PUT to /connectors/<name>/config) that
 * snapshots the tables (or, with `copy`, streams at once and copies them in chunks when signalled),
 * then streams their changes, with what the replicator expects: transaction
 * metadata, truncates, tombstones, embedded schemas, explicit NULLs kept, exact numbers. The
 * heartbeat table is captured too, so the connector's offset moves past quiet periods (what
 * `seam verify`'s lag barrier waits on).
 */
export function connectorConfig(
  endpoint: CaptureEndpoint,
  names: CaptureNames,
  tables: Array<{ schema: string; name: string }>,
  heartbeatSchema: string,
  options: ConnectorOptions,
): Record<string, string> {
  const monolith = engineFor(endpoint.dialect).monolith;
  const signal = { schema: heartbeatSchema, name: names.signalTable };
  const captured = [
    ...tables,
    { schema: heartbeatSchema, name: names.heartbeatTable },
    ...(options.copy ? [signal] : []),
  ];
  const common: Record<string, string> = {
    'tasks.max': '1',
    'database.hostname': endpoint.host,
    'database.port': String(endpoint.port),
    'database.user': endpoint.user,
    ...(endpoint.passwordRef ? { 'database.password': endpoint.passwordRef } : {}),
    'topic.prefix': names.topicPrefix,
    'table.include.list': includeList(captured),
    'snapshot.mode': 'initial',
    ...(options.copy ? incrementalCopySettings(names, signal, options.copy.chunkSize) : {}),
    'provide.transaction.metadata': 'true',
    'skipped.operations': 'none',
    'tombstones.on.delete': 'true',
    'heartbeat.interval.ms': String(options.heartbeatMs ?? 10_000),
    'heartbeat.action.query': monolith.heartbeatQuery(heartbeatSchema, names.heartbeatTable),
    'topic.creation.default.replication.factor': '-1',
    'topic.creation.default.partitions': '-1',
    ...CONVERTER_SETTINGS,
    ...RECORD_SETTINGS,
  };
  return monolith.connectorConfig(endpoint, names, captured, common, options);
}
