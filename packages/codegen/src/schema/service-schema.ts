import {
  type Dialect,
  type ForeignKeySnapshot,
  type SchemaSnapshot,
  type TableSnapshot,
  tableKey,
} from '@seam/core';
import { quoteIdent, quoteQualified } from '@seam/core/sql';
import {
  type CreateTableResult,
  columnType,
  createTable,
  type DdlWarning,
  derivedName,
  type ForeignTarget,
  foreignKeyName,
  type MappedForeignKey,
  type MappedTable,
} from '@seam/ddl';
import { OFFSETS_TABLE, offsetsTableDdl } from '@seam/replicator/config';
import { engineFor, sameEngine } from '../engine.js';
import type { PlacedTable, ServiceLayout } from '../layout/service-layout.js';
import { type Migration, migration, type Step } from '../migration/migration.js';
import { carryDefault } from './defaults.js';

export interface ServiceSchema {
  /** 001_tables: the tables, their keys and indexes, defaults. Run first (phase 1). */
  tables: Migration;
  /** 002_constraints: foreign keys inside the service, identity counters moved past the copied rows. Run at cut-over. */
  constraints: Migration;
  /** The created tables as @seam/ddl mapped them, by source key. */
  mapped: Map<string, MappedTable>;
  warnings: DdlWarning[];
}

export const TABLES_MIGRATION = '001_tables';
export const CONSTRAINTS_MIGRATION = '002_constraints';

/**
 * The unique keys and indexes to carry: each set of columns once (a monolith's duplicate index would
 * otherwise become a second index the target does not need — and, named after its columns, collide).
 */
export function keptIndexes(table: TableSnapshot, warn: (message: string) => void): string[] {
  const seen = new Set<string>();
  const id = (columns: string[]) => columns.join('\u0000');
  if (table.primaryKey.length) seen.add(id(table.primaryKey));
  const kept: string[] = [];
  for (const u of table.uniques) {
    if (seen.has(id(u.columns))) warn(`unique key ${u.name} left out: the same columns are already a key`);
    else {
      seen.add(id(u.columns));
      kept.push(u.name);
    }
  }
  for (const index of table.indexes) {
    if (index.primary) continue;
    const key = id(index.columns);
    if (seen.has(key)) {
      // A unique constraint's own index is not a duplicate worth a warning.
      if (!(index.unique && table.uniques.some((u) => id(u.columns) === key)))
        warn(
          `index ${index.name} left out: it duplicates another key or index on (${index.columns.join(', ')})`,
        );
      continue;
    }
    seen.add(key);
    kept.push(index.name);
  }
  return kept;
}

function qualified(dialect: Dialect, schema: string | null | undefined, name: string): string {
  return quoteQualified(dialect, schema ?? null, name);
}

/** Whether MySQL has an index whose leading columns are the foreign key's (it needs one, and makes one itself otherwise). */
function hasLeadingIndex(keys: string[][], columns: string[]): boolean {
  return keys.some((k) => columns.every((c, i) => k[i] === c));
}

function dropForeignKey(dialect: Dialect, table: string, fk: MappedForeignKey, target: MappedTable): string {
  const name = quoteIdent(dialect, foreignKeyName(dialect, target.name, fk.source));
  return engineFor(dialect).target.dropForeignKey(table, name);
}

/**
 * The service's schema as two migrations, built on @seam/ddl: every table it owns and every reference
 * table it keeps a copy of, mapped to the target engine (types, keys, indexes, defaults), then the
 * foreign keys between them. Foreign keys to tables the service does not hold are left out.
 */
