import { DecodeError } from '../decode/decode-error.js';
import type { ChangeEvent, Row } from '../decode/envelope.js';
import { UNAVAILABLE } from '../decode/unavailable.js';
import type { Route } from './route.js';

export type PendingRow =
  /**
   * Values in route column order; UNAVAILABLE (or undefined: not in the event) is not written.
   * `from`: the row came from a primary-key change, and the target row at this old key supplies
   * the values it does not carry (unchanged TOASTed columns).
   */
  | { kind: 'upsert'; values: unknown[]; from?: unknown[] }
  /**
   * `moving`: the first half of a primary-key change. It deletes like any delete — the create
   * that moves the row may come on another partition, in any order — but when the create comes
   * in the same batch, it still takes unsent columns from the old row (`pending`, when the old row
   * was itself written in this batch; else the target's, copied before the deletes).
   */
  | { kind: 'delete'; key: unknown[]; moving?: { pending?: Extract<PendingRow, { kind: 'upsert' }> } };

/** The net effect of a run of events on one target table: optional truncate first, then one change per key. */
export interface TableChanges {
  route: Route;
  truncate: boolean;
  rows: Map<string, PendingRow>;
}

function keyPart(v: unknown): string {
  if (Buffer.isBuffer(v)) return `x${v.toString('hex')}`;
  if (v === null || v === undefined) throw new DecodeError('a key column is null');
  return typeof v === 'string' ? `s${v}` : `s${String(v)}`;
}

/** Values an event did not send (unchanged TOASTed, absent) taken from the row's earlier state. */
function fillUnsent(values: unknown[], earlier: unknown[]): void {
  for (let i = 0; i < values.length; i++) {
    if (values[i] === UNAVAILABLE || values[i] === undefined) values[i] = earlier[i];
  }
}

function keyString(values: unknown[]): string {
  return values.length === 1 ? keyPart(values[0]) : values.map(keyPart).join('\u0000');
}

/**
 * Reduces events, in offset order, to the last state of each key per target table. A truncate
 * drops what came before it. An update whose TOASTed columns were not sent takes them from
 * an earlier event of the same batch when there is one.
 */
export class ChangeSet {
  readonly tables = new Map<Route, TableChanges>();
  events = 0;

  #table(route: Route): TableChanges {
    let t = this.tables.get(route);
    if (!t) {
      t = { route, truncate: false, rows: new Map() };
      this.tables.set(route, t);
    }
    return t;
  }

  #keyFrom(route: Route, row: Row | null, key: Row | null): unknown[] {
    const values = route.keySource.map((c) => (row && row[c] !== undefined ? row[c] : key?.[c]));
    if (values.some((v) => v === undefined || v === null || v === UNAVAILABLE)) {
      throw new DecodeError(`the event does not carry the key (${route.keySource.join(', ')})`);
    }
    return values;
  }

  add(route: Route, event: ChangeEvent): void {
    this.events++;
    const table = this.#table(route);
    switch (event.op) {
      case 't':
        table.truncate = true;
        table.rows.clear();
        return;
      case 'd':
      case 'tombstone': {
        const key = this.#keyFrom(route, event.before, event.key);
        const id = keyString(key);
        if (event.keyMove?.to) {
          // The first half of a primary-key change: still a delete (see PendingRow), remembering
          // what the create that moves the row may need of the old one.
          const previous = table.rows.get(id);
          const pending = previous?.kind === 'upsert' ? previous : previous?.moving?.pending;
          table.rows.set(id, { kind: 'delete', key, moving: pending ? { pending } : {} });
          return;
        }
        table.rows.set(id, { kind: 'delete', key });
        return;
      }
      default: {
        const after = event.after!;
        const values = route.columns.map((c) => after[c.source]);
        const key = route.keyIndex.map((i) => values[i]);
        if (key.some((v) => v === undefined || v === null || v === UNAVAILABLE)) {
          throw new DecodeError(`the row does not carry the key (${route.keySource.join(', ')})`);
        }
        const id = keyString(key);
        const from = event.keyMove?.from;
        if (from) {
          this.#move(route, table, id, values, from);
          return;
        }
        const previous = table.rows.get(id);
        if (previous?.kind === 'upsert') fillUnsent(values, previous.values);
        table.rows.set(id, { kind: 'upsert', values });
      }
    }
  }

  /**
   * The second half of a primary-key change: the row moves from its old key. What the event does
   * not carry comes from the old row: pending in this batch, else the target's (the writer copies it
   * before any delete). The old key is deleted.
   */
  #move(route: Route, table: TableChanges, id: string, values: unknown[], from: Row): void {
    const oldKey = this.#keyFrom(route, from, null);
    const oldId = keyString(oldKey);
    const stored = table.rows.get(oldId);
    // The delete half of this very move, already seen in this batch, stands for what it replaced.
    const previous = stored?.kind === 'delete' && stored.moving ? (stored.moving.pending ?? null) : stored;
    let source: unknown[] | undefined = oldKey;
    if (previous?.kind === 'upsert') {
      fillUnsent(values, previous.values);
      source = previous.from;
    } else if (previous?.kind === 'delete') source = undefined;
    const row: PendingRow = { kind: 'upsert', values };
    if (source && !values.every(present)) row.from = source;
    table.rows.set(oldId, { kind: 'delete', key: oldKey });
    table.rows.set(id, row);
  }

  get empty(): boolean {
    return this.tables.size === 0;
  }
}

function present(v: unknown): boolean {
  return v !== UNAVAILABLE && v !== undefined;
}

/**
 * A table's net changes as the writers apply them: the keys to delete, and the rows to upsert
 * grouped by which columns they carry ('' = all; else a 0/1 mask per column), since a row without
 * an unchanged TOASTed column must leave that column out of its statement.
 */
export function splitRows(changes: TableChanges): {
  /** Rows moved by a key change that take columns from the target's old row (before the deletes). */
  moves: Array<{ values: unknown[]; from: unknown[] }>;
  deletes: unknown[][];
  upserts: Map<string, unknown[][]>;
} {
  const moves: Array<{ values: unknown[]; from: unknown[] }> = [];
  const deletes: unknown[][] = [];
  const upserts = new Map<string, unknown[][]>();
  for (const row of changes.rows.values()) {
    if (row.kind === 'delete') {
      deletes.push(row.key);
      continue;
    }
    if (row.from) moves.push({ values: row.values, from: row.from });
    const mask = row.values.every(present) ? '' : row.values.map((x) => (present(x) ? '1' : '0')).join('');
    const list = upserts.get(mask);
    if (list) list.push(row.values);
    else upserts.set(mask, [row.values]);
  }
  return { moves, deletes, upserts };
}

/** Indexes of the route columns a mask keeps. */
export function maskColumns(mask: string, count: number): number[] {
  const all = Array.from({ length: count }, (_, i) => i);
  return mask === '' ? all : all.filter((i) => mask[i] === '1');
}
