import { type SchemaObject, SeamError, type TableSnapshot, tableKey, type ViewSnapshot } from '@seam/core';
import { quotePgIdent } from '@seam/core/sql';
import type { CatalogDb } from '../catalog-db.js';
import type { CatalogRead, ReadCatalogOptions } from '../catalog-read.js';
import { fkAction } from '../fk-action.js';
import { tablesNamedIn } from '../routine-tables.js';
import {
  CHECKS,
  COLUMNS,
  CONSTRAINTS,
  INDEXES,
  OBJECTS,
  RELATIONS,
  SCHEMAS,
  SERVER,
} from './catalog-queries.js';
import { pgLogicalType } from './logical-type.js';

interface RelationRow {
  oid: string;
  schema: string;
  name: string;
  kind: string;
  row_estimate: number;
  bytes: number;
  replica_identity: string;
  comment: string | null;
  definition: string | null;
  children: Array<{ schema: string; name: string; partition: boolean }> | null;
}

interface ColumnRow {
  table_oid: string;
  name: string;
  native_type: string;
  base_type: string;
  not_null: boolean;
  default_expr: string | null;
  identity: string;
  generated: string;
  comment: string | null;
  enum_name: string | null;
  enum_values: string[] | null;
}

interface ConstraintRow {
  table_oid: string;
  name: string;
  type: 'p' | 'u' | 'f';
  columns: string[];
  referenced_schema: string | null;
  referenced_table: string | null;
  referenced_columns: string[];
  on_delete: string;
  on_update: string;
}

interface IndexRow {
  table_oid: string;
  name: string;
  is_unique: boolean;
  is_primary: boolean;
  method: string;
  columns: string[];
  predicate: string | null;
}

interface CheckRow {
  table_oid: string;
  name: string;
  definition: string;
  column_name: string | null;
  domain: string | null;
}

interface ObjectRow {
  kind: SchemaObject['kind'];
  schema: string;
  name: string;
  table_schemas: string[];
  table_names: string[];
  definition: string | null;
}

/** `CHECK ((a > 0)) NOT VALID` → `(a > 0)`; a domain's VALUE becomes the column. */
function checkExpression(definition: string, column: string | null): string {
  const expression = definition
    .replace(/^CHECK\s*/i, '')
    .replace(/\s+NOT VALID$/i, '')
    .trim();
  return column ? expression.replace(/\bVALUE\b/g, quotePgIdent(column)) : expression;
}

const REPLICA_IDENTITY = { d: 'default', f: 'full', i: 'index', n: 'nothing' } as const;

/**
 * Reads a PostgreSQL catalog with seven queries, whatever the number of tables: tables with their
 * columns, keys, indexes and checks, views, and what generate does not carry. Works on a
 * node-postgres client or pool and on PGlite. Tables' `stats` are null (counters are statistics).
 */
