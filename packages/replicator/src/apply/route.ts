import type { TableKey } from '@seam/core';
import type { ChangeEvent } from '../decode/envelope.js';
import type { SchemaDrift } from './schema-drift.js';
import type { TargetColumn, TargetTable } from './target.js';

/**
 * How one source table's events land in one target table: the topic, the columns taken
 * (source name → target column) and the key. A table split vertically between services has
 * one route per service, each with its own column subset.
 */
export interface Route {
  topic: string;
  /** The source table, `schema.table` (PostgreSQL) or `database.table` (MySQL). */
  source: TableKey;
  /** The name transaction metadata uses for the table (`schema.table` / `database.table`). */
  collection: string;
  target: TargetTable;
  /** Source columns written, in target order. */
  columns: Array<{ source: string; target: TargetColumn }>;
  /** Source names of the target's primary-key columns, in key order. */
  keySource: string[];
  /** Position of each key column in `columns`. */
  keyIndex: number[];
  /** The plan names the columns: a new source column is not this service's. */
  explicitColumns: boolean;
  /** Source column renames (source → target), to map columns that appear later. */
  rename: Record<string, string>;
  /** Source fields already looked at: written, or deliberately not (outside the subset). */
  ignored: Set<string>;
  /** Row schemas (by their text) whose fields are all known. */
  shapes: Set<string>;
  /** Row schemas (by their text) compared with the mapped columns: what no longer matches, or null. */
  drift: Map<string, SchemaDrift | null>;
}

export function makeRoute(input: {
  topic: string;
  source: TableKey;
  collection: string;
  target: TargetTable;
  columns: Array<{ source: string; target: TargetColumn }>;
  explicitColumns: boolean;
  rename: Record<string, string>;
}): Route {
  const byTarget = new Map(input.columns.map((c, i) => [c.target.name, i]));
  const keyIndex = input.target.primaryKey.map((k) => byTarget.get(k) ?? -1);
  return {
    ...input,
    keySource: keyIndex.map((i) => input.columns[i]?.source ?? ''),
    keyIndex,
    ignored: new Set(),
    shapes: new Set(),
    drift: new Map(),
  };
}

/** Source fields of an event that the route neither writes nor deliberately ignores. */
export function newFields(route: Route, event: ChangeEvent): string[] | undefined {
  const row = event.after ?? event.before;
  if (!row) return undefined;
  const shape = event.shape;
  if (shape && route.shapes.has(shape.id)) return undefined;
  const names = shape ? shape.fields.map((f) => f.field ?? '') : Object.keys(row);
  let added: string[] | undefined;
  for (const name of names) {
    if (route.ignored.has(name)) continue;
    if (route.columns.some((c) => c.source === name)) {
      route.ignored.add(name); // known and written; remember to skip the search next time
      continue;
    }
    if (route.explicitColumns) {
      route.ignored.add(name);
      continue;
    }
    if (!added) added = [];
    added.push(name);
  }
  // ignored holds both kinds; a written column is found again through route.columns.
  if (shape && !added) route.shapes.add(shape.id);
  return added;
}
