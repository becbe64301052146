import { type Dialect, quoteIdent, quoteQualified } from '@seam/core/sql';
import type { TargetTable } from './target.js';

/**
 * Statements that touch no row but need INSERT, UPDATE and DELETE on the table: run in a
 * transaction that is rolled back, they fail with a permission error before anything is applied.
 */
export function writableProbes(dialect: Dialect, table: TargetTable): string[] {
  const t = quoteQualified(dialect, table.schema, table.name);
  const key = quoteIdent(dialect, table.primaryKey[0] ?? table.columns[0]!.name);
  const cols = table.columns.map((c) => quoteIdent(dialect, c.name)).join(', ');
  return [
    `insert into ${t} (${cols}) select ${cols} from ${t} where false`,
    `update ${t} set ${key} = ${key} where false`,
    `delete from ${t} where false`,
  ];
}
