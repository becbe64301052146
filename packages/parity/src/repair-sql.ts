import type { Dialect } from '@seam/core';
import { quoteIdent, quoteLiteral, quoteQualified } from '@seam/core/sql';
import { floatFromCanon } from './float-canon.js';
import type { TableMapping } from './mapping.js';
import type { RowDifference } from './report.js';
import type { CanonColumn, CanonRow } from './types.js';

/** A canonical value as a literal the target column accepts. */
export function literal(dialect: Dialect, col: CanonColumn, value: string | null): string {
  if (value === null) return 'NULL';
  const k = col.info.kind;
  if (k === 'binary') {
    const hex = value.replaceAll('-', '');
    return dialect === 'postgres' ? `'\\x${hex}'` : `X'${hex}'`;
  }
  if (k === 'bit' && dialect === 'mysql') return `b'${value}'`;
  if (col.cls === 'float') return quoteLiteral(dialect, floatFromCanon(value));
  return quoteLiteral(dialect, value);
}

function header(dialect: Dialect): string {
  const tz = dialect === 'postgres' ? "SET TIME ZONE 'UTC';" : "SET time_zone = '+00:00';";
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
          return v === null || v === undefined ? 'NULL' : quoteLiteral(d, v);
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
          this.write(
            d === 'postgres'
              ? `DELETE FROM ${table} WHERE ctid IN (SELECT ctid FROM ${table} WHERE ${match(rows.target, all)} LIMIT ${n});\n`
              : `DELETE FROM ${table} WHERE ${match(rows.target, all)} LIMIT ${n};\n`,
          );
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
        this.write(
          d === 'postgres' ? `${insert} ON CONFLICT DO NOTHING;\n` : `INSERT IGNORE${insert.slice(6)};\n`,
        );
        return;
      }
      this.write(
        d === 'postgres'
          ? `${insert} ON CONFLICT (${keyNames.join(', ')}) DO UPDATE SET ${nonKey.map((n) => `${n} = EXCLUDED.${n}`).join(', ')};\n`
          : `${insert} ON DUPLICATE KEY UPDATE ${nonKey.map((n) => `${n} = VALUES(${n})`).join(', ')};\n`,
      );
    };
  }
}
