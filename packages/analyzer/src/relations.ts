import { type FkAction, tableKey } from '@seam/core';
import { isWhoColumn } from './names.js';
import type { TableIndex } from './tables.js';

/** A reference from a child table to a parent: a declared foreign key, or one inferred from evidence. */
export interface Relation {
  kind: 'declared' | 'inferred';
  child: number;
  parent: number;
  columns: string[];
  referencedColumns: string[];
  /** The constraint's name (declared), or a description of the rule (inferred). */
  name: string;
  onDelete: FkAction | null;
  /** 1 for a declared key; the inference's confidence otherwise. */
  confidence: number;
  /** Inference rules that agreed (`pk-name`, `entity-name`, `join`). */
  rules: string[];
  /** A "who did it" column (`created_by`, `LastEditedBy`) used as such: an audit tie, not ownership (markAuditRelations). */
  audit: boolean;
  /** The child's columns lead some index (the parent's deletes and joins need one). */
  indexed: boolean;
}

/** Whether the columns are the leading columns of an index or the primary key of the table. */
export function hasLeadingIndex(
  table: { primaryKey: string[]; indexes: { columns: string[] }[] },
  columns: string[],
): boolean {
  const leads = (cols: string[]) => columns.every((c, i) => cols[i] === c);
  if (leads(table.primaryKey)) return true;
  return table.indexes.some((ix) => {
    if (leads(ix.columns)) return true;
    // An index on the same columns in another order serves the lookup as well.
    const head = ix.columns.slice(0, columns.length);
    return head.length === columns.length && columns.every((c) => head.includes(c));
  });
}

/** Declared foreign keys whose parent is in the snapshot (others are reported as dangling). */
export function declaredRelations(index: TableIndex): { relations: Relation[]; dangling: string[] } {
  const relations: Relation[] = [];
  const dangling: string[] = [];
  for (const info of index.tables) {
    for (const fk of info.table.foreignKeys) {
      const parent = index.byKey.get(tableKey(fk.referencedSchema, fk.referencedTable));
      if (parent === undefined) {
        dangling.push(`${info.key}.${fk.name} → ${fk.referencedSchema}.${fk.referencedTable}`);
        continue;
      }
      relations.push({
        kind: 'declared',
        child: info.index,
        parent,
        columns: fk.columns,
        referencedColumns: fk.referencedColumns,
        name: fk.name,
        onDelete: fk.onDelete,
        confidence: 1,
        rules: [],
        audit: false,
        indexed: hasLeadingIndex(info.table, fk.columns),
      });
    }
  }
  return { relations, dangling };
}

/** Tables that must carry a scope column (and half of the schema's at least) before it counts as one. */
export const SCOPE_MIN_TABLES = 10;

/** Tables pointing at one table through "who" columns before those columns count as audit columns. */
export const AUDIT_MIN_TABLES = 3;

/**
 * Marks audit relations by shape and use: a one-column reference through a "who"-shaped column
 * (`created_by`, `LastEditedBy`) is an audit tie when at least AUDIT_MIN_TABLES tables point at the
 * same table through such columns (the people table every table records its editor in). A single
 * `approved_by` stays an ordinary reference.
 */
export function markAuditRelations(relations: Relation[], tables = 0): void {
  // Scope columns: one column name that most of the schema's tables carry, every one of them pointing
  // at the same table (a tenant or organisation: iDempiere's AD_Client_ID and AD_Org_ID) — like an
  // audit column, it says which tenant a row is for, not which service owns the table.
  const scope = new Map<string, { parents: Set<number>; children: Set<number> }>();
  for (const r of relations) {
    if (r.columns.length !== 1 || r.confidence < 0.5 || r.child === r.parent) continue;
    const name = r.columns[0]!.toLowerCase();
    const entry = scope.get(name) ?? { parents: new Set<number>(), children: new Set<number>() };
    entry.parents.add(r.parent);
    entry.children.add(r.child);
    scope.set(name, entry);
  }
  const isScope = (r: Relation) => {
    if (r.columns.length !== 1) return false;
    const e = scope.get(r.columns[0]!.toLowerCase());
    return (
      !!e && e.parents.size === 1 && e.children.size >= SCOPE_MIN_TABLES && e.children.size * 2 >= tables
    );
  };
  const who = (r: Relation) => r.columns.length === 1 && (isWhoColumn(r.columns[0]!) || isScope(r));
  const children = new Map<number, Set<number>>();
  for (const r of relations) {
    if (!who(r) || r.confidence < 0.5) continue;
    const set = children.get(r.parent) ?? new Set<number>();
    set.add(r.child);
    children.set(r.parent, set);
  }
  for (const r of relations) r.audit = who(r) && (children.get(r.parent)?.size ?? 0) >= AUDIT_MIN_TABLES;
}