export async function readPgCatalog(db: CatalogDb, options: ReadCatalogOptions = {}): Promise<CatalogRead> {
  const progress = options.progress ?? (() => {});
  const server = (await db.query<{ version: string; database: string }>(SERVER))[0]!;
  const available = (await db.query<{ name: string }>(SCHEMAS)).map((r) => r.name);
  let schemas = [...available];
  if (options.schemas?.length) {
    const missing = options.schemas.filter((s) => !available.includes(s));
    if (missing.length) {
      throw new SeamError(
        'SEAM_SCHEMA_NOT_FOUND',
        `Schema ${missing.map((s) => JSON.stringify(s)).join(', ')} not found in database ${JSON.stringify(server.database)} (it has: ${available.map((s) => JSON.stringify(s)).join(', ') || 'none'}).`,
        { details: { missing } },
      );
    }
    schemas = [...new Set(options.schemas)];
  }
  progress({ phase: 'tables', done: 0, message: `reading tables of ${schemas.length} schema(s)` });
  const relations = await db.query<RelationRow>(RELATIONS, [schemas]);
  const tableRows = relations.filter((r) => r.kind === 'r' || r.kind === 'p' || r.kind === 'f');
  progress({
    phase: 'tables',
    done: tableRows.length,
    total: tableRows.length,
    message: `${tableRows.length} tables`,
  });
  const columns = await db.query<ColumnRow>(COLUMNS, [schemas]);
  progress({ phase: 'columns', done: columns.length, message: `${columns.length} columns` });
  const constraints = await db.query<ConstraintRow>(CONSTRAINTS, [schemas]);
  progress({ phase: 'constraints', done: constraints.length, message: `${constraints.length} constraints` });
  const indexes = await db.query<IndexRow>(INDEXES, [schemas]);
  progress({ phase: 'indexes', done: indexes.length, message: `${indexes.length} indexes` });
  const checks = await db.query<CheckRow>(CHECKS, [schemas]);
  const objectRows = await db.query<ObjectRow>(OBJECTS, [schemas]);
  progress({
    phase: 'objects',
    done: objectRows.length,
    message: `${objectRows.length} triggers, views, functions, rules`,
  });

  const tables = new Map<string, TableSnapshot>();
  for (const r of tableRows) {
    tables.set(r.oid, {
      schema: r.schema,
      name: r.name,
      columns: [],
      primaryKey: [],
      uniques: [],
      foreignKeys: [],
      indexes: [],
      rowEstimate: Math.max(0, Math.round(Number(r.row_estimate))),
      bytes: Number(r.bytes),
      stats: null,
      ...(r.comment ? { comment: r.comment } : {}),
      ...(r.kind !== 'f'
        ? {
            replicaIdentity:
              REPLICA_IDENTITY[r.replica_identity as keyof typeof REPLICA_IDENTITY] ?? 'default',
          }
        : {}),
      ...(r.kind === 'p' ? { partitioned: true } : {}),
      ...(r.children?.length ? { children: r.children } : {}),
    });
  }
  for (const c of columns) {
    const table = tables.get(c.table_oid);
    if (!table) continue;
    const serial = c.default_expr?.startsWith('nextval(') ?? false;
    table.columns.push({
      name: c.name,
      nativeType: c.native_type,
      type: pgLogicalType(c.base_type, {
        identity: c.identity === 'a' || c.identity === 'd',
        serial,
        enumName: c.enum_name,
        enumValues: c.enum_values,
      }),
      nullable: !c.not_null,
      default: c.default_expr,
      ...(c.generated === 's' ? { generated: true } : {}),
      ...(c.comment ? { comment: c.comment } : {}),
    });
  }
  for (const k of constraints) {
    const table = tables.get(k.table_oid);
    if (!table) continue;
    if (k.type === 'p') table.primaryKey = k.columns;
    else if (k.type === 'u') table.uniques.push({ name: k.name, columns: k.columns });
    else if (k.referenced_table) {
      table.foreignKeys.push({
        name: k.name,
        columns: k.columns,
        referencedSchema: k.referenced_schema ?? table.schema,
        referencedTable: k.referenced_table,
        referencedColumns: k.referenced_columns,
        onDelete: fkAction(k.on_delete),
        onUpdate: fkAction(k.on_update),
      });
    }
  }
  for (const i of indexes) {
    const table = tables.get(i.table_oid);
    if (!table) continue;
    table.indexes.push({
      name: i.name,
      columns: i.columns,
      unique: i.is_unique,
      primary: i.is_primary,
      method: i.method,
      ...(i.predicate ? { predicate: i.predicate } : {}),
    });
  }
  for (const c of checks) {
    const table = tables.get(c.table_oid);
    if (!table) continue;
    table.checks ??= [];
    table.checks.push({
      name: c.name,
      expression: checkExpression(c.definition, c.column_name),
      ...(c.column_name ? { column: c.column_name } : {}),
      ...(c.domain ? { domain: c.domain } : {}),
    });
  }
  // A trigger or rule on an inheritance child (or a view reading one) belongs to the logical table.
  const folded = new Map<string, string>();
  for (const t of tables.values())
    for (const c of t.children ?? []) folded.set(tableKey(c.schema, c.name), tableKey(t.schema, t.name));
  const logical = (key: string) => folded.get(key) ?? key;
  // PostgreSQL records no dependencies of a function's body: its tables are the ones it names
  // (unqualified: of the function's own schema).
  const named = new Set([...tables.values()].map((t) => tableKey(t.schema, t.name)));
  for (const key of folded.keys()) named.add(key);
  const isTable = (schema: string, name: string) => named.has(tableKey(schema, name));
  const lexing = {
    foldUnquoted: (name: string) => name.toLowerCase(),
    hashComments: false,
    backslashEscapes: false,
  };
  const objects: SchemaObject[] = objectRows.map((o) => ({
    kind: o.kind,
    schema: o.schema,
    name: o.name,
    tables: [
      ...new Set(
        (o.kind === 'function' || o.kind === 'procedure') && o.definition
          ? tablesNamedIn(o.definition, o.schema, isTable, lexing).map(logical)
          : o.table_names.map((name, i) => logical(tableKey(o.table_schemas[i]!, name))),
      ),
    ],
    ...(o.definition ? { definition: o.definition } : {}),
  }));
  const views: ViewSnapshot[] = relations
    .filter((r) => r.kind === 'v' || r.kind === 'm')
    .map((r) => ({
      schema: r.schema,
      name: r.name,
      ...(r.kind === 'm' ? { materialized: true } : {}),
      definition: r.definition,
    }));
  return {
    engine: { dialect: 'postgres', flavor: 'postgresql', version: server.version },
    database: server.database,
    schemas,
    tables: [...tables.values()],
    views,
    objects,
  };
}
