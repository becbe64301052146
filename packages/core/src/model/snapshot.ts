import { createHash } from 'node:crypto';
import { z } from 'zod';
import { logicalTypeSchema } from './logical-type.js';
import { type TableKey, type TableName, tableKey } from './table-key.js';

/**
 * A schema snapshot: what introspection read from a live catalog, saved as JSON so that
 * analysis, planning and generation can run offline and on another machine.
 * Bump SNAPSHOT_VERSION when a field changes meaning; readers refuse other versions.
 */
export const SNAPSHOT_FORMAT = 'seam.snapshot';
export const SNAPSHOT_VERSION = 1;

export const fkActionSchema = z.enum(['NO ACTION', 'RESTRICT', 'CASCADE', 'SET NULL', 'SET DEFAULT']);
export type FkAction = z.infer<typeof fkActionSchema>;

export const columnSchema = z.object({
  name: z.string().min(1),
  /** The type as the engine spells it: `character varying(40)`, `int(10) unsigned`. */
  nativeType: z.string(),
  type: logicalTypeSchema,
  nullable: z.boolean(),
  /** The default as an SQL expression in the source dialect, or null. */
  default: z.string().nullable(),
  generated: z.boolean().optional(),
  /** What the database sets the column to on every UPDATE of its row (MySQL's `ON UPDATE CURRENT_TIMESTAMP`). */
  onUpdate: z.string().optional(),
  comment: z.string().nullable().optional(),
});
export type ColumnSnapshot = z.infer<typeof columnSchema>;

export const foreignKeySchema = z.object({
  name: z.string(),
  columns: z.array(z.string()).min(1),
  referencedSchema: z.string(),
  referencedTable: z.string(),
  referencedColumns: z.array(z.string()).min(1),
  onDelete: fkActionSchema,
  onUpdate: fkActionSchema,
});
export type ForeignKeySnapshot = z.infer<typeof foreignKeySchema>;

export const uniqueSchema = z.object({ name: z.string(), columns: z.array(z.string()).min(1) });
export type UniqueSnapshot = z.infer<typeof uniqueSchema>;

export const indexSchema = z.object({
  name: z.string(),
  /** Column names in index order; an expression part is written as `(expr)`. */
  columns: z.array(z.string()),
  unique: z.boolean(),
  primary: z.boolean(),
  method: z.string().optional(),
  /** The WHERE clause of a partial index. */
  predicate: z.string().nullable().optional(),
});
export type IndexSnapshot = z.infer<typeof indexSchema>;

export const tableStatsSchema = z.object({
  /** Rows read (seq + index tuples fetched on PostgreSQL; COUNT_FETCH on MySQL). */
  reads: z.number().nonnegative(),
  inserts: z.number().nonnegative(),
  updates: z.number().nonnegative(),
  deletes: z.number().nonnegative(),
  /** Seconds the counters cover (since stats reset or server start), when known. */
  windowSeconds: z.number().nonnegative().nullable().optional(),
});
export type TableStats = z.infer<typeof tableStatsSchema>;

export const tableSchema = z.object({
  schema: z.string(),
  name: z.string().min(1),
  columns: z.array(columnSchema),
  /** Primary-key column names in key order; empty when the table has none. */
  primaryKey: z.array(z.string()),
  uniques: z.array(uniqueSchema),
  foreignKeys: z.array(foreignKeySchema),
  indexes: z.array(indexSchema),
  rowEstimate: z.number().nonnegative(),
  bytes: z.number().nonnegative(),
  stats: tableStatsSchema.nullable(),
  comment: z.string().nullable().optional(),
  /** PostgreSQL replica identity: default, full, index or nothing. */
  replicaIdentity: z.enum(['default', 'full', 'index', 'nothing']).optional(),
  /** Declaratively partitioned (PostgreSQL relkind 'p', MySQL PARTITION BY): its partitions are not tables of their own. */
  partitioned: z.boolean().optional(),
  /**
   * PostgreSQL: the relations folded into this one logical table — declarative partitions
   * (`partition: true`) and inheritance children (rows routed to them by rules or triggers), at any
   * depth. They are not tables of the snapshot; their rows, bytes and counters count as this table's.
   */
  children: z.array(z.object({ schema: z.string(), name: z.string(), partition: z.boolean() })).optional(),
  /**
   * CHECK constraints, the expression in the source engine's SQL; `domain` when it comes from the
   * column's domain (PostgreSQL), its VALUE written as the column.
   */
  checks: z
    .array(
      z.object({
        name: z.string(),
        expression: z.string(),
        column: z.string().optional(),
        domain: z.string().optional(),
      }),
    )
    .optional(),
});
export type TableSnapshot = z.infer<typeof tableSchema>;

