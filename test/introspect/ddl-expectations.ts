import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadModule, parseSync } from 'libpg-query';

await loadModule();

export const SAMPLE = fileURLToPath(new URL('../../samples/monolith/', import.meta.url));

export interface ExpectedFk {
  table: string;
  columns: string[];
  referencedTable: string;
  referencedColumns: string[];
  onDelete: string;
}

const ACTIONS: Record<string, string> = {
  a: 'NO ACTION',
  r: 'RESTRICT',
  c: 'CASCADE',
  n: 'SET NULL',
  d: 'SET DEFAULT',
};
const names = (list: unknown): string[] =>
  ((list as Array<{ String: { sval: string } }>) ?? []).map((n) => n.String.sval);

/**
 * What the sample's PostgreSQL DDL declares, read with the real PostgreSQL parser, so that the
 * introspected catalogs can be compared with the source text rather than with themselves.
 */
export function expectationsFromDdl(): {
  tables: Map<string, { columns: string[]; primaryKey: string[] }>;
  fks: ExpectedFk[];
} {
  const ddl = readFileSync(`${SAMPLE}schema.postgres.sql`, 'utf8');
  const tables = new Map<string, { columns: string[]; primaryKey: string[] }>();
  const fks: ExpectedFk[] = [];
  for (const { stmt } of parseSync(ddl).stmts as unknown as Array<{
    stmt: Record<string, Record<string, unknown>>;
  }>) {
    const create = stmt.CreateStmt;
    if (create) {
      const elements = create.tableElts as Array<Record<string, Record<string, unknown>>>;
      tables.set(String((create.relation as { relname: string }).relname), {
        columns: elements.filter((e) => e.ColumnDef).map((e) => String(e.ColumnDef!.colname)),
        primaryKey: names(elements.find((e) => e.Constraint?.contype === 'CONSTR_PRIMARY')?.Constraint?.keys),
      });
    }
    const alter = stmt.AlterTableStmt;
    for (const cmd of (alter?.cmds as Array<{
      AlterTableCmd: { def?: { Constraint?: Record<string, unknown> } };
    }>) ?? []) {
      const c = cmd.AlterTableCmd.def?.Constraint;
      if (c?.contype !== 'CONSTR_FOREIGN') continue;
      fks.push({
        table: String((alter!.relation as { relname: string }).relname),
        columns: names(c.fk_attrs),
        referencedTable: String((c.pktable as { relname: string }).relname),
        referencedColumns: names(c.pk_attrs),
        onDelete: ACTIONS[String(c.fk_del_action)] ?? 'NO ACTION',
      });
    }
  }
  return { tables, fks };
}

/** One line per foreign key; `loose` treats RESTRICT as NO ACTION (MariaDB reports RESTRICT for both). */
export const fkKey = (f: ExpectedFk, loose = false) =>
  `${f.table}(${f.columns.join(',')})->${f.referencedTable}(${f.referencedColumns.join(',')}) ${loose && f.onDelete === 'RESTRICT' ? 'NO ACTION' : f.onDelete}`;
