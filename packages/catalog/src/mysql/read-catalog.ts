import { type SchemaObject, SeamError, type TableSnapshot, tableKey, type ViewSnapshot } from '@seam/core';
import type { CatalogDb } from '../catalog-db.js';
import type { CatalogRead, ReadCatalogOptions } from '../catalog-read.js';
import { fkAction } from '../fk-action.js';
import { tablesNamedIn } from '../routine-tables.js';
import {
  CHECKS_MARIADB,
  CHECKS_MYSQL,
  COLUMNS,
  FK_RULES,
  INDEXES,
  KEY_COLUMNS,
  ROUTINES,
  SCHEMAS,
  SERVER,
  SYSTEM_SCHEMAS,
  TABLE_CONSTRAINTS,
  TABLES,
  TRIGGERS,
  VIEWS,
} from './catalog-queries.js';
import { mysqlLogicalType } from './logical-type.js';

type Row = Record<string, unknown>;
const str = (v: unknown) => (v === null || v === undefined ? null : String(v));

/** The key of a table (or, nested, of a constraint) in the maps below. */
export const mysqlTableId = (schema: unknown, table: unknown) => `${schema}\u0000${table}`;
const key = mysqlTableId;

/**
 * Reads the catalog of a MySQL or MariaDB server over information_schema, a fixed number of
 * queries whatever the number of tables. Tables' `stats` are null (counters are statistics).
 */
export async function readMysqlCatalog(
  db: CatalogDb,
  options: ReadCatalogOptions = {},
): Promise<CatalogRead> {
  const progress = options.progress ?? (() => {});
  const server = (
    await db.query<{ version: string; comment: string | null; current_db: string | null }>(SERVER)
  )[0]!;
  const flavor: 'mariadb' | 'mysql' = /mariadb/i.test(`${server.version} ${server.comment ?? ''}`)
    ? 'mariadb'
    : 'mysql';
  const available = (await db.query<{ name: string }>(SCHEMAS)).map((r) => String(r.name));
  let schemas: string[];
  if (options.schemas?.length) {
    schemas = [...new Set(options.schemas)];
  } else if (server.current_db) {
    schemas = [server.current_db];
  } else {
    schemas = available.filter((s) => !SYSTEM_SCHEMAS.includes(s.toLowerCase()));
  }
  const missing = schemas.filter((s) => !available.includes(s));
  if (missing.length) {
    throw new SeamError(
      'SEAM_SCHEMA_NOT_FOUND',
      `Database ${missing.map((s) => JSON.stringify(s)).join(', ')} not found or not visible to this user (visible: ${available.map((s) => JSON.stringify(s)).join(', ') || 'none'}).`,
      { details: { missing } },
    );
  }
  const engine = { dialect: 'mysql' as const, flavor, version: server.version };
  const database = server.current_db ?? schemas[0] ?? '';
  if (schemas.length === 0) return { engine, database, schemas, tables: [], views: [], objects: [] };
  progress({ phase: 'tables', done: 0, message: `reading tables of ${schemas.length} database(s)` });
  const tableRows = await db.query<Row>(TABLES, [schemas]);
  progress({
    phase: 'tables',
    done: tableRows.length,
    total: tableRows.length,
    message: `${tableRows.length} tables`,
  });
  const columnRows = await db.query<Row>(COLUMNS, [schemas]);
  progress({ phase: 'columns', done: columnRows.length, message: `${columnRows.length} columns` });
  const indexRows = await db.query<Row>(INDEXES, [schemas]);
  progress({ phase: 'indexes', done: indexRows.length, message: `${indexRows.length} index columns` });
  const keyColumns = await db.query<Row>(KEY_COLUMNS, [schemas]);
  const types = new Map(
    (await db.query<Row>(TABLE_CONSTRAINTS, [schemas])).map((r) => [
      key(key(r.schema, r.table), r.name),
      String(r.type),
    ]),
  );
  const rules = new Map(
    (await db.query<Row>(FK_RULES, [schemas])).map((r) => [key(key(r.schema, r.table), r.name), r]),
  );
  progress({ phase: 'constraints', done: types.size, message: `${types.size} constraints` });
  const viewRows = await db.query<Row>(VIEWS, [schemas]);

  const tables = new Map<string, TableSnapshot>();
  const views: ViewSnapshot[] = [];
  const definitions = new Map(viewRows.map((v) => [key(v.schema, v.name), str(v.definition)]));
  for (const r of tableRows) {
    const type = String(r.type);
    if (type === 'VIEW' || type === 'SYSTEM VIEW') {
      views.push({
        schema: String(r.schema),
        name: String(r.name),
        definition: definitions.get(key(r.schema, r.name)) ?? null,
      });
      continue;
    }
    tables.set(key(r.schema, r.name), {
      schema: String(r.schema),
      name: String(r.name),
      columns: [],
      primaryKey: [],
      uniques: [],
      foreignKeys: [],
      indexes: [],
      rowEstimate: Number(r.row_estimate ?? 0),
      bytes: Number(r.bytes ?? 0),
      stats: null,
      ...(r.comment ? { comment: String(r.comment) } : {}),
      ...(String(r.options ?? '').includes('partitioned') ? { partitioned: true } : {}),
    });
  }
  for (const c of columnRows) {
    const table = tables.get(key(c.schema, c.table));
    if (!table) continue;
    let def = str(c.default_value);
    // MariaDB writes defaults as SQL expressions, with NULL for "no default".
    if (flavor === 'mariadb' && def === 'NULL') def = null;
    const extra = String(c.extra ?? '');
    const onUpdate = /\bon update (\S+)/i.exec(extra)?.[1];
    table.columns.push({
      name: String(c.name),
      nativeType: String(c.column_type),
      type: mysqlLogicalType(c as never),
      nullable: c.nullable === 'YES',
      default: def,
      ...(/VIRTUAL|STORED|PERSISTENT/i.test(extra) ? { generated: true } : {}),
      ...(onUpdate ? { onUpdate } : {}),
      ...(c.comment ? { comment: String(c.comment) } : {}),
    });
  }
  const indexes = new Map<
    string,
    { table: TableSnapshot; name: string; unique: boolean; method: string; columns: string[] }
  >();
  for (const i of indexRows) {
    const table = tables.get(key(i.schema, i.table));
    if (!table) continue;
    const k = key(key(i.schema, i.table), i.name);
    let index = indexes.get(k);
    if (!index) {
      index = {
        table,
        name: String(i.name),
        unique: Number(i.non_unique) === 0,
        method: String(i.method ?? ''),
        columns: [],
      };
      indexes.set(k, index);
    }
    index.columns.push(
      i.column === null ? '(expression)' : i.sub_part ? `${i.column}(${i.sub_part})` : String(i.column),
    );
  }
  for (const i of indexes.values()) {
    i.table.indexes.push({
      name: i.name,
      columns: i.columns,
      unique: i.unique,
      primary: i.name === 'PRIMARY',
      ...(i.method ? { method: i.method.toLowerCase() } : {}),
    });
  }
  const constraints = new Map<
    string,
    { table: TableSnapshot; row: Row; columns: string[]; referenced: string[] }
  >();
  for (const c of keyColumns) {
    const table = tables.get(key(c.schema, c.table));
    const type = types.get(key(key(c.schema, c.table), c.name));
    if (!table || !type) continue;
    const k = key(key(c.schema, c.table), c.name);
    let entry = constraints.get(k);
    if (!entry) {
      const rule = rules.get(k);
      entry = {
        table,
        row: { ...c, type, on_update: rule?.on_update, on_delete: rule?.on_delete },
        columns: [],
        referenced: [],
      };
      constraints.set(k, entry);
    }
    entry.columns.push(String(c.column));
    if (c.referenced_column !== null && c.referenced_column !== undefined)
      entry.referenced.push(String(c.referenced_column));
  }
  for (const { table, row, columns, referenced } of constraints.values()) {
    if (row.type === 'PRIMARY KEY') table.primaryKey = columns;
    else if (row.type === 'UNIQUE') table.uniques.push({ name: String(row.name), columns });
    else if (row.referenced_table) {
      table.foreignKeys.push({
        name: String(row.name),
        columns,
        referencedSchema: String(row.referenced_schema ?? table.schema),
        referencedTable: String(row.referenced_table),
        referencedColumns: referenced,
        onDelete: fkAction(str(row.on_delete)),
        onUpdate: fkAction(str(row.on_update)),
      });
    }
  }
  for (const t of tables.values()) {
    t.uniques.sort((a, b) => (a.name < b.name ? -1 : 1));
    t.foreignKeys.sort((a, b) => (a.name < b.name ? -1 : 1));
    t.indexes.sort((a, b) => (a.name < b.name ? -1 : 1));
  }
  const objects = await notCarriedObjects(db, schemas, flavor, tables, views);
  return { engine, database, schemas, tables: [...tables.values()], views, objects };
}

