import { quoteIdent, quoteQualified } from '@seam/core/sql';
import { UNAVAILABLE } from '../../decode/unavailable.js';
import { type ChangeSet, maskColumns, splitRows, type TableChanges } from '../change-set.js';
import { EncodeError } from '../encode-error.js';
import { changedTables } from '../offsets-table.js';
import type { Statement, TargetColumn } from '../target.js';
import { pgText } from './encode.js';

const q = (name: string) => quoteIdent('postgres', name);

const NEEDS_ESCAPE = /["\\]/;

/**
 * One column of a batch as a text[] literal (`{"a","b",NULL}`), built here rather than by the driver:
 * the values are text already, and one string per column is about a fifth cheaper to send.
 */
function textArray<T>(rows: T[], text: (row: T) => string | null): string {
  const parts = new Array<string>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const v = text(rows[i]!);
    parts[i] = v === null ? 'NULL' : NEEDS_ESCAPE.test(v) ? `"${v.replace(/[\\"]/g, '\\$&')}"` : `"${v}"`;
  }
  return `{${parts.join(',')}}`;
}

/** A string literal, as PostgreSQL reads it whatever standard_conforming_strings says. */
export function pgLiteral(text: string): string {
  if (text.includes('\\')) return ` E'${text.replace(/['\\]/g, '$&$&')}'`;
  return `'${text.replace(/'/g, "''")}'`;
}

/** Where a statement template takes its arrays (no identifier can hold a NUL). */
const SLOT = '\u0000';

function fill(template: string, arrays: string[]): string {
  // Inside the query text a NUL would end it; as a value PostgreSQL refuses it anyway (a poison row).
  if (arrays.some((a) => a.includes('\u0000')))
    throw new EncodeError('PostgreSQL text cannot hold a NUL character');
  const parts = template.split(SLOT);
  let sql = parts[0]!;
  for (let i = 0; i < arrays.length; i++) sql += `${dollarQuoted(arrays[i]!)}${parts[i + 1]!}`;
  return sql;
}

const TAG = '$seam$';

/**
 * A dollar-quoted literal: the text as it is, nothing to escape (one scan instead of a copy).
 * Text holding the tag, or ending in `$seam` (which the closing tag would complete early), takes
 * the escaped form.
 */
export function dollarQuoted(text: string): string {
  return text.includes(TAG) || text.endsWith(TAG.slice(0, -1)) ? pgLiteral(text) : `${TAG}${text}${TAG}`;
}

/**
 * Turns net changes into PostgreSQL statements (pure; the decode thread runs it too): per table one
 * TRUNCATE (if the batch holds one), one DELETE joined to unnest() of the keys, and one
 * INSERT … SELECT FROM unnest() … ON CONFLICT DO UPDATE per combination of columns present
 * (unchanged TOASTed columns are left out, so the target keeps them). Each column travels as one
 * text[] literal, cast to the column's base type, inside the statement: a batch is then one
 * message to the server (see PostgresWriter.apply), and no parameter is left to bind.
 */
export class PostgresStatements {
  readonly #sql = new Map<string, string>();

  encode(changes: ChangeSet): Statement[] {
    const out: Statement[] = [];
    for (const table of changedTables(changes.tables.values())) this.#encodeTable(table, out);
    return out;
  }

