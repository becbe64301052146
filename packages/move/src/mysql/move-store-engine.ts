import { isSeamError } from '@seam/core';
import type { Queryable } from '@seam/core/sql';
import type { MoveStateRow, MoveStoreEngine, StoredOffset } from '../engine.js';
import { lockName } from '../lock-name.js';

interface Row {
  state: string | null;
  version: string | number;
  updated_at: Date | string | null;
  holder: string | null;
  held_since: Date | string | null;
}

/** The times are UTC datetime(3) (no session time zone involved); the driver may return them as text. */
function utc(value: Date | string | null): Date | null {
  if (value === null || value instanceof Date) return value;
  return new Date(`${value.replace(' ', 'T')}Z`);
}

/** MySQL/MariaDB limit a user lock's name to 64 characters. */
const MAX_LOCK_NAME = 64;

/**
 * GET_LOCK names are server-wide: the service's lock within this database (`seam-move:<db>/<service>`),
 * so moves of same-named services into two databases of one server never block each other.
 */
async function serverLockName(session: Queryable, service: string): Promise<string> {
  const rows = await session.query<{ db: string | null }>('SELECT DATABASE() AS db');
  return lockName(`${rows[0]?.db ?? ''}/${service}`, MAX_LOCK_NAME);
}

/** MySQL/MariaDB: a longtext column of JSON, GET_LOCK('seam-move:<service>', 0) on the action's session. */
export const mysqlMoveStore: MoveStoreEngine = {
  createTable: (table) => `CREATE TABLE IF NOT EXISTS ${table} (
  service varchar(255) NOT NULL PRIMARY KEY,
  state longtext NULL,
  version bigint NOT NULL DEFAULT 0,
  updated_at datetime(3) NULL,
  holder varchar(1024) NULL,
  held_since datetime(3) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`,

  async ensureRow(db, table, service) {
    await db.query(`INSERT IGNORE INTO ${table} (service) VALUES (?)`, [service]);
  },

  async read(db, table, service): Promise<MoveStateRow | undefined> {
    const rows = await db.query<Row>(
      `SELECT state, version, updated_at, holder, held_since FROM ${table} WHERE service = ?`,
      [service],
    );
    const row = rows[0];
    if (!row) return undefined;
    return {
      state: row.state,
      version: Number(row.version),
      updatedAt: utc(row.updated_at),
      holder: row.holder,
      heldSince: utc(row.held_since),
    };
  },

  async compareAndSet(session, table, service, state, expected) {
    // ROW_COUNT() of the same session: the version always changes, so a matched row is a changed row.
    await session.query(
      `UPDATE ${table} SET state = ?, version = version + 1, updated_at = UTC_TIMESTAMP(3)
        WHERE service = ? AND version = ?`,
      [state, service, expected],
    );
    const rows = await session.query<{ n: string | number }>('SELECT ROW_COUNT() AS n');
    return Number(rows[0]?.n) === 1;
  },

  async setHolder(db, table, service, holder) {
    await db.query(
      `UPDATE ${table} SET holder = ?, held_since = IF(? IS NULL, NULL, UTC_TIMESTAMP(3)) WHERE service = ?`,
      [holder, holder, service],
    );
  },

  async tryLock(session, service) {
    const rows = await session.query<{ ok: number | string | null }>('SELECT GET_LOCK(?, 0) AS ok', [
      await serverLockName(session, service),
    ]);
    return Number(rows[0]?.ok) === 1;
  },

  async unlock(session, service) {
    await session.query('SELECT RELEASE_LOCK(?)', [await serverLockName(session, service)]);
  },

  async lockHolderSession(db, service) {
    const rows = await db.query<{ id: number | string | null }>('SELECT IS_USED_LOCK(?) AS id', [
      await serverLockName(db, service),
    ]);
    const id = rows[0]?.id;
    if (id === null || id === undefined) return undefined;
    const who = await db.query<{ user: string; host: string }>(
      'SELECT USER AS user, HOST AS host FROM information_schema.PROCESSLIST WHERE ID = ?',
      [id],
    );
    return `connection ${id}${who[0] ? ` of ${who[0].user}@${who[0].host}` : ''}`;
  },
  async readOffsets(db, offsetsTable, group): Promise<StoredOffset[]> {
    try {
      const rows = await db.query<{
        topic: string;
        kafka_partition: number | string;
        next_offset: string | number;
        source_ts_ms: string | number | null;
      }>(
        `SELECT topic, kafka_partition, next_offset, source_ts_ms FROM ${offsetsTable} WHERE consumer_group = ?`,
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
