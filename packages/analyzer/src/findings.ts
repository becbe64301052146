import type { TableKey } from '@seam/core';
import type { EvidenceGraph } from './evidence-graph.js';

export type FindingCode =
  | 'no-primary-key'
  | 'fk-without-index'
  | 'implied-fk'
  | 'ambiguous-reference'
  | 'polymorphic-reference'
  | 'duplicate-index'
  | 'query-bottleneck'
  | 'dangling-fk'
  | 'workload-unknown-table'
  | 'workload-unparsed';

export interface Finding {
  code: FindingCode;
  severity: 'error' | 'warning' | 'info';
  table?: TableKey;
  message: string;
}

const TOP_QUERIES = 10;

/** Audit findings from the same inputs the clustering reads. */
export function auditFindings(evidence: EvidenceGraph, unparsed = 0): Finding[] {
  const out: Finding[] = [];
  const { index, relations, workload } = evidence;
  for (const t of index.tables) {
    const table = t.table;
    if (table.primaryKey.length === 0) {
      const uniqueNotNull = table.indexes.find(
        (ix) =>
          ix.unique &&
          !ix.predicate &&
          ix.columns.every((c) => table.columns.find((col) => col.name === c)?.nullable === false),
      );
      const full = table.replicaIdentity === 'full';
      out.push({
        code: 'no-primary-key',
        severity: full || uniqueNotNull ? 'warning' : 'error',
        table: t.key,
        message: `${t.key} has no primary key: change data capture cannot replicate its updates and deletes${
          full
            ? ' efficiently (REPLICA IDENTITY FULL sends whole rows)'
            : uniqueNotNull
              ? ` unless the unique index ${uniqueNotNull.name} is made its key (REPLICA IDENTITY USING INDEX on PostgreSQL)`
              : '; add a primary key before the split'
        }.`,
      });
    }
    // Two indexes on the same columns (same predicate and method) do the same work twice.
    const seen = new Map<string, string>();
    const signature = (columns: string[], predicate?: string | null, method?: string) =>
      JSON.stringify([columns, predicate ?? null, method ?? 'btree']);
    if (table.primaryKey.length) seen.set(signature(table.primaryKey), 'the primary key');
    for (const ix of table.indexes) {
      if (ix.primary) continue;
      const sig = signature(ix.columns, ix.predicate, ix.method);
      const same = seen.get(sig);
      if (same) {
        out.push({
          code: 'duplicate-index',
          severity: 'warning',
          table: t.key,
          message: `${t.key}: index ${ix.name} on (${ix.columns.join(', ')}) duplicates ${same}; every write maintains both.`,
        });
      } else seen.set(sig, `index ${ix.name}`);
    }
  }
  for (const r of relations) {
    const child = index.tables[r.child]!.key;
    const parent = index.tables[r.parent]!.key;
    if (r.kind === 'declared' && !r.indexed) {
      out.push({
        code: 'fk-without-index',
        severity: 'warning',
        table: child,
        message: `${child}(${r.columns.join(', ')}) references ${parent} without an index: each delete in ${parent} scans ${child}, and so will a loose-FK cleanup.`,
      });
    }
    if (r.kind === 'inferred' && r.confidence >= 0.5) {
      out.push({
        code: 'implied-fk',
        severity: 'info',
        table: child,
        message: `${child}.${r.columns[0]} looks like a reference to ${parent}.${r.referencedColumns[0]} (${r.name}, confidence ${r.confidence}) but no foreign key is declared.`,
      });
    }
  }
  for (const a of evidence.inference.ambiguous) {
    out.push({
      code: 'ambiguous-reference',
      severity: 'info',
      table: a.table,
      message: `${a.table}.${a.column} may reference any of ${a.candidates.join(', ')}; not used as evidence.`,
    });
  }
  for (const p of evidence.inference.polymorphic) {
    const key = index.tables[p.table]!.key;
    out.push({
      code: 'polymorphic-reference',
      severity: 'warning',
      table: key,
      message: `${key} (${p.typeColumn}, ${p.idColumn}) is a polymorphic reference: no foreign key can enforce it and it ties ${key} to several tables invisibly; prefer one table per parent type.`,
    });
  }
  for (const d of evidence.dangling) {
    out.push({
      code: 'dangling-fk',
      severity: 'info',
      message: `Foreign key ${d} points outside the snapshot.`,
    });
  }
  const totalTime = workload.statements.reduce((a, s) => a + s.totalTimeMs, 0);
  const top = [...workload.statements]
    .filter((s) => s.totalTimeMs > 0)
    .sort((a, b) => b.totalTimeMs - a.totalTimeMs || (a.id < b.id ? -1 : 1))
    .slice(0, TOP_QUERIES);
  for (const s of top) {
    const share = totalTime ? s.totalTimeMs / totalTime : 0;
    out.push({
      code: 'query-bottleneck',
      severity: share >= 0.2 ? 'warning' : 'info',
      message: `Statement ${s.id} takes ${(share * 100).toFixed(1)}% of the workload's time (${Math.round(s.totalTimeMs)} ms over ${s.calls} calls): ${oneLine(s.text)}`,
    });
  }
  if (workload.unknownTables.length) {
    out.push({
      code: 'workload-unknown-table',
      severity: 'warning',
      message: `The workload names ${workload.unknownTables.length} table(s) the snapshot does not have (e.g. ${workload.unknownTables.slice(0, 3).join(', ')}); their statements count only for the tables it knows.`,
    });
  }
  if (unparsed > 0) {
    out.push({
      code: 'workload-unparsed',
      severity: 'info',
      message: `${unparsed} statement(s) of the workload could not be parsed and are not used.`,
    });
  }
  return out;
}

export function oneLine(text: string, max = 160): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
