import type { Queryable } from '@seam/core/sql';
import type { SourcePosition } from '../engine.js';

/** The WAL position now (pg_current_wal_lsn as a byte offset). */
export async function readPgPosition(db: Queryable): Promise<SourcePosition> {
  const [r] = await db.query<{ lsn: string }>("SELECT (pg_current_wal_lsn() - '0/0')::text AS lsn");
  return { kind: 'lsn', lsn: BigInt(r!.lsn) };
}
