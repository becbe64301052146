import {
  type ColumnSnapshot,
  type Dialect,
  keyOfTable,
  type SchemaSnapshot,
  type TableKey,
  type TableSnapshot,
  tableKey,
} from '@seam/core';
import { quoteIdent, quoteLiteral } from '@seam/core/sql';
import { engineFor } from '../engine.js';

/**
 * Rows for every table of a snapshot, so that a schema without data (the bundled sample) has
 * something to capture, replicate and verify: parents before children, foreign keys pointing at
 * rows that exist, unique values unique, every logical type given a value of its kind.
 */
type Row = Record<string, unknown>;

function text(i: number, length: number | undefined, name: string): string {
  if (length !== undefined && length < 8) {
    // Short codes (char(2) country codes, char(3) currencies): base 36, unique while they fit.
    return i.toString(36).padStart(length, 'a').slice(-length);
  }
  const value = `${i}_${name}`;
  return length ? value.slice(0, length) : `${value} ✓ "quoted" 'single'`;
}

function value(c: ColumnSnapshot, i: number, dialect: Dialect): unknown {
  const t = c.type;
  switch (t.kind) {
    case 'boolean':
      return engineFor(dialect).sampleBoolean(i);
    case 'integer':
      return i + 1;
    case 'decimal': {
      const scale = t.scale ?? 2;
      const whole = (i * 7) % 10 ** Math.min(6, (t.precision ?? 12) - scale);
      return scale ? `${whole}.${String(i % 10 ** scale).padStart(scale, '0')}` : String(whole);
    }
    case 'float':
      return i / 4;
    case 'text':
      return text(i, t.length, c.name);
    case 'date':
      return `2024-01-${String((i % 28) + 1).padStart(2, '0')}`;
    case 'timestamp':
      return `2024-02-${String((i % 28) + 1).padStart(2, '0')} 12:34:56.${String(i).padStart(6, '0').slice(-6)}`;
    case 'time':
      return `12:${String(i % 60).padStart(2, '0')}:00`;
    case 'json':
      return JSON.stringify({ i, tags: ['a', 'b'], nested: { ok: true } });
    case 'uuid':
      return `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    case 'enum':
      return t.values[i % t.values.length];
    default:
      return String(i);
  }
}

/** Tables ordered so that each comes after the parents its NOT NULL foreign keys need. */
function order(tables: TableSnapshot[]): TableSnapshot[] {
  const byKey = new Map(tables.map((t) => [keyOfTable(t), t]));
  const done = new Set<TableKey>();
  const out: TableSnapshot[] = [];
  const visit = (t: TableSnapshot, path: Set<TableKey>) => {
    const key = keyOfTable(t);
    if (done.has(key) || path.has(key)) return;
    path.add(key);
    for (const fk of t.foreignKeys) {
      const required = fk.columns.some((c) => !t.columns.find((x) => x.name === c)?.nullable);
      const parent = byKey.get(tableKey(fk.referencedSchema, fk.referencedTable));
      if (required && parent) visit(parent, path);
    }
    path.delete(key);
    done.add(key);
    out.push(t);
  };
  for (const t of tables) visit(t, new Set());
  return out;
}

export interface FilledTable {
  table: TableSnapshot;
  rows: Row[];
}

/** Plans `count` rows per table (values only; `insertRows` writes them). */
export function planRows(snapshot: SchemaSnapshot, count: number, dialect: Dialect): FilledTable[] {
  const filled = new Map<TableKey, Row[]>();
  const out: FilledTable[] = [];
  for (const table of order(snapshot.tables)) {
    const rows: Row[] = [];
    for (let i = 0; i < count; i++) {
      const row: Row = {};
      for (const c of table.columns) {
        if (c.generated) continue;
        row[c.name] = value(c, i, dialect);
      }
      // Foreign keys: the parent's row number chosen per key in mixed radix, so composite keys made
      // of references (junction tables) stay unique; a parent with no rows yet leaves it NULL.
      let radix = 1;
      const keyColumns = new Set([...table.primaryKey, ...table.uniques.flatMap((u) => u.columns)]);
      for (const fk of table.foreignKeys) {
        const parentRows = filled.get(tableKey(fk.referencedSchema, fk.referencedTable));
        const self = tableKey(fk.referencedSchema, fk.referencedTable) === keyOfTable(table);
        if (!parentRows?.length || self) {
          for (const c of fk.columns) row[c] = null;
          continue;
        }
        const inKey = fk.columns.every((c) => keyColumns.has(c));
        const parent = parentRows[Math.floor(i / (inKey ? radix : 1)) % parentRows.length]!;
        if (inKey) radix *= parentRows.length;
        fk.columns.forEach((c, k) => {
          row[c] = parent[fk.referencedColumns[k]!];
        });
      }
      rows.push(row);
    }
    filled.set(keyOfTable(table), rows);
    out.push({ table, rows });
  }
  return out;
}

function literal(dialect: Dialect, v: unknown): string {
  if (v === null || v === undefined) return 'NULL';
  if (typeof v === 'boolean') return engineFor(dialect).booleanLiteral(v);
  if (typeof v === 'number') return String(v);
  return quoteLiteral(dialect, String(v));
}

/**
 * Rehearsal rows for a schema that has none (the bundled sample): `rows` per table as INSERT
 * statements, parents first, for the engine the schema was loaded into. Table names are written
 * unqualified: run the file in the monolith's database (and, on PostgreSQL, its schema).
 */
export function sampleRowsSql(snapshot: SchemaSnapshot, dialect: Dialect, rows = 20): string {
  const out: string[] = [];
  for (const { table, rows: values } of planRows(snapshot, rows, dialect)) {
    if (!values.length) continue;
    const columns = Object.keys(values[0]!);
    out.push(
      `INSERT INTO ${quoteIdent(dialect, table.name)} (${columns.map((c) => quoteIdent(dialect, c)).join(', ')}) VALUES\n${values
        .map((row) => `  (${columns.map((c) => literal(dialect, row[c])).join(', ')})`)
        .join(',\n')};`,
    );
  }
  return `${out.join('\n\n')}\n`;
}
