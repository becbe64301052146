import type { Dialect } from '@seam/core/sql';
import type { MysqlFlavor } from '@seam/ddl';
import type { ColumnHint, ColumnKind } from '../decode/column-hint.js';
import type { ChangeSet } from './change-set.js';

/** A column of a target table, as read from the target's catalog. */
export interface TargetColumn {
  name: string;
  kind: ColumnKind;
  /** The type as the target spells it (`numeric(12,2)`, `character varying(40)`, `"mood"`, `int(11)`). */
  sqlType: string;
  /** The type without length, precision or scale (`numeric`, `character varying`): what values are cast to. */
  baseType: string;
  nullable: boolean;
  /** An insert leaving the column out still fills it (default, identity, generated). */
  hasDefault: boolean;
  /** Enough about the type to read a field that came without a schema. */
  hint: ColumnHint;
}

export interface TargetTable {
  /** Schema (PostgreSQL) or database (MySQL) the table is in. */
  schema: string;
  name: string;
  columns: TargetColumn[];
  /** Primary-key column names, in key order. */
  primaryKey: string[];
}

/** A Kafka partition's place in a batch: the fence (`first`) and where it resumes (`next`). */
export interface PartitionPosition {
  topic: string;
  partition: number;
  /** Offset of the first message of this batch on the partition: the batch applies only if the stored offset is not past it. */
  first: string;
  /** Offset of the next message to read once the batch is applied. */
  next: string;
  /** The source position of the last applied event (JSON: lsn/txId or file/pos/gtid). */
  source?: string;
  sourceTsMs?: number;
}

/** One statement of a batch, ready to send. */
export interface Statement {
  sql: string;
  params: unknown[];
}

export interface ApplyBatch {
  /** The net changes as statements (encode()), built ahead of the batch's turn when possible. */
  statements: Statement[];
  positions: PartitionPosition[];
}

/** The batch was not applied: another replicator applied these partitions further (offset → stored next offset). */
export interface FenceConflict {
  conflict: Map<string, string>;
}

export const partitionId = (topic: string, partition: number) => `${topic}\u0000${partition}`;

/**
 * One target database. Every write of a batch, and the batch's Kafka offsets, commit in one
 * database transaction: replaying any prefix of the stream leaves the same rows (effectively once).
 */
export interface TargetWriter {
  readonly dialect: Dialect;
  /** Where it writes, without password. */
  readonly description: string;
  /** The schema (PostgreSQL) or database (MySQL) tables are created in when none is named. */
  defaultSchema(): Promise<string>;
  /** A MySQL-family target's server (MySQL or MariaDB), for the DDL of missing tables. */
  mysqlFlavor?(): Promise<MysqlFlavor>;
  describe(schema: string | null, name: string): Promise<TargetTable | undefined>;
  /** Runs DDL (one statement at a time; PostgreSQL in one transaction). */
  execute(statements: string[]): Promise<void>;
  /** Fails with SEAM_DB_PERMISSION_DENIED when the user cannot insert, update and delete in the table. */
  checkWritable(table: TargetTable): Promise<void>;
  /** Makes a row for each partition in the offsets table, creating the table first when told. */
  prepareOffsets(
    group: string,
    partitions: Array<{ topic: string; partition: number }>,
    options: { create: boolean },
  ): Promise<void>;
  /** Stored next offsets of a consumer group, by partitionId. */
  readOffsets(group: string): Promise<Map<string, string>>;
  /**
   * Moves a group's stored next offsets forward to these (never back; a missing row is made): the
   * events below them are never applied. `seam move` skips a backlog with it.
   */
  storeOffsets(
    group: string,
    offsets: Array<{ topic: string; partition: number; next: string }>,
  ): Promise<void>;
  /** Turns net changes into the statements that apply them (pure: no database round trip). */
  encode(changes: ChangeSet): Statement[];
  apply(batch: ApplyBatch, group: string): Promise<FenceConflict | undefined>;
  close(): Promise<void>;
}
