/**
 * How well Seam's foreign-key inference recovers relations nobody declared: the declared keys are removed
 * from the snapshot, the analyzer's evidence graph infers what it can from names and types, and the
 * inferred relations (confidence ≥ 0.5) are compared with the removed ones, as (child table, child
 * columns, parent table). A dataset without declared keys brings what is known in `relations.json` instead.
 * A simple scorer on the analyzer's public API; an analyzer-side scorer may replace it.
 */
import { buildEvidence, indexSnapshot } from '@seam/analyzer';
import type { SchemaSnapshot } from '@seam/core';

export interface KnownRelation {
  table: string;
  columns: string[];
  refTable: string;
}

export interface FkInferenceScore {
  expected: number;
  inferred: number;
  matched: number;
  precision: number;
  recall: number;
  /** Inferred references the labels lack that are audit or scope columns (a tenant id most tables carry): real references, never ownership evidence. */
  auditOrScope?: number;
}

const keyOf = (table: string, columns: string[], refTable: string) =>
  `${table}\u0000${columns.join(',')}\u0000${refTable}`;

export function scoreFkInference(snapshot: SchemaSnapshot, known?: KnownRelation[]): FkInferenceScore {
  const expected = new Set(
    (
      known ??
      snapshot.tables.flatMap((t) =>
        t.foreignKeys.map((f) => ({ table: t.name, columns: f.columns, refTable: f.referencedTable })),
      )
    ).map((r) => keyOf(r.table, r.columns, r.refTable)),
  );
  const stripped: SchemaSnapshot = {
    ...snapshot,
    tables: snapshot.tables.map((t) => ({ ...t, foreignKeys: [] })),
  };
  const index = indexSnapshot(stripped);
  const relations = buildEvidence(index, undefined).relations.filter(
    (r) => r.kind === 'inferred' && r.confidence >= 0.5,
  );
  const key = (r: (typeof relations)[number]) =>
    keyOf(index.tables[r.child]!.table.name, r.columns, index.tables[r.parent]!.table.name);
  const inferred = new Set(relations.map(key));
  const matched = [...inferred].filter((k) => expected.has(k)).length;
  const auditOrScope = new Set(relations.filter((r) => r.audit && !expected.has(key(r))).map(key)).size;
  return {
    expected: expected.size,
    inferred: inferred.size,
    matched,
    precision: inferred.size ? matched / inferred.size : 1,
    recall: expected.size ? matched / expected.size : 1,
    auditOrScope,
  };
}
