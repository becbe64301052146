import { isSeamError } from '@seam/core';
import type { Queryable } from '@seam/core/sql';
import type { MoveStateRow, MoveStoreEngine, StoredOffset } from '../engine.js';
import { lockKey64 } from '../lock-name.js';

interface Row {
  state: string | null;
  version: string | number;
  updated_at: Date | null;
  holder: string | null;
  held_since: Date | null;
}

/** PostgreSQL: a text column of JSON, pg_try_advisory_lock on a 64-bit hash of `seam-move:<service>`. */
export const postgresMoveStore: MoveStoreEngine = {
  createTable: (table) => `CREATE TABLE IF NOT EXISTS ${table} (
  service text PRIMARY KEY,
  state text,
  version bigint NOT NULL DEFAULT 0,
  updated_at timestamptz,
  holder text,
  held_since timestamptz)`,

  async ensureRow(db, table, service) {
    await db.query(`INSERT INTO ${table} (service) VALUES ($1) ON CONFLICT (service) DO NOTHING`, [service]);
  },

  async read(db, table, service): Promise<MoveStateRow | undefined> {
    const rows = await db.query<Row>(
      `SELECT state, version, updated_at, holder, held_since FROM ${table} WHERE service = $1`,
      [service],
    );
    const row = rows[0];
    if (!row) return undefined;
    return {
      state: row.state,
      version: Number(row.version),
      updatedAt: row.updated_at,
      holder: row.holder,
      heldSince: row.held_since,
    };
  },

  async compareAndSet(db, table, service, state, expected) {
    const rows = await db.query(
      `UPDATE ${table} SET state = $1, version = version + 1, updated_at = now()
        WHERE service = $2 AND version = $3 RETURNING version`,
      [state, service, expected],
    );
    return rows.length === 1;
  },

  async setHolder(db: Queryable, table, service, holder) {
    await db.query(
      `UPDATE ${table} SET holder = $1, held_since = CASE WHEN $1::text IS NULL THEN NULL ELSE now() END WHERE service = $2`,
      [holder, service],
    );
  },

  async tryLock(session, service) {
    const rows = await session.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1::bigint) AS ok', [
      lockKey64(service),
    ]);
    return rows[0]?.ok === true;
  },

  async unlock(session, service) {
    await session.query('SELECT pg_advisory_unlock($1::bigint)', [lockKey64(service)]);
  },

  async lockHolderSession(db, service) {
    // A bigint advisory key shows in pg_locks as classid (high 32 bits) / objid (low 32 bits), objsubid 1.
    const key = BigInt.asUintN(64, BigInt(lockKey64(service)));
    const rows = await db.query<{ pid: number; application_name: string; client: string | null }>(
      `SELECT a.pid, a.application_name, a.client_addr::text AS client
         FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
        WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
          AND l.classid = $1::bigint::oid AND l.objid = $2::bigint::oid AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
      [(key >> 32n).toString(), (key & 0xffffffffn).toString()],
    );
    const row = rows[0];
    if (!row) return undefined;
    return `backend pid ${row.pid}${row.client ? ` from ${row.client}` : ''}${row.application_name ? ` (${row.application_name})` : ''}`;
  },
  async readOffsets(db, offsetsTable, group): Promise<StoredOffset[]> {
    try {
      const rows = await db.query<{
        topic: string;
        kafka_partition: number | string;
        next_offset: string | number;
        source_ts_ms: string | number | null;
      }>(
        `SELECT topic, kafka_partition, next_offset, source_ts_ms FROM ${offsetsTable} WHERE consumer_group = $1`,
        [group],
      );
      return rows.map((r) => ({
        topic: r.topic,
        partition: Number(r.kafka_partition),
        nextOffset: BigInt(r.next_offset),
        sourceTsMs: r.source_ts_ms === null ? null : Number(r.source_ts_ms),
      }));
    } catch (error) {
      // No offsets table (yet, or any more): nothing stored.
      if (isSeamError(error) && error.code === 'SEAM_DB_QUERY_FAILED') return [];
      throw error;
    }
  },
};
