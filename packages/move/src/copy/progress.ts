/**
 * The initial copy's progress as Debezium reports it: notifications of the incremental snapshot
 * started by Seam's `execute-snapshot` signal (their `id` is the signal's), summed up per table.
 */

/** The id of the signal that starts a service's initial copy (one per signal table). */
export const COPY_SIGNAL_ID = 'seam-initial-copy';

/** A Debezium notification (`notification.enabled.channels: sink`), as JSON. */
export interface DebeziumNotification {
  id: string;
  aggregate_type: string;
  type: string;
  additional_data?: Record<string, string> | null;
  timestamp?: number | string;
}

export interface CopyTableProgress {
  /** schema.table (database.table on MySQL/MariaDB), as Debezium names it. */
  table: string;
  state: 'pending' | 'copying' | 'done' | 'failed';
  /** Rows Debezium read, once the table's scan completed (since the last resume). */
  rowsScanned: number | null;
  /** Chunks read so far (one IN_PROGRESS notification each). */
  chunks: number;
  /** The last chunk's end key and the table's largest key when the scan started. */
  lastKey?: string;
  maxKey?: string;
  /** Debezium's status of the scan: SUCCEEDED, EMPTY, NO_PRIMARY_KEY, SKIPPED, SQL_EXCEPTION… */
  status?: string;
}

export interface CopyProgress {
  signal: string;
  /** `waiting`: no notification yet (the signal is not read, or not sent). */
  state: 'waiting' | 'copying' | 'done' | 'aborted';
  /** STARTED notifications: 1 for a copy that resumed after restarts, more if it started over. */
  starts: number;
  startedAt?: string;
  completedAt?: string;
  tables: CopyTableProgress[];
}

const SCAN_SUCCEEDED = new Set(['SUCCEEDED', 'EMPTY']);

const time = (n: DebeziumNotification) =>
  n.timestamp === undefined ? undefined : new Date(Number(n.timestamp)).toISOString();

/** Sums up the notifications of one signal for the tables it named. */
export function copyProgressOf(
  notifications: DebeziumNotification[],
  tables: string[],
  signal: string = COPY_SIGNAL_ID,
): CopyProgress {
  const byTable = new Map<string, CopyTableProgress>(
    tables.map((t) => [t, { table: t, state: 'pending', rowsScanned: null, chunks: 0 }]),
  );
  const progress: CopyProgress = { signal, state: 'waiting', starts: 0, tables: [...byTable.values()] };
  const table = (id: string | undefined) => (id === undefined ? undefined : byTable.get(id));
  for (const n of notifications) {
    if (n.aggregate_type !== 'Incremental Snapshot' || n.id !== signal) continue;
    const data = n.additional_data ?? {};
    switch (n.type) {
      case 'STARTED':
        progress.starts += 1;
        progress.state = 'copying';
        progress.startedAt ??= time(n);
        break;
      case 'IN_PROGRESS': {
        progress.state = 'copying';
        const t = table(data.current_collection_in_progress);
        if (t && t.state !== 'done') {
          t.state = 'copying';
          t.chunks += 1;
          if (data.last_processed_key !== undefined) t.lastKey = data.last_processed_key;
          if (data.maximum_key !== undefined) t.maxKey = data.maximum_key;
        }
        break;
      }
      case 'TABLE_SCAN_COMPLETED': {
        const t = table(data.scanned_collection);
        if (t) {
          t.status = data.status;
          t.state = SCAN_SUCCEEDED.has(data.status ?? '') ? 'done' : 'failed';
          t.rowsScanned = data.total_rows_scanned === undefined ? null : Number(data.total_rows_scanned);
        }
        break;
      }
      case 'COMPLETED': {
        progress.state = 'done';
        const at = time(n);
        if (at) progress.completedAt = at;
        break;
      }
      case 'ABORTED':
        progress.state = 'aborted';
        break;
    }
  }
  return progress;
}

/** A table's copy for a terminal: `copying: 12 chunk(s), key 12288 of 20000`. */
export function copyStateText(t: CopyTableProgress): string {
  if (t.state === 'pending') return 'copy waiting';
  if (t.state === 'failed') return `not copied (${t.status})`;
  if (t.state === 'done')
    return `copied${t.rowsScanned !== null ? ` (${t.rowsScanned.toLocaleString('en-US')} rows read)` : ''}`;
  return `copying: ${t.chunks} chunk(s)${t.lastKey ? `, key ${t.lastKey}${t.maxKey ? ` of ${t.maxKey}` : ''}` : ''}`;
}

/** `public.orders: copying: 12 chunk(s), key 12288 of 20000`. */
export function describeCopyTable(t: CopyTableProgress): string {
  return `${t.table}: ${copyStateText(t)}`;
}
