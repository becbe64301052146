import {
  type ColumnSnapshot,
  type ForeignKeySnapshot,
  type IndexSnapshot,
  keyOfTable,
  type LogicalType,
  SeamError,
  type TableSnapshot,
  type UniqueSnapshot,
} from '@seam/core';

/** Where a referenced table lives on the target, for a foreign key that stays. */
export interface ForeignTarget {
  schema?: string | null;
  name: string;
  /** Column renames of the referenced table, source → target. */
  rename?: Record<string, string>;
  /**
   * The referenced columns' source types, in the foreign key's order: an engine that refuses a
   * foreign key between columns of different types (MySQL) types the foreign key's columns alike.
   */
  types?: LogicalType[];
}

/**
 * How a source table becomes a target table: the plan's `as`, `columns` and `rename`, plus which
 * keys stay. Every name is a source name except `name` and `schema`, which are the target's.
 */
export interface TableMapping {
  /** The target table's name; default the source table's. */
  name?: string;
  /** The target schema (PostgreSQL) or database (MySQL); default none (the connection's own). */
  schema?: string | null;
  /** The source columns the target takes (a vertical split); default all. Kept in source order. */
  columns?: string[];
  /** Column renames, source → target. */
  rename?: Record<string, string>;
  /** Primary-key columns (source names); default the source table's primary key. */
  primaryKey?: string[];
  /**
   * Unique keys and secondary indexes that stay, by source name: 'all' (default: those whose
   * columns are all kept), 'none', or a list of names.
   */
  indexes?: 'all' | 'none' | string[];
  /** Where each foreign key's referenced table is on the target; a foreign key with no answer is left out. */
  foreignKeys?: (fk: ForeignKeySnapshot) => ForeignTarget | undefined;
}

export interface MappedColumn {
  /** The column's source name. */
  source: string;
  /** The column's target name. */
  name: string;
  column: ColumnSnapshot;
}

export interface MappedKey {
  /** Source name of the unique key or index. */
  source: string;
  columns: string[];
}

export interface MappedForeignKey {
  source: string;
  columns: string[];
  target: { schema: string | null; name: string; columns: string[] };
  onDelete: ForeignKeySnapshot['onDelete'];
  onUpdate: ForeignKeySnapshot['onUpdate'];
  /** The referenced columns' source types, when the mapping gave them (ForeignTarget.types). */
  referencedTypes?: LogicalType[];
}

/** A source table seen through a mapping: target names, kept columns and keys. */
export interface MappedTable {
  schema: string | null;
  name: string;
  columns: MappedColumn[];
  /** Target column names of the primary key (empty when none). */
  primaryKey: string[];
  uniques: MappedKey[];
  indexes: MappedKey[];
  foreignKeys: MappedForeignKey[];
  /** What was left out, and why. */
  skipped: string[];
}

function stale(table: TableSnapshot, what: string, names: string[]): SeamError {
  return new SeamError(
    'SEAM_PLAN_STALE',
    `Table ${keyOfTable(table)} has no ${what} ${names.map((n) => JSON.stringify(n)).join(', ')}.`,
    { hint: 'The plan names columns the snapshot does not have; review the table with `seam plan`.' },
  );
}

function keepsAll(columns: string[], kept: Set<string>): boolean {
  return columns.length > 0 && columns.every((c) => kept.has(c));
}

function isExpressionIndex(index: IndexSnapshot): boolean {
  return index.columns.some((c) => c.startsWith('(')) || !!index.predicate;
}

/**
 * Applies a mapping to a source table: checks that every named column exists, that the subset
 * keeps the primary key, and that no two columns end up with the same target name.
 * Throws SEAM_PLAN_STALE for unknown names and SEAM_PLAN_INVALID for impossible mappings.
 */
