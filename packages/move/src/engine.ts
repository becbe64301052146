import type { Dialect } from '@seam/core';
import type { Queryable } from '@seam/core/sql';
import { mysqlMoveStore } from './mysql/move-store-engine.js';
import { postgresMoveStore } from './postgres/move-store-engine.js';

/** One stored row of `seam_move_state`. */
export interface MoveStateRow {
  /** The state JSON; null for a row that only carries a lock holder (before the first create). */
  state: string | null;
  /** Bumped by every write (compare-and-set). 0 for a row without state. */
  version: number;
  updatedAt: Date | null;
  /** Who holds (or last held) the action lock: `user@host pid N (action)`. */
  holder: string | null;
  heldSince: Date | null;
}

/** One partition's stored position in a replicator's target (seam_replicator_offsets). */
export interface StoredOffset {
  topic: string;
  partition: number;
  nextOffset: bigint;
  sourceTsMs: number | null;
}

/** What the move's state store needs of an engine: its table, compare-and-set, the action lock. */
export interface MoveStoreEngine {
  /** Idempotent DDL of the state table, given its quoted (qualified) name. */
  createTable(table: string): string;
  /** Inserts an empty row (state null, version 0) for the service unless it exists. */
  ensureRow(db: Queryable, table: string, service: string): Promise<void>;
  read(db: Queryable, table: string, service: string): Promise<MoveStateRow | undefined>;
  /**
   * Writes the state when the stored version is `expected`; returns whether it did (version becomes
   * expected + 1). `session` is one connection (the engine may ask it about the statement it just ran).
   */
  compareAndSet(
    session: Queryable,
    table: string,
    service: string,
    state: string,
    expected: number,
  ): Promise<boolean>;
  /** Writes who holds the lock (null: released), without touching the version. */
  setHolder(db: Queryable, table: string, service: string, holder: string | null): Promise<void>;
  /** Takes the service's action lock on this session without waiting; false when another session holds it. */
  tryLock(session: Queryable, service: string): Promise<boolean>;
  unlock(session: Queryable, service: string): Promise<void>;
  /** A replicator group's stored offsets, given the quoted offsets table; [] when the table is missing. */
  readOffsets(db: Queryable, offsetsTable: string, group: string): Promise<StoredOffset[]>;
  /** The server's id of the session holding the lock, when the engine can tell. */
  lockHolderSession(db: Queryable, service: string): Promise<string | undefined>;
}

const engines: Record<Dialect, MoveStoreEngine> = { postgres: postgresMoveStore, mysql: mysqlMoveStore };

export function engineFor(dialect: Dialect): MoveStoreEngine {
  return engines[dialect];
}
