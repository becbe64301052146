import { quoteIdent, quoteLiteral, quoteQualified } from '@seam/core/sql';
import type { PlannedColumn } from '../create-table.js';
import { derivedName, foreignKeyName } from '../derived-name.js';
import type { DdlEngine } from '../engine.js';
import type { MappedTable } from '../table-mapping.js';

const q = (name: string) => quoteIdent('postgres', name);
const list = (names: string[]) => names.map(q).join(', ');

function columnSql(c: PlannedColumn): string {
  let sql = `${q(c.name)} ${c.type.sql}`;
  if (!c.nullable) sql += ' NOT NULL';
  if (c.type.identity) sql += ` ${c.type.identity}`;
  if (c.type.allowed?.length) {
    sql += ` CHECK (${q(c.name)} IN (${c.type.allowed.map((v) => quoteLiteral('postgres', v)).join(', ')}))`;
  }
  return sql;
}

export const postgresDdl: Pick<DdlEngine, 'createTable' | 'addColumns' | 'foreignKeyColumnType'> = {
  createTable(table: MappedTable, columns: PlannedColumn[], ifNotExists: boolean) {
    const name = quoteQualified('postgres', table.schema, table.name);
    const body = columns.map(columnSql);
    if (table.primaryKey.length) body.push(`PRIMARY KEY (${list(table.primaryKey)})`);
    for (const u of table.uniques) body.push(`UNIQUE (${list(u.columns)})`);
    const exists = ifNotExists ? 'IF NOT EXISTS ' : '';
    const statements = [`CREATE TABLE ${exists}${name} (\n  ${body.join(',\n  ')}\n)`];
    // Index names are unique per schema: derive them from the target table, as PostgreSQL itself does.
    for (const index of table.indexes) {
      const indexName = derivedName('postgres', [table.name, ...index.columns, 'idx']);
      statements.push(`CREATE INDEX ${exists}${q(indexName)} ON ${name} (${list(index.columns)})`);
    }
    const foreignKeyStatements = table.foreignKeys.map(
      (fk) =>
        `ALTER TABLE ${name} ADD CONSTRAINT ${q(foreignKeyName('postgres', table.name, fk.source))} FOREIGN KEY (${list(fk.columns)}) REFERENCES ${quoteQualified('postgres', fk.target.schema, fk.target.name)} (${list(fk.target.columns)}) ON DELETE ${fk.onDelete} ON UPDATE ${fk.onUpdate}`,
    );
    return { statements, foreignKeyStatements };
  },

  // PostgreSQL compares a foreign key's integers of any width: each column keeps its own type.
  foreignKeyColumnType: () => undefined,

  addColumns(table: MappedTable, columns: PlannedColumn[], ifNotExists: boolean) {
    const name = quoteQualified('postgres', table.schema, table.name);
    const exists = ifNotExists ? 'IF NOT EXISTS ' : '';
    return columns.map((c) => `ALTER TABLE ${name} ADD COLUMN ${exists}${columnSql(c)}`);
  },
};