export function serviceSchema(service: ServiceLayout, snapshot: SchemaSnapshot): ServiceSchema {
  const dialect = service.target.dialect;
  const schema = service.target.schema ?? null;
  const held = new Map<string, PlacedTable>();
  for (const t of [...service.reference, ...service.owned]) held.set(t.key, t);
  const warnings: DdlWarning[] = [];
  const results: Array<{ placed: PlacedTable; result: CreateTableResult }> = [];

  const resolve = (fk: ForeignKeySnapshot, child: PlacedTable): ForeignTarget | undefined => {
    const parent = held.get(tableKey(fk.referencedSchema, fk.referencedTable));
    if (!parent) return undefined;
    const missing = fk.referencedColumns.filter((c) => !parent.columns.includes(c));
    if (missing.length) {
      warnings.push({
        table: child.name,
        message: `foreign key ${fk.name} left out: ${parent.name} does not keep ${missing.join(', ')}`,
      });
      return undefined;
    }
    const types = fk.referencedColumns.map(
      (c) => parent.source.columns.find((column) => column.name === c)!.type,
    );
    return { schema, name: parent.name, rename: parent.rename, types };
  };

  for (const placed of [...service.reference, ...service.owned]) {
    const result = createTable(placed.source, {
      dialect,
      sourceDialect: snapshot.engine.dialect,
      schema,
      name: placed.name,
      columns: placed.columns,
      rename: placed.rename,
      indexes: keptIndexes(placed.source, (message) => warnings.push({ table: placed.name, message })),
      foreignKeys: (fk) => resolve(fk, placed),
      identity: true,
      ...(service.target.mysqlFlavor ? { mysqlFlavor: service.target.mysqlFlavor } : {}),
    });
    warnings.push(...result.warnings);
    results.push({ placed, result });
  }

  const tableSteps: Step[] = [];
  const constraintSteps: Step[] = [];
  const mapped = new Map<string, MappedTable>();
  for (const { placed, result } of results) {
    const t = result.table;
    mapped.set(placed.key, t);
    const name = qualified(dialect, schema, t.name);
    const [create, ...rest] = result.statements;
    tableSteps.push({
      sql: create!,
      undo: [`DROP TABLE ${name}`],
      note: `${placed.kind === 'reference' ? 'copy of reference table' : 'table'} ${placed.key} → ${t.name}`,
    });
    for (const sql of rest) tableSteps.push({ sql, undo: [] });

    const defaults: string[] = [];
    const keyColumns = new Set([
      ...t.primaryKey,
      ...t.uniques.flatMap((k) => k.columns),
      ...t.indexes.flatMap((k) => k.columns),
    ]);
    for (const c of t.columns) {
      const type = columnType(dialect, c.column.type, {
        sourceDialect: snapshot.engine.dialect,
        key: keyColumns.has(c.name),
      });
      const carried = carryDefault(c.column, snapshot.engine, dialect, type.sql);
      if (!carried) continue;
      if ('skipped' in carried) warnings.push({ table: t.name, column: c.name, message: carried.skipped });
      else defaults.push(`ALTER COLUMN ${quoteIdent(dialect, c.name)} SET DEFAULT ${carried.sql}`);
    }
    if (defaults.length) tableSteps.push({ sql: `ALTER TABLE ${name} ${defaults.join(', ')}`, undo: [] });
    tableSteps.push(
      ...checkSteps(placed, dialect, snapshot.engine.dialect, name, (message) =>
        warnings.push({ table: t.name, message }),
      ),
    );

    // Foreign keys inside the service. MySQL would create an index for one that has none, which its
    // DROP FOREIGN KEY leaves behind: create it explicitly so that the down migration removes it too.
    const keys = [t.primaryKey, ...t.uniques.map((u) => u.columns), ...t.indexes.map((i) => i.columns)];
    const used = new Set([...t.uniques, ...t.indexes].map((k) => k.source.toLowerCase()));
    t.foreignKeys.forEach((fk, i) => {
      if (engineFor(dialect).target.indexesForeignKeys && !hasLeadingIndex(keys, fk.columns)) {
        let indexName = derivedName(dialect, [fk.source, 'idx']);
        for (let n = 2; used.has(indexName.toLowerCase()); n++)
          indexName = derivedName(dialect, [fk.source, `idx${n}`]);
        used.add(indexName.toLowerCase());
        keys.push(fk.columns);
        const index = quoteIdent(dialect, indexName);
        constraintSteps.push({
          sql: `CREATE INDEX ${index} ON ${name} (${fk.columns.map((c) => quoteIdent(dialect, c)).join(', ')})`,
          undo: [`DROP INDEX ${index} ON ${name}`],
          note: `index for foreign key ${fk.source}`,
        });
      }
      constraintSteps.push({
        sql: result.foreignKeyStatements[i]!,
        undo: [dropForeignKey(dialect, name, fk, t)],
        note: `foreign key ${fk.source}: ${t.name} → ${fk.target.name}`,
      });
    });

    // Identity counters that do not follow explicitly inserted keys (PostgreSQL) move past the copied rows.
    if (placed.kind === 'owned')
      constraintSteps.push(
        ...engineFor(dialect).target.identityCounterSteps(t, name, snapshot.engine.dialect),
      );
  }

  // The replicator's offsets table comes with the tables, so that the replicator needs no CREATE
  // privilege at run time (grants.sql grants none).
  const offsets = qualified(dialect, schema, OFFSETS_TABLE);
  tableSteps.push({
    sql: offsetsTableDdl[dialect](offsets),
    undo: [`DROP TABLE ${offsets}`],
    note: `the replicator's offsets table ${OFFSETS_TABLE}`,
  });

  return {
    tables: migration(
      TABLES_MIGRATION,
      `tables of ${service.name}: ${service.owned.length} owned, ${service.reference.length} reference copies`,
      dialect,
      tableSteps,
    ),
    constraints: migration(
      CONSTRAINTS_MIGRATION,
      `foreign keys inside ${service.name} and identity counters (run at cut-over, after the copy)`,
      dialect,
      constraintSteps,
    ),
    mapped,
    warnings,
  };
}

/**
 * CHECK constraints (a domain's as a CHECK on its column) carried as they are: the expression is in
 * the source engine's SQL, so only to a target of the same engine, on a table whose columns keep
 * their names. They go with the table's DROP TABLE.
 */
function checkSteps(
  placed: PlacedTable,
  dialect: Dialect,
  sourceDialect: Dialect,
  name: string,
  warn: (message: string) => void,
): Step[] {
  const checks = placed.source.checks ?? [];
  if (!checks.length) return [];
  const reshaped =
    Object.keys(placed.rename).length > 0 || placed.columns.length !== placed.source.columns.length;
  if (!sameEngine(dialect, sourceDialect) || reshaped) {
    for (const k of checks)
      warn(
        `CHECK ${k.name} not carried (${reshaped ? 'the table is reshaped' : `written for ${sourceDialect}`}): enforce ${k.expression} in the service`,
      );
    return [];
  }
  return checks.map((k) => ({
    sql: `ALTER TABLE ${name} ADD CONSTRAINT ${quoteIdent(dialect, k.column ? derivedName(dialect, [placed.name, k.column, 'check']) : k.name)} CHECK ${k.expression.startsWith('(') ? k.expression : `(${k.expression})`}`,
    undo: [],
    note: k.domain ? `CHECK of domain ${k.domain} on ${placed.name}.${k.column}` : `CHECK ${k.name}`,
  }));
}
