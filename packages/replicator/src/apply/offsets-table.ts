import type { Dialect } from '@seam/core';

/** Default name of the table each target keeps its applied Kafka offsets in (same transaction as the rows). */
export const OFFSETS_TABLE = 'seam_replicator_offsets';

/**
 * The offsets table's DDL per engine, given its quoted (qualified) name. `seam migrate` creates it
 * with the service's tables (packages/codegen), so the replicator needs no CREATE privilege; the
 * replicator creates it only when it may create tables (target.createTables) and it is missing.
 */
export const offsetsTableDdl: Record<Dialect, (name: string) => string> = {
  postgres: (name) => `CREATE TABLE ${name} (
  consumer_group text NOT NULL,
  topic text NOT NULL,
  kafka_partition integer NOT NULL,
  next_offset bigint NOT NULL,
  source_position text,
  source_ts_ms bigint,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (consumer_group, topic, kafka_partition))`,
  mysql: (name) => `CREATE TABLE ${name} (
  consumer_group varchar(255) NOT NULL,
  topic varchar(255) NOT NULL,
  kafka_partition int NOT NULL,
  next_offset bigint NOT NULL,
  source_position text NULL,
  source_ts_ms bigint NULL,
  updated_at timestamp(3) NOT NULL DEFAULT current_timestamp(3),
  PRIMARY KEY (consumer_group, topic, kafka_partition)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`,
};

/** Groups the partitions of a batch for the writers. */
export function changedTables<T extends { rows: Map<string, unknown>; truncate: boolean }>(
  tables: Iterable<T>,
): T[] {
  return [...tables].filter((t) => t.truncate || t.rows.size > 0);
}
