/**
 * pnpm bench:quality-paths — the analyzer on each labelled schema through three inputs: its snapshot
 * (no statistics), the same snapshot as a live database never analyzed reports it (empty pages, zero
 * counters), and the snapshot with its declared foreign keys removed. Prints ARI, MoJoFM and the share
 * of tables set aside as reference or technical (means over seeds 1–5), and ends with one JSON line.
 * The first two must agree (unknown statistics stay unknown); the share must stay ≤ 25 %.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '@seam/analyzer';
import { parseTableKey, type SchemaSnapshot, type Workload } from '@seam/core';
import { loadSample, SAMPLE_DIR } from '@seam/introspect';
import { loadDatasets } from './labelled-schema.js';
import { score } from './scorer.js';

const SEEDS = [1, 2, 3, 4, 5];
const root = fileURLToPath(new URL('./datasets', import.meta.url));
const results: Array<{ dataset: string; path: string; ari: number; mojofm: number; shared: number }> = [];

function run(
  dataset: string,
  path: string,
  snapshot: SchemaSnapshot,
  truth: Record<string, string>,
  workload?: Workload,
) {
  let ari = 0;
  let mojofm = 0;
  let shared = 0;
  for (const seed of SEEDS) {
    const { analysis } = analyze(snapshot, workload, { seed });
    const partition = new Map<string, string>();
    for (const [key, a] of Object.entries(analysis.assignments))
      partition.set(parseTableKey(key).name, a.kind === 'service' ? a.service : a.kind);
    const s = score(snapshot, partition, truth);
    ari += s.ari;
    mojofm += s.mojofm;
    shared += Object.values(analysis.assignments).filter((a) => a.kind !== 'service').length;
  }
  const r = (x: number, d = 1000) => Math.round((x / SEEDS.length) * d) / d;
  const row = {
    dataset,
    path,
    ari: r(ari),
    mojofm: r(mojofm, 10),
    shared: r(shared / snapshot.tables.length),
  };
  results.push(row);
  process.stdout.write(
    `${`${dataset} / ${path}`.padEnd(40)} ARI ${row.ari.toFixed(3)}  MoJoFM ${row.mojofm.toFixed(1)}  reference+technical ${(100 * row.shared).toFixed(0)}%\n`,
  );
}

const zeroStats = (s: SchemaSnapshot): SchemaSnapshot => ({
  ...s,
  tables: s.tables.map((t) => ({
    ...t,
    rowEstimate: 0,
    bytes: 16384,
    stats: { reads: 0, inserts: 0, updates: 0, deletes: 0, windowSeconds: 600 },
  })),
});
const noFks = (s: SchemaSnapshot): SchemaSnapshot => ({
  ...s,
  tables: s.tables.map((t) => ({ ...t, foreignKeys: [] })),
});

for (const d of loadDatasets(root)) {
  const truth = d.truths.get('truth')!;
  run(d.name, 'snapshot', d.snapshot, truth);
  run(d.name, 'live, never analyzed', zeroStats(d.snapshot), truth);
  run(d.name, 'no foreign keys', noFks(d.snapshot), truth);
}
const sample = await loadSample();
const domains = JSON.parse(readFileSync(join(SAMPLE_DIR, 'truth.json'), 'utf8')).domains as Record<
  string,
  string
>;
const truth = Object.fromEntries(Object.entries(domains).map(([k, v]) => [parseTableKey(k).name, v]));
run('sample-monolith', 'with statistics', sample.snapshot, truth);
run('sample-monolith', 'with statistics + workload', sample.snapshot, truth, sample.workload);
run('sample-monolith', 'live, never analyzed', zeroStats(sample.snapshot), truth);
console.log(JSON.stringify({ bench: 'quality-paths', seeds: SEEDS, results }));