  #encodeTable(changes: TableChanges, out: Statement[]): void {
    const { route } = changes;
    const table = quoteQualified('postgres', route.target.schema, route.target.name);
    if (changes.truncate) out.push({ sql: `truncate table ${table}`, params: [] });
    const keyColumns = route.keyIndex.map((i) => route.columns[i]!.target);
    const { moves, deletes, upserts } = splitRows(changes);
    for (const move of moves) out.push({ sql: this.#moveSql(table, route, move), params: [] });
    if (deletes.length) {
      const arrays = keyColumns.map((col, k) => textArray(deletes, (key) => pgText(key[k], col.hint)));
      out.push({ sql: fill(this.#deleteSql(table, keyColumns), arrays), params: [] });
    }
    for (const [mask, rows] of upserts) {
      const indexes = maskColumns(mask, route.columns.length);
      const columns = indexes.map((i) => route.columns[i]!.target);
      const arrays = indexes.map((i) => {
        const hint = route.columns[i]!.target.hint;
        return textArray(rows, (values) => pgText(values[i], hint));
      });
      out.push({ sql: fill(this.#upsertSql(table, columns, route.target.primaryKey), arrays), params: [] });
    }
  }

  /**
   * A row whose key changed, copied from its old row in the target with the values it carries:
   * the columns it lacks (unchanged TOASTed) keep the old row's. Runs before the deletes; the
   * batch's upsert of the same row follows (and inserts it, should the old row be missing).
   */
  #moveSql(
    table: string,
    route: TableChanges['route'],
    move: { values: unknown[]; from: unknown[] },
  ): string {
    const literal = (v: unknown, col: TargetColumn) => {
      const text = pgText(v, col.hint);
      if (text?.includes('\u0000')) throw new EncodeError('PostgreSQL text cannot hold a NUL character');
      return text === null ? `null::${col.baseType}` : `${dollarQuoted(text)}::${col.baseType}`;
    };
    const columns = route.columns.map((c) => c.target);
    const values = columns.map((col, i) => {
      const v = move.values[i];
      return v === undefined || v === UNAVAILABLE ? `o.${q(col.name)}` : literal(v, col);
    });
    const match = route.keyIndex
      .map((i, k) => `o.${q(columns[i]!.name)} = ${literal(move.from[k], columns[i]!)}`)
      .join(' and ');
    const keys = new Set(route.target.primaryKey);
    const updates = columns
      .filter((c) => !keys.has(c.name))
      .map((c) => `${q(c.name)} = excluded.${q(c.name)}`);
    const conflict = updates.length ? `do update set ${updates.join(', ')}` : 'do nothing';
    return `insert into ${table} (${columns.map((c) => q(c.name)).join(', ')}) select ${values.join(', ')} from ${table} as o where ${match} on conflict (${route.target.primaryKey.map(q).join(', ')}) ${conflict}`;
  }

  #deleteSql(table: string, keys: TargetColumn[]): string {
    const id = `d\u0000${table}\u0000${keys.map((k) => k.name).join('\u0000')}`;
    let sql = this.#sql.get(id);
    if (!sql) {
      const arrays = keys.map(() => `${SLOT}::text[]`).join(', ');
      const aliases = keys.map((_, i) => `k${i}`).join(', ');
      const match = keys.map((k, i) => `t.${q(k.name)} = u.k${i}::${k.baseType}`).join(' and ');
      sql = `delete from ${table} as t using unnest(${arrays}) as u(${aliases}) where ${match}`;
      this.#sql.set(id, sql);
    }
    return sql;
  }

  #upsertSql(table: string, columns: TargetColumn[], primaryKey: string[]): string {
    const id = `u\u0000${table}\u0000${columns.map((k) => k.name).join('\u0000')}`;
    let sql = this.#sql.get(id);
    if (!sql) {
      const names = columns.map((c) => q(c.name)).join(', ');
      const arrays = columns.map(() => `${SLOT}::text[]`).join(', ');
      const aliases = columns.map((_, i) => `c${i}`).join(', ');
      const casts = columns.map((c, i) => `u.c${i}::${c.baseType}`).join(', ');
      const keys = new Set(primaryKey);
      const updates = columns
        .filter((c) => !keys.has(c.name))
        .map((c) => `${q(c.name)} = excluded.${q(c.name)}`);
      const conflict = updates.length ? `do update set ${updates.join(', ')}` : 'do nothing';
      sql = `insert into ${table} (${names}) select ${casts} from unnest(${arrays}) as u(${aliases}) on conflict (${primaryKey.map(q).join(', ')}) ${conflict}`;
      this.#sql.set(id, sql);
    }
    return sql;
  }
}