export const viewSchema = z.object({
  schema: z.string(),
  name: z.string().min(1),
  materialized: z.boolean().optional(),
  definition: z.string().nullable().optional(),
});
export type ViewSnapshot = z.infer<typeof viewSchema>;

/** Behaviour in the database that `seam generate` does not carry to a service: listed, per service. */
export const schemaObjectSchema = z.object({
  kind: z.enum([
    'trigger',
    'view',
    'materialized-view',
    'function',
    'procedure',
    'rule',
    'exclusion-constraint',
  ]),
  schema: z.string(),
  name: z.string(),
  /** Tables it is defined on or reads (keys, schema.table). */
  tables: z.array(z.string()),
  definition: z.string().nullable().optional(),
});
export type SchemaObject = z.infer<typeof schemaObjectSchema>;

export const snapshotSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  version: z.literal(SNAPSHOT_VERSION),
  engine: z.object({
    dialect: z.enum(['postgres', 'mysql']),
    flavor: z.enum(['postgresql', 'mysql', 'mariadb']),
    version: z.string(),
  }),
  database: z.string(),
  /** Schemas (PostgreSQL) or databases (MySQL) that were read. */
  schemas: z.array(z.string()),
  capturedAt: z.string(),
  /** The redacted URL it was read from, or a file/sample name. */
  source: z.string().nullable(),
  tables: z.array(tableSchema),
  views: z.array(viewSchema),
  /** Triggers, views with the tables they read, functions, rules, exclusion constraints. */
  objects: z.array(schemaObjectSchema).optional(),
  warnings: z.array(z.object({ code: z.string(), message: z.string() })).optional(),
});
export type SchemaSnapshot = z.infer<typeof snapshotSchema>;

export function keyOfTable(table: Pick<TableSnapshot, 'schema' | 'name'>): TableKey {
  return tableKey(table.schema, table.name);
}

/** Tables by key, for lookups. */
export function indexTables(snapshot: SchemaSnapshot): Map<TableKey, TableSnapshot> {
  return new Map(snapshot.tables.map((t) => [keyOfTable(t), t]));
}

/**
 * The relations a table's rows live in besides itself that change capture must publish and a move
 * must block and drop with it: its inheritance children (PostgreSQL), rows routed to them by rules or
 * triggers. Declarative partitions are left out: they publish, block and drop through their root.
 */
export function inheritanceChildren(table: Pick<TableSnapshot, 'children'>): TableName[] {
  return (table.children ?? []).filter((c) => !c.partition).map((c) => ({ schema: c.schema, name: c.name }));
}

/** A table's name followed by its inheritance children's: every relation holding its rows. */
export function withInheritanceChildren(
  table: Pick<TableSnapshot, 'schema' | 'name' | 'children'>,
): TableName[] {
  return [{ schema: table.schema, name: table.name }, ...inheritanceChildren(table)];
}

/**
 * A fingerprint of the snapshot's structure (tables, columns, keys), ignoring row counts,
 * statistics and capture time, so that a plan can tell whether it was made for this schema.
 */
export function snapshotFingerprint(snapshot: SchemaSnapshot): string {
  const structure = [...snapshot.tables]
    .map((t) => ({
      t: keyOfTable(t),
      c: t.columns.map((c) => [c.name, c.nativeType, c.nullable]),
      p: t.primaryKey,
      f: t.foreignKeys.map((f) => [f.columns, f.referencedSchema, f.referencedTable, f.referencedColumns]),
    }))
    .sort((a, b) => (a.t < b.t ? -1 : a.t > b.t ? 1 : 0));
  const hash = createHash('sha256').update(JSON.stringify(structure)).digest('hex');
  return `sha256:${hash.slice(0, 32)}`;
}
