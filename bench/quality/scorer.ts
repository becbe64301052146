import { type AnalyzeOptions, adjustedRandIndex, analyze, mojoFm } from '@seam/analyzer';
import { keyOfTable, type SchemaSnapshot, type Workload } from '@seam/core';

export interface Score {
  ari: number;
  mojofm: number;
  /** Share of declared FKs (table pairs) whose ends are in different groups. */
  crossFkShare: number;
  groups: number;
  /** Share of tables set aside as shared reference or technical (the groups `reference` / `technical`). */
  setAside: number;
}

/** The group labels Seam gives tables it sets aside instead of placing in a service. */
const SET_ASIDE = new Set(['reference', 'technical']);

/** Table name → group label, for every table of the snapshot. */
export type Partition = Map<string, string>;

/** Seam's partition: each table's service, or its shared role as a group of its own. */
export function seamPartition(
  snapshot: SchemaSnapshot,
  seed: number,
  options: AnalyzeOptions = {},
  workload?: Workload,
): Partition {
  const { analysis } = analyze(snapshot, workload, { ...options, seed });
  const byKey = new Map(snapshot.tables.map((t) => [keyOfTable(t), t.name]));
  const out: Partition = new Map();
  for (const [key, a] of Object.entries(analysis.assignments)) {
    const name = byKey.get(key) ?? key.split('.').pop()!;
    out.set(name, a.kind === 'service' ? `s:${a.service}` : a.kind);
  }
  return out;
}

export function score(snapshot: SchemaSnapshot, partition: Partition, truth: Record<string, string>): Score {
  const names = snapshot.tables
    .map((t) => t.name)
    .filter((n) => truth[n] !== undefined)
    .sort();
  const got = names.map((n) => partition.get(n)!);
  const want = names.map((n) => truth[n]!);
  const pairs = new Set<string>();
  for (const t of snapshot.tables)
    for (const f of t.foreignKeys)
      if (
        f.referencedTable !== t.name &&
        truth[t.name] !== undefined &&
        truth[f.referencedTable] !== undefined
      )
        pairs.add([t.name, f.referencedTable].sort().join('\u0000'));
  let crossing = 0;
  for (const p of pairs) {
    const [a, b] = p.split('\u0000');
    if (partition.get(a!) !== partition.get(b!)) crossing++;
  }
  return {
    ari: adjustedRandIndex(got, want),
    mojofm: mojoFm(got, want),
    crossFkShare: pairs.size ? crossing / pairs.size : 0,
    groups: new Set(got).size,
    setAside: names.length ? got.filter((g) => SET_ASIDE.has(g)).length / names.length : 0,
  };
}
