import { quoteIdent, quoteQualified } from '@seam/core/sql';
import { UNAVAILABLE } from '../../decode/unavailable.js';
import { type ChangeSet, maskColumns, splitRows, type TableChanges } from '../change-set.js';
import { changedTables } from '../offsets-table.js';
import type { Statement, TargetColumn } from '../target.js';
import { mysqlValue } from './encode.js';

const q = (name: string) => quoteIdent('mysql', name);
const MAX_ROWS = 1000;
const MAX_BYTES = 4 * 1024 * 1024;

function size(v: unknown): number {
  if (typeof v === 'string') return v.length * 2 + 3;
  if (Buffer.isBuffer(v)) return v.length * 2 + 3;
  return 12;
}

/** Rows in statements of at most MAX_ROWS rows and about MAX_BYTES of SQL (max_allowed_packet is 16 MiB by default). */
function* chunks(rows: unknown[][]): Generator<unknown[][]> {
  let chunk: unknown[][] = [];
  let bytes = 0;
  for (const row of rows) {
    let rowBytes = 0;
    for (const v of row) rowBytes += size(v);
    if (chunk.length && (chunk.length >= MAX_ROWS || bytes + rowBytes > MAX_BYTES)) {
      yield chunk;
      chunk = [];
      bytes = 0;
    }
    chunk.push(row);
    bytes += rowBytes;
  }
  if (chunk.length) yield chunk;
}

/**
 * Turns net changes into MySQL/MariaDB statements (pure): DELETE FROM for a truncate (TRUNCATE
 * would commit on its own), multi-row DELETE by key, and multi-row INSERT … ON DUPLICATE KEY
 * UPDATE per combination of columns present.
 */
export class MysqlStatements {
  encode(changes: ChangeSet): Statement[] {
    const out: Statement[] = [];
    for (const table of changedTables(changes.tables.values())) this.#encodeTable(table, out);
    return out;
  }

  #encodeTable(changes: TableChanges, out: Statement[]): void {
    const { route } = changes;
    const table = quoteQualified('mysql', route.target.schema, route.target.name);
    if (changes.truncate) out.push({ sql: `delete from ${table}`, params: [] });
    const keyColumns = route.keyIndex.map((i) => route.columns[i]!.target);
    const split = splitRows(changes);
    for (const move of split.moves) out.push(this.#move(table, route, move));
    const deletes = split.deletes.map((key) => key.map((v, k) => mysqlValue(v, keyColumns[k]!.hint)));
    const upserts = split.upserts;
    for (const chunk of chunks(deletes)) {
      if (keyColumns.length === 1) {
        out.push({
          sql: `delete from ${table} where ${q(keyColumns[0]!.name)} in (?)`,
          params: [chunk.map((k) => k[0])],
        });
      } else {
        const match = `(${keyColumns.map((k) => `${q(k.name)} = ?`).join(' and ')})`;
        out.push({
          sql: `delete from ${table} where ${chunk.map(() => match).join(' or ')}`,
          params: chunk.flat(),
        });
      }
    }
    for (const [mask, rows] of upserts) {
      const indexes = maskColumns(mask, route.columns.length);
      const columns = indexes.map((i) => route.columns[i]!.target);
      const sql = this.#upsertSql(table, columns, route.target.primaryKey);
      const encoded = rows.map((values) =>
        indexes.map((i) => mysqlValue(values[i], route.columns[i]!.target.hint)),
      );
      for (const chunk of chunks(encoded)) out.push({ sql, params: [chunk] });
    }
  }

  /**
   * A row whose key changed, copied from its old row in the target with the values it carries:
   * the columns it lacks (unchanged TOASTed) keep the old row's. Runs before the deletes; the
   * batch's upsert of the same row follows (and inserts it, should the old row be missing).
   */
  #move(
    table: string,
    route: TableChanges['route'],
    move: { values: unknown[]; from: unknown[] },
  ): Statement {
    const columns = route.columns.map((c) => c.target);
    const params: unknown[] = [];
    const values = columns.map((col, i) => {
      const v = move.values[i];
      if (v === undefined || v === UNAVAILABLE) return `o.${q(col.name)}`;
      params.push(mysqlValue(v, col.hint));
      return '?';
    });
    const match = route.keyIndex.map((i, k) => {
      params.push(mysqlValue(move.from[k], columns[i]!.hint));
      return `o.${q(columns[i]!.name)} = ?`;
    });
    const keys = new Set(route.target.primaryKey);
    const updates = columns
      .filter((c) => !keys.has(c.name))
      .map((c) => `${q(c.name)} = values(${q(c.name)})`);
    const set = updates.length
      ? updates.join(', ')
      : `${q(route.target.primaryKey[0]!)} = ${q(route.target.primaryKey[0]!)}`;
    return {
      sql: `insert into ${table} (${columns.map((c) => q(c.name)).join(', ')}) select ${values.join(', ')} from ${table} as o where ${match.join(' and ')} on duplicate key update ${set}`,
      params,
    };
  }

  #upsertSql(table: string, columns: TargetColumn[], primaryKey: string[]): string {
    const keys = new Set(primaryKey);
    const updates = columns
      .filter((c) => !keys.has(c.name))
      .map((c) => `${q(c.name)} = values(${q(c.name)})`);
    // With only key columns there is nothing to update: a no-op assignment keeps the statement an upsert.
    const set = updates.length ? updates.join(', ') : `${q(primaryKey[0]!)} = ${q(primaryKey[0]!)}`;
    return `insert into ${table} (${columns.map((c) => q(c.name)).join(', ')}) values ? on duplicate key update ${set}`;
  }
}
