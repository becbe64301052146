import { type LooseFk, looseFkFor } from '@seam/analyzer';
import type { FkAction, ForeignKeySnapshot, SchemaSnapshot, TableKey, TableSnapshot } from '@seam/core';
import { keyOfTable, tableKey } from '@seam/core';
import type { ServiceLayout } from '../layout/service-layout.js';

/**
 * A declared foreign key between a service's table and a table the service does not hold. It is
 * left out of the service's schema; the application replaces it (GitLab's loose foreign keys), and
 * the monolith keeps it until its tables are dropped.
 */
export interface CrossingFk {
  /** `out`: the service's table references elsewhere; `in`: another table references the service's. */
  direction: 'out' | 'in';
  /** The referencing table and its constraint, as in the monolith. */
  child: TableKey;
  name: string;
  columns: string[];
  parent: TableKey;
  referencedColumns: string[];
  onDelete: FkAction;
  onUpdate: FkAction;
  /** Where the other end lives: a service name, `reference`, `technical`, or `unplanned`. */
  otherSide: string;
  looseFk: LooseFk;
}

function crossing(
  direction: CrossingFk['direction'],
  child: TableSnapshot,
  fk: ForeignKeySnapshot,
  otherSide: string,
): CrossingFk {
  return {
    direction,
    child: keyOfTable(child),
    name: fk.name,
    columns: fk.columns,
    parent: tableKey(fk.referencedSchema, fk.referencedTable),
    referencedColumns: fk.referencedColumns,
    onDelete: fk.onDelete,
    onUpdate: fk.onUpdate,
    otherSide,
    looseFk: looseFkFor(fk.onDelete),
  };
}

/**
 * Every declared foreign key that crosses the service's boundary in the monolith, both ways. A
 * reference to a reference table the service holds a copy of does not cross.
 */
export function crossingFks(
  service: ServiceLayout,
  snapshot: SchemaSnapshot,
  placeOf: (key: TableKey) => string | undefined,
): CrossingFk[] {
  const held = new Set([...service.owned, ...service.reference].map((t) => t.key));
  const owned = new Set(service.owned.map((t) => t.key));
  const out: CrossingFk[] = [];
  for (const t of snapshot.tables) {
    const key = keyOfTable(t);
    for (const fk of t.foreignKeys) {
      const parent = tableKey(fk.referencedSchema, fk.referencedTable);
      if (owned.has(key) && !held.has(parent)) {
        out.push(crossing('out', t, fk, placeOf(parent) ?? 'unplanned'));
      } else if (owned.has(parent) && !owned.has(key)) {
        out.push(crossing('in', t, fk, placeOf(key) ?? 'unplanned'));
      }
    }
  }
  return out.sort(
    (a, b) =>
      a.direction.localeCompare(b.direction) ||
      a.child.localeCompare(b.child) ||
      a.name.localeCompare(b.name),
  );
}
