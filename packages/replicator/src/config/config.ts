import { isTableKey, SeamError, validate } from '@seam/core';
import { checkKafkaSecurity, kafkaSecurityShape } from '@seam/kafka/security';
import { z } from 'zod';
import { OFFSETS_TABLE } from '../apply/offsets-table.js';
import { DEFAULT_PLACEHOLDER } from '../decode/unavailable.js';

export const REPLICATOR_CONFIG_FORMAT = 'seam.replicator';

const tableKey = z.string().refine(isTableKey, { message: 'not a table name of the form schema.table' });

export const tableRouteSchema = z.strictObject({
  /** The source table, `schema.table` (PostgreSQL) or `database.table` (MySQL/MariaDB). */
  source: tableKey,
  /** The Kafka topic; default `<topicPrefix>.<schema>.<table>` as Debezium names it. */
  topic: z.string().min(1).optional(),
  /** The target table's name; default the source table's. */
  table: z.string().min(1).optional(),
  /** The target table's schema (PostgreSQL) or database (MySQL); default `target.schema`. */
  schema: z.string().min(1).optional(),
  /** The source columns this service takes (a vertical split); default all. Must hold the primary key. */
  columns: z.array(z.string().min(1)).min(1).optional(),
  /** Column renames, source → target. */
  rename: z.record(z.string(), z.string().min(1)).optional(),
});
export type TableRouteConfig = z.infer<typeof tableRouteSchema>;

export const replicatorConfigSchema = z.strictObject({
  format: z.literal(REPLICATOR_CONFIG_FORMAT).optional(),
  version: z.literal(1).optional(),
  /** The service this replicator fills (names the consumer group and the dead-letter topic by default). */
  service: z.string().min(1),
  kafka: z
    .strictObject({
      brokers: z.array(z.string().min(1)).min(1).default(['127.0.0.1:9092']),
      /** Consumer group; default `seam-replicate-<service>`. Replicators of one group share the partitions. */
      groupId: z.string().min(1).optional(),
      clientId: z.string().min(1).optional(),
      sessionTimeoutMs: z.number().int().min(3000).max(300_000).default(30_000),
      /** TLS and SASL (docs/replicator.md#secured-kafka); absent: from SEAM_KAFKA_SECURITY_* variables. */
      ...kafkaSecurityShape,
    })
    .prefault({}),
  source: z.strictObject({
    /** Debezium's `topic.prefix`. */
    topicPrefix: z.string().min(1),
    /** The source engine; read from the events when absent (needed only without embedded schemas). */
    flavor: z.enum(['postgresql', 'mysql', 'mariadb']).optional(),
    /** The transaction metadata topic (`provide.transaction.metadata=true`); default `<topicPrefix>.transaction`. */
    transactionTopic: z.string().min(1).optional(),
    /** The connector's value settings, needed only for topics without embedded schemas. */
    decimalHandling: z.enum(['precise', 'string', 'double']).default('precise'),
    timePrecision: z
      .enum(['adaptive', 'adaptive_time_microseconds', 'connect', 'microseconds', 'nanoseconds', 'isostring'])
      .optional(),
    /** The connector's `unavailable.value.placeholder`. */
    unavailablePlaceholder: z.string().min(1).default(DEFAULT_PLACEHOLDER),
  }),
  target: z
    .strictObject({
      /** The target database URL. Never put a password in a file: use urlEnv, ~/.pgpass or ~/.my.cnf. */
      url: z.string().min(1).optional(),
      /** The environment variable holding the URL; default SEAM_TARGET_<SERVICE>_URL. */
      urlEnv: z.string().min(1).optional(),
      /** Schema (PostgreSQL) or database (MySQL) of the target tables; default the connection's. */
      schema: z.string().min(1).optional(),
      /** Create missing target tables from the snapshot (needs `snapshot`). */
      createTables: z.boolean().default(true),
      offsetsTable: z.string().min(1).default(OFFSETS_TABLE),
      /**
       * Apply as a replica (the reverse direction of a move, into a monolith that keeps its foreign
       * keys): PostgreSQL sessions set `session_replication_role = replica`, so the target's foreign
       * keys and ordinary triggers do not fire — a child row applied before its parent (each table
       * has its own topic) is not refused; the source checked its keys when it committed. Needs a
       * superuser or, on PostgreSQL 15+, `GRANT SET ON PARAMETER session_replication_role`.
       * MySQL/MariaDB sessions never check foreign keys.
       */
      replicaSession: z.boolean().default(false),
    })
    .prefault({}),
  /** A schema snapshot file (`seam introspect -o snapshot.json`) to create missing target tables from. */
  snapshot: z.string().min(1).optional(),
  tables: z.array(tableRouteSchema).min(1),
  apply: z
    .strictObject({
      /** batch: net changes per batch; transaction: each source transaction whole (needs transaction metadata). */
      mode: z.enum(['batch', 'transaction']).default('batch'),
      maxBatchEvents: z.number().int().min(1).max(100_000).default(5000),
      /** Partitions applied at once (each on its own connection). */
      concurrency: z.number().int().min(1).max(32).default(1),
      /** Threads that decode events and build statements off the main thread (batch mode); 0: none. */
      decodeThreads: z.number().int().min(0).max(16).default(1),
      onPoison: z.enum(['dead-letter', 'fail']).default('dead-letter'),
      /** Default `seam.dlq.<service>`. */
      deadLetterTopic: z.string().min(1).optional(),
      /** apply: add the new column to the target; stop: stop with an error before applying it. */
      onSchemaChange: z.enum(['apply', 'stop']).default('apply'),
      retry: z
        .strictObject({
          initialMs: z.number().int().min(1).default(250),
          maxMs: z.number().int().min(1).default(30_000),
        })
        .prefault({}),
      /** How long to wait for the tables' topics to exist before failing. */
      topicWaitMs: z.number().int().min(0).default(30_000),
    })
    .prefault({}),
  metrics: z
    .strictObject({
      /** Serve /metrics, /status and /healthz here; 0 picks a free port; absent: no server. */
      port: z.number().int().min(0).max(65_535).optional(),
      host: z.string().min(1).default('127.0.0.1'),
    })
    .prefault({}),
});

export type ReplicatorConfigInput = z.input<typeof replicatorConfigSchema>;
export type ReplicatorConfig = z.output<typeof replicatorConfigSchema>;

/** Validates a replicator configuration (from YAML/JSON or code); throws SEAM_CONFIG_INVALID naming the field. */
export function parseReplicatorConfig(
  data: unknown,
  what = 'The replicator configuration',
): ReplicatorConfig {
  const config = validate(replicatorConfigSchema, data, 'SEAM_CONFIG_INVALID', what);
  checkKafkaSecurity(config.kafka, (key) =>
    ['cert', 'key'].includes(key) ? `kafka.ssl.${key}` : `kafka.sasl.${key}`,
  );
  const seen = new Set<string>();
  for (const t of config.tables) {
    const id = `${t.source}\u0000${t.schema ?? ''}\u0000${t.table ?? ''}`;
    if (seen.has(id)) {
      throw new SeamError('SEAM_CONFIG_INVALID', `${what} lists table ${t.source} twice.`);
    }
    seen.add(id);
  }
  return config;
}

/** The consumer group of a configuration. */
export function groupIdOf(config: Pick<ReplicatorConfig, 'service' | 'kafka'>): string {
  return config.kafka.groupId ?? `seam-replicate-${config.service}`;
}

export function deadLetterTopicOf(config: Pick<ReplicatorConfig, 'service' | 'apply'>): string {
  return config.apply.deadLetterTopic ?? `seam.dlq.${config.service}`;
}
