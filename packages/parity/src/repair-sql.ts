import type { Dialect } from '@seam/core';
import { quoteIdent, quoteQualified } from '@seam/core/sql';
import { engineFor } from './engine.js';
import { floatFromCanon } from './float-canon.js';
import type { TableMapping } from './mapping.js';
import type { RowDifference } from './report.js';
import type { CanonColumn, CanonRow } from './types.js';

/** A canonical value as a literal the target column accepts. */
export function literal(dialect: Dialect, col: CanonColumn, value: string | null): string {
  if (value === null) return 'NULL';
  const k = col.info.kind;
  const repair = engineFor(dialect).repair;
  if (k === 'binary') return repair.binary(value.replaceAll('-', ''));
  if (k === 'bit') return repair.bit(value);
  if (col.cls === 'float') return repair.literal(floatFromCanon(value));
  return repair.literal(value);
}

function header(dialect: Dialect): string {
  const tz = engineFor(dialect).repair.timeZone;
  return `-- Seam repair SQL: makes the target rows equal to the source rows verify compared.\n-- Review before running; values are in UTC.\n${tz}\n`;
}

/** Writes keyed upserts and deletes (multiset: plain inserts and limited deletes) for one target. */
export class RepairSql {
  private started = false;

  constructor(
    readonly dialect: Dialect,
    private readonly write: (text: string) => void,
  ) {}

  table(
    schema: string,
    name: string,
    mapping: TableMapping,
  ): (d: RowDifference, rows: { source?: CanonRow; target?: CanonRow }) => void {
    const d = this.dialect;
    const repair = engineFor(d).repair;
    if (!this.started) {
      this.write(header(d));
      this.started = true;
    }
    const table = quoteQualified(d, schema, name);
    const cols = mapping.columns.map((c) => c.pair.target);
    const names = mapping.columns.map((c) => quoteIdent(d, c.target));
    const keyed = mapping.key.length > 0;
    const keyNames = mapping.key.map((i) => names[i]!);
    // Columns carried but not compared are written too (from the source's text), so that an
    // inserted row is complete: strict mode refuses a NOT NULL column left out.
    const carriedNames = keyed ? mapping.carried.map((c) => quoteIdent(d, c.target)) : [];
    const nonKey = [...names.filter((_, i) => !mapping.key.includes(i)), ...carriedNames];
    this.write(`\n-- ${table}\n`);
    const values = (row: CanonRow) =>
      [
        ...row.values.map((v, i) => literal(d, cols[i]!, v)),
        ...carriedNames.map((_, i) => {
          const v = row.carried?.[i];
          return v === null || v === undefined ? 'NULL' : repair.literal(v);
        }),
      ].join(', ');
    const match = (row: CanonRow, indexes: number[]) =>
      indexes
        .map((i) => {
          const v = literal(d, cols[i]!, row.values[i] ?? null);
          if (v === 'NULL') return `${names[i]} IS NULL`;
          return `${names[i]} = ${v}`;
        })
        .join(' AND ');
    return (diff, rows) => {
      if (diff.kind === 'extra' && rows.target) {
        if (keyed) {
          this.write(`DELETE FROM ${table} WHERE ${match(rows.target, mapping.key)};\n`);
        } else {
          const all = cols.map((_, i) => i);
          const n = diff.count ?? 1;
          this.write(repair.deleteSome(table, match(rows.target, all), n));
        }
        return;
      }
      if (!rows.source) return;
      const insert = `INSERT INTO ${table} (${[...names, ...carriedNames].join(', ')}) VALUES (${values(rows.source)})`;
      if (!keyed) {
        for (let i = 0; i < (diff.count ?? 1); i++) this.write(`${insert};\n`);
        return;
      }
      if (nonKey.length === 0) {
        this.write(repair.insertIgnore(insert));
        return;
      }
      this.write(repair.upsert(insert, keyNames, nonKey));
    };
  }
}
