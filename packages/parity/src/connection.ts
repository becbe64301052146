import type { ConnectionSpec } from '@seam/core';
import { openDatabase } from '@seam/core/sql';
import { type DbConnection, engineFor, type SourcePosition } from './engine.js';

export type { DbConnection, SourcePosition } from './engine.js';

/** A read-only connection pool to one side, set up for canon v1 (UTC, ISO dates, shortest floats). */
export function openConnection(spec: ConnectionSpec, poolSize = 2): Promise<DbConnection> {
  return openDatabase(spec, {
    poolSize,
    connectTimeoutMs: 10_000,
    settings: engineFor(spec.dialect).session,
    readOnly: true,
  });
}

/** Reads the change-log position now: PostgreSQL WAL LSN, MariaDB/MySQL GTID position (and binlog file/pos). */
export function readPosition(db: DbConnection): Promise<SourcePosition> {
  return engineFor(db.dialect).readPosition(db);
}
