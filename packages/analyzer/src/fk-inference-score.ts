import { type SchemaSnapshot, tableKey } from '@seam/core';
import { inferRelations } from './infer-fks.js';
import { indexSnapshot } from './tables.js';

export interface FkInferenceScore {
  /** Share of inferred references (confidence ≥ `minConfidence`) that a declared key confirms. */
  precision: number;
  /** Share of declared keys that an inferred reference recovers (same child, column and parent). */
  recall: number;
  declared: number;
  inferred: number;
  correct: number;
  recovered: number;
  /** Inferred references no declared key confirms, `child(column) → parent`. */
  wrong: string[];
  /** Declared keys not recovered, `child(columns) → parent`. */
  missed: string[];
}

/**
 * How well foreign-key inference recovers a schema's declared keys once they are removed: the keys
 * are taken out, inference runs on what is left (names, types, keys and indexes only), and what it
 * finds is compared with them. A composite key counts as recovered when any of its columns is
 * inferred to the right parent. An inference to a table the declared parent's key itself refers to
 * (EmailAddress.BusinessEntityID → BusinessEntity rather than Person, whose key is BusinessEntity's)
 * names the same value and counts as right. Self-references and keys to tables outside the snapshot are left out.
 */
export function scoreFkInference(snapshot: SchemaSnapshot, minConfidence = 0.5): FkInferenceScore {
  const full = indexSnapshot(snapshot);
  const truth: { child: number; columns: string[]; parent: number }[] = [];
  // Declared keys by (table, column): where a column's value points, followed along key chains.
  const pointsTo = new Map<string, { parent: number; column: string }>();
  for (const t of full.tables)
    for (const fk of t.table.foreignKeys) {
      const parent = full.byKey.get(tableKey(fk.referencedSchema, fk.referencedTable));
      if (parent === undefined || parent === t.index) continue;
      truth.push({ child: t.index, columns: fk.columns, parent });
      for (const [i, c] of fk.columns.entries())
        pointsTo.set(`${t.index}\u0000${c}`, { parent, column: fk.referencedColumns[i] ?? c });
    }
  // The tables a column's value is a key of: its declared parent, that parent's parent through the
  // same key (EmailAddress.BusinessEntityID → Person → BusinessEntity), and so on.
  const reaches = (child: number, column: string): Set<number> => {
    const out = new Set<number>();
    let at = pointsTo.get(`${child}\u0000${column}`);
    while (at && !out.has(at.parent)) {
      out.add(at.parent);
      at = pointsTo.get(`${at.parent}\u0000${at.column}`);
    }
    return out;
  };
  const stripped: SchemaSnapshot = {
    ...snapshot,
    tables: snapshot.tables.map((t) => ({ ...t, foreignKeys: [] })),
  };
  const index = indexSnapshot(stripped);
  const inferred = inferRelations(index, [], []).relations.filter((r) => r.confidence >= minConfidence);
  const name = (t: number) => index.tables[t]!.key;
  const wrong: string[] = [];
  let correct = 0;
  for (const r of inferred) {
    if (reaches(r.child, r.columns[0]!).has(r.parent)) correct++;
    else wrong.push(`${name(r.child)}(${r.columns.join(', ')}) → ${name(r.parent)}`);
  }
  const missed: string[] = [];
  let recovered = 0;
  for (const d of truth) {
    const ok = inferred.some(
      (r) =>
        r.child === d.child &&
        d.columns.includes(r.columns[0]!) &&
        reaches(r.child, r.columns[0]!).has(r.parent),
    );
    if (ok) recovered++;
    else missed.push(`${name(d.child)}(${d.columns.join(', ')}) → ${name(d.parent)}`);
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);
  return {
    precision: ratio(correct, inferred.length),
    recall: ratio(recovered, truth.length),
    declared: truth.length,
    inferred: inferred.length,
    correct,
    recovered,
    wrong,
    missed,
  };
}
