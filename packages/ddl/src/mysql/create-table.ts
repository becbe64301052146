import { quoteIdent, quoteQualified } from '@seam/core/sql';
import type { PlannedColumn } from '../create-table.js';
import { derivedName, foreignKeyName } from '../derived-name.js';
import type { DdlEngine } from '../engine.js';
import type { MappedTable } from '../table-mapping.js';
import { MYSQL_TABLE_CHARSET, type MysqlFlavor, mysqlTableCollation } from './column-type.js';

const q = (name: string) => quoteIdent('mysql', name);
const list = (names: string[]) => names.map(q).join(', ');

function columnSql(c: PlannedColumn): string {
  let sql = `${q(c.name)} ${c.type.sql}`;
  sql += c.nullable ? ' NULL' : ' NOT NULL';
  if (c.type.identity) sql += ` ${c.type.identity}`;
  // A MySQL/MariaDB source's ON UPDATE CURRENT_TIMESTAMP, at the precision of the column it is on.
  const time = /^(?:timestamp|datetime)(\(\d\))?$/i.exec(c.type.sql);
  if (c.onUpdate && time && /^current_timestamp\b/i.test(c.onUpdate))
    sql += ` ON UPDATE CURRENT_TIMESTAMP${time[1] ?? ''}`;
  return sql;
}

/** Key names are per table in MySQL: keep the source's, unless two collide or one is PRIMARY. */
function keyNames(table: MappedTable): string[] {
  const used = new Set<string>(['primary']);
  return [...table.uniques, ...table.indexes].map((k) => {
    let name = k.source;
    if (!name || used.has(name.toLowerCase()) || [...name].length > 64) {
      name = derivedName('mysql', [...k.columns, 'key']);
      for (let i = 2; used.has(name.toLowerCase()); i++)
        name = derivedName('mysql', [...k.columns, `key${i}`]);
    }
    used.add(name.toLowerCase());
    return name;
  });
}

export const mysqlDdl: Pick<DdlEngine, 'createTable' | 'addColumns' | 'foreignKeyColumnType'> = {
  createTable(table: MappedTable, columns: PlannedColumn[], ifNotExists: boolean, flavor?: MysqlFlavor) {
    const name = quoteQualified('mysql', table.schema, table.name);
    const body = columns.map(columnSql);
    if (table.primaryKey.length) body.push(`PRIMARY KEY (${list(table.primaryKey)})`);
    const names = keyNames(table);
    for (const [i, u] of table.uniques.entries())
      body.push(`UNIQUE KEY ${q(names[i]!)} (${list(u.columns)})`);
    for (const [i, k] of table.indexes.entries()) {
      body.push(`KEY ${q(names[table.uniques.length + i]!)} (${list(k.columns)})`);
    }
    const exists = ifNotExists ? 'IF NOT EXISTS ' : '';
    const statements = [
      `CREATE TABLE ${exists}${name} (\n  ${body.join(',\n  ')}\n) ENGINE=InnoDB DEFAULT CHARSET=${MYSQL_TABLE_CHARSET} COLLATE=${mysqlTableCollation(flavor)}`,
    ];
    // Foreign-key names are unique per database in MySQL: prefix them with the table.
    const foreignKeyStatements = table.foreignKeys.map(
      (fk) =>
        `ALTER TABLE ${name} ADD CONSTRAINT ${q(foreignKeyName('mysql', table.name, fk.source))} FOREIGN KEY (${list(fk.columns)}) REFERENCES ${quoteQualified('mysql', fk.target.schema, fk.target.name)} (${list(fk.target.columns)}) ON DELETE ${fk.onDelete} ON UPDATE ${fk.onUpdate}`,
    );
    return { statements, foreignKeyStatements };
  },

  // InnoDB wants a foreign key's integer columns of the referenced width and signedness. Every
  // value the column holds references one of the parent's, so the parent's type holds it too.
  foreignKeyColumnType(column, referenced) {
    if (column.kind !== 'integer' || referenced.kind !== 'integer') return undefined;
    if (column.bytes === referenced.bytes && !!column.unsigned === !!referenced.unsigned) return undefined;
    const { unsigned: _, ...own } = column;
    return { ...own, bytes: referenced.bytes, ...(referenced.unsigned ? { unsigned: true } : {}) };
  },

  addColumns(table: MappedTable, columns: PlannedColumn[], ifNotExists: boolean) {
    const name = quoteQualified('mysql', table.schema, table.name);
    // MariaDB knows ADD COLUMN IF NOT EXISTS; MySQL 8 does not, so it is only written when asked for.
    const exists = ifNotExists ? 'IF NOT EXISTS ' : '';
    return columns.map((c) => `ALTER TABLE ${name} ADD COLUMN ${exists}${columnSql(c)}`);
  },
};