/**
 * Triggers, routines and views with the tables they read (MySQL keeps no view dependencies: its
 * stored definition names every table fully qualified, `db`.`table`), and each table's CHECKs.
 */
async function notCarriedObjects(
  db: CatalogDb,
  schemas: string[],
  flavor: string,
  tables: Map<string, TableSnapshot>,
  views: ViewSnapshot[],
): Promise<SchemaObject[]> {
  const objects: SchemaObject[] = [];
  const known = (schema: string, name: string) => tables.has(key(schema, name));
  for (const r of await db.query<Row>(TRIGGERS, [schemas]))
    objects.push({
      kind: 'trigger',
      schema: String(r.schema),
      name: String(r.name),
      tables: [tableKey(String(r.table_schema), String(r.table_name))],
      definition: str(r.definition),
    });
  for (const r of await db.query<Row>(ROUTINES, [schemas])) {
    const body = str(r.definition);
    objects.push({
      kind: String(r.type).toUpperCase() === 'PROCEDURE' ? 'procedure' : 'function',
      schema: String(r.schema),
      name: `${String(r.name)}()`,
      // The tables its body reads or writes (information_schema shows the body to its definer and
      // to whoever may read mysql.proc; to others it is NULL, and the routine names no table).
      tables: body ? tablesNamedIn(body, String(r.schema), known) : [],
      ...(body ? { definition: body } : {}),
    });
  }
  const unquote = (s: string) => s.replaceAll('``', '`');
  for (const v of views) {
    const read = new Set<string>();
    for (const m of (v.definition ?? '').matchAll(/`((?:[^`]|``)+)`\.`((?:[^`]|``)+)`/g)) {
      const [schema, name] = [unquote(m[1]!), unquote(m[2]!)];
      if (known(schema, name)) read.add(tableKey(schema, name));
    }
    objects.push({
      kind: 'view',
      schema: v.schema,
      name: v.name,
      tables: [...read].sort(),
      definition: v.definition ?? null,
    });
  }
  const checks = await db
    .query<Row>(flavor === 'mariadb' ? CHECKS_MARIADB : CHECKS_MYSQL, [schemas])
    .catch(() => [] as Row[]); // before MariaDB 10.2 / MySQL 8.0.16: no CHECK constraints
  for (const c of checks) {
    const table = tables.get(key(c.schema, c.table));
    if (!table) continue;
    table.checks ??= [];
    table.checks.push({ name: String(c.name), expression: String(c.clause) });
  }
  return objects;
}
