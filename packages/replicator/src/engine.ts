import type { ConnectionSpec, Dialect } from '@seam/core';
import type { ChangeSet } from './apply/change-set.js';
import { mysqlEngine } from './apply/mysql/engine.js';
import { postgresEngine } from './apply/postgres/engine.js';
import type { Statement, TargetWriter } from './apply/target.js';
import type { SourceFlavor } from './decode/column-hint.js';

/** What a writer needs to open a target database. */
export interface WriterOptions {
  offsetsTable: string;
  /** The schema (PostgreSQL) or database (MySQL) of the offsets table and of unqualified tables. */
  schema: string | null;
  poolSize: number;
  /** How the target's sessions name this replicator (where the engine can show it). */
  applicationName: string;
  /** Sessions apply as a replica (config `target.replicaSession`): no foreign keys or ordinary triggers. */
  replicaSession?: boolean;
}

/** Turns net changes into statements; pure, so that a decode thread can run it. */
export interface StatementEncoder {
  encode(changes: ChangeSet): Statement[];
}

/**
 * What the replicator needs of a database engine, as a source of plans and as a target: one object
 * per engine (apply/postgres, apply/mysql), chosen through `engineFor`. A new engine implements
 * this in its own folder and takes its place in `engines`.
 */
export interface ReplicatorEngine {
  readonly dialect: Dialect;
  /**
   * Debezium's connector for a monolith of this engine, as `source.flavor` names it, when a plan's
   * snapshot tells it (undefined: MySQL and MariaDB look alike there; the decoder's default holds).
   */
  readonly planSourceFlavor: SourceFlavor | undefined;
  /**
   * Opens a target database of this engine (no round trip yet). Its driver is loaded here, not
   * with the engine: a decode thread, which only encodes statements, never loads it.
   */
  openWriter(spec: ConnectionSpec, options: WriterOptions): Promise<TargetWriter>;
  /** A new encoder of this engine's statements. */
  statements(): StatementEncoder;
  /** Statements built on a decode thread, made ready for this engine's driver again. */
  fromDecodeThread(statements: Statement[]): Statement[];
  /** ALTER TABLE … ADD COLUMN IF NOT EXISTS is there: a column added meanwhile is no error. */
  readonly addsColumnsIfNotExists: boolean;
  /** The target refused to add a column because it is there already (another replicator added it). */
  columnAlreadyExists(error: unknown): boolean;
}

const engines: Record<Dialect, ReplicatorEngine> = { postgres: postgresEngine, mysql: mysqlEngine };

export function engineFor(dialect: Dialect): ReplicatorEngine {
  return engines[dialect];
}