export function mapTable(table: TableSnapshot, mapping: TableMapping = {}): MappedTable {
  const byName = new Map(table.columns.map((c) => [c.name, c]));
  const unknown = (names: string[]) => names.filter((n) => !byName.has(n));
  const rename = mapping.rename ?? {};
  for (const [what, names] of [
    ['column', mapping.columns ?? []],
    ['column', Object.keys(rename)],
    ['primary-key column', mapping.primaryKey ?? []],
  ] as const) {
    const missing = unknown([...names]);
    if (missing.length) throw stale(table, what, missing);
  }
  const wanted = mapping.columns ? new Set(mapping.columns) : undefined;
  const kept = table.columns.filter((c) => !wanted || wanted.has(c.name));
  const keptNames = new Set(kept.map((c) => c.name));
  const primary = mapping.primaryKey ?? table.primaryKey;
  const dropped = primary.filter((c) => !keptNames.has(c));
  if (dropped.length) {
    throw new SeamError(
      'SEAM_PLAN_INVALID',
      `The columns kept of ${keyOfTable(table)} leave out its primary key (${dropped.join(', ')}).`,
      { hint: 'A vertical split keeps the primary key in every part: add it to `columns:`.' },
    );
  }
  const target = (source: string) => rename[source] ?? source;
  const columns = kept.map((column) => ({ source: column.name, name: target(column.name), column }));
  const seen = new Map<string, string>();
  for (const c of columns) {
    const other = seen.get(c.name);
    if (other !== undefined) {
      throw new SeamError(
        'SEAM_PLAN_INVALID',
        `Columns ${JSON.stringify(other)} and ${JSON.stringify(c.source)} of ${keyOfTable(table)} would both be named ${JSON.stringify(c.name)}.`,
        { hint: 'Give each column its own target name in `rename:`.' },
      );
    }
    seen.set(c.name, c.source);
  }

  const skipped: string[] = [];
  const policy = mapping.indexes ?? 'all';
  const chosen = (name: string) => policy === 'all' || (Array.isArray(policy) && policy.includes(name));
  const keyOf = (k: UniqueSnapshot | IndexSnapshot): MappedKey => ({
    source: k.name,
    columns: k.columns.map(target),
  });
  const uniques: MappedKey[] = [];
  for (const u of table.uniques) {
    if (!chosen(u.name)) continue;
    if (keepsAll(u.columns, keptNames)) uniques.push(keyOf(u));
    else skipped.push(`unique key ${u.name}: not all of its columns are kept`);
  }
  const uniqueColumns = new Set(table.uniques.map((u) => u.columns.join('\u0000')));
  const indexes: MappedKey[] = [];
  for (const index of table.indexes) {
    if (index.primary || !chosen(index.name)) continue;
    // A unique constraint shows up as a unique index too; keep it once.
    if (index.unique && uniqueColumns.has(index.columns.join('\u0000'))) continue;
    const method = index.method?.toLowerCase();
    if (method && method !== 'btree' && method !== 'hash') {
      skipped.push(`index ${index.name}: a ${index.method} index is not carried across (create one by hand)`);
      continue;
    }
    if (isExpressionIndex(index)) {
      skipped.push(`index ${index.name}: expression and partial indexes are not carried across`);
      continue;
    }
    if (!keepsAll(index.columns, keptNames)) {
      skipped.push(`index ${index.name}: not all of its columns are kept`);
      continue;
    }
    (index.unique ? uniques : indexes).push(keyOf(index));
  }

  const foreignKeys: MappedForeignKey[] = [];
  for (const fk of table.foreignKeys) {
    const to = mapping.foreignKeys?.(fk);
    if (!to) continue;
    if (!keepsAll(fk.columns, keptNames)) {
      skipped.push(`foreign key ${fk.name}: not all of its columns are kept`);
      continue;
    }
    foreignKeys.push({
      source: fk.name,
      columns: fk.columns.map(target),
      target: {
        schema: to.schema ?? null,
        name: to.name,
        columns: fk.referencedColumns.map((c) => to.rename?.[c] ?? c),
      },
      onDelete: fk.onDelete,
      onUpdate: fk.onUpdate,
      ...(to.types ? { referencedTypes: to.types } : {}),
    });
  }

  return {
    schema: mapping.schema ?? null,
    name: mapping.name ?? table.name,
    columns,
    primaryKey: primary.map(target),
    uniques,
    indexes,
    foreignKeys,
    skipped,
  };
}
