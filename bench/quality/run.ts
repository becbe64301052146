/**
 * pnpm bench:quality — how well Seam's clustering recovers domain groupings that people drew, on a
 * labelled corpus of public schemas (datasets/), through both input paths:
 *   snapshot  the dataset's schema.json as a snapshot (no statistics), as `seam analyze --snapshot`;
 *   live      schema.sql loaded into a fresh database `seamq_<dataset>` (PostgreSQL, or MariaDB for the
 *             mysql dialect), never analyzed, read with `introspect` as `seam analyze --source`, dropped.
 * Beside Seam, two floors on the same tables: plain Louvain on the declared-FK graph (same seeds) and the
 * first word of the table name (singular, schema-wide prefix dropped). Per dataset: Adjusted Rand Index,
 * MoJoFM, share of tables set aside as reference/technical, share of FKs crossing; means over the primary
 * truths; leave-one-out (each dataset's score beside the mean of the others); FK-inference precision and
 * recall with declared keys removed. Ends with one JSON line.
 *
 * Options:
 *   --path snapshot|live|both   which input paths (default both)
 *   --datasets a,b              only these dataset folders
 *   --compare <file>            per-dataset deltas against a saved run (a file written by --save)
 *   --save <file>               write this run's results (default bench/quality/last.json)
 *   --json                      only the JSON line
 * SEAM_BENCH_SEEDS=6,7,8 picks other seeds. Scoring convention: every table gets one group, the one its
 * `assignments` entry names: its service, or one group each for shared reference and technical tables.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseTableKey, type SchemaSnapshot, type SeamError, type Workload } from '@seam/core';
import { loadSample, SAMPLE_DIR } from '@seam/introspect';
import { type FkInferenceScore, scoreFkInference } from './fk-inference.js';
import { firstWordPartition, louvainPartition } from './floors.js';
import { loadDatasets } from './labelled-schema.js';
import { liveSnapshot } from './live-load.js';
import { type QualityRow, type QualityRun, renderReport } from './report.js';
import { type Partition, type Score, score, seamPartition } from './scorer.js';

const { values: args } = parseArgs({
  options: {
    path: { type: 'string', default: 'both' },
    datasets: { type: 'string' },
    compare: { type: 'string' },
    save: { type: 'string', default: fileURLToPath(new URL('./last.json', import.meta.url)) },
    json: { type: 'boolean', default: false },
  },
});
const PATHS = args.path === 'both' ? ['snapshot', 'live'] : [args.path!];
if (!PATHS.every((p) => p === 'snapshot' || p === 'live')) {
  process.stderr.write(`--path takes snapshot, live or both, not ${args.path}\n`);
  process.exit(2);
}
const SEEDS = (process.env.SEAM_BENCH_SEEDS ?? '1,2,3,4,5').split(',').map(Number);
const root = fileURLToPath(new URL('./datasets', import.meta.url));
const only = args.datasets ? new Set(args.datasets.split(',')) : null;
const progress = (message: string) => {
  if (!args.json) process.stderr.write(`${message}\n`);
};

function mean(scores: Score[]): Score {
  const avg = (k: keyof Score) =>
    Math.round((scores.reduce((a, s) => a + s[k], 0) / scores.length) * 1000) / 1000;
  return {
    ari: avg('ari'),
    mojofm: avg('mojofm'),
    crossFkShare: avg('crossFkShare'),
    groups: avg('groups'),
    setAside: avg('setAside'),
  };
}

const rows: QualityRow[] = [];

function scoreDataset(
  dataset: string,
  path: string,
  snapshot: SchemaSnapshot,
  truths: Map<string, Record<string, string>>,
  workload?: Workload,
  sharedGroups: string[] = [],
) {
  const seam = SEEDS.map((s) => seamPartition(snapshot, s, {}, workload));
  const louvain = SEEDS.map((s) => louvainPartition(snapshot, s));
  const firstWord = firstWordPartition(snapshot);
  const over = (parts: Partition[], truth: Record<string, string>) =>
    mean(parts.map((p) => score(snapshot, p, truth)));
  for (const [truthName, truth] of truths) {
    const self = score(snapshot, new Map(Object.entries(truth)), truth);
    rows.push({
      dataset,
      truth: truthName,
      path,
      tables: snapshot.tables.length,
      groups: new Set(Object.values(truth)).size,
      truthCrossFkShare: Math.round(self.crossFkShare * 1000) / 1000,
      truthShared:
        Math.round(
          (Object.values(truth).filter((g) => sharedGroups.includes(g)).length / snapshot.tables.length) *
            1000,
        ) / 1000,
      seam: over(seam, truth),
      louvain: over(louvain, truth),
      firstWord: over([firstWord], truth),
    });
  }
}

const fkInference: Array<{ dataset: string; source: string } & FkInferenceScore> = [];
const started = Date.now();
for (const d of loadDatasets(root)) {
  if (only && !only.has(d.name)) continue;
  for (const path of PATHS) {
    const t0 = Date.now();
    const snapshot =
      path === 'snapshot'
        ? d.snapshot
        : await liveSnapshot(d.name, d.dialect, readFileSync(join(d.dir, 'schema.sql'), 'utf8')).catch(
            (error: SeamError) => {
              process.stderr.write(
                `${d.name} (live): ${error.message}${error.hint ? `\n${error.hint}` : ''}\n` +
                  'Set SEAM_QUALITY_PG / SEAM_QUALITY_MYSQL to a server where databases can be created, or run with --path snapshot.\n',
              );
              process.exit(1);
            },
          );
    scoreDataset(d.name, path, snapshot, d.truths, undefined, d.sharedGroups);
    progress(`${d.name} (${path}): ${snapshot.tables.length} tables, ${Date.now() - t0} ms`);
  }
  const declared = d.snapshot.tables.reduce((a, t) => a + t.foreignKeys.length, 0);
  if (declared > 0 || d.relations)
    fkInference.push({
      dataset: d.name,
      source: declared > 0 ? 'declared FKs removed' : 'relations.json',
      ...scoreFkInference(d.snapshot, declared > 0 ? undefined : d.relations),
    });
}

// The bundled sample monolith (samples/monolith): the only labelled set with a workload and figures.
// Its truth gives lookup and technical tables their own groups too, as Seam's scoring does.
if (!only || only.has('sample-monolith')) {
  const sample = await loadSample();
  const sampleTruth = JSON.parse(readFileSync(join(SAMPLE_DIR, 'truth.json'), 'utf8')) as {
    domains: Record<string, string>;
  };
  const byName: Record<string, string> = {};
  for (const [key, domain] of Object.entries(sampleTruth.domains)) byName[parseTableKey(key).name] = domain;
  const sampleTruths = new Map([['truth', byName]]);
  scoreDataset('sample-monolith', 'sample', sample.snapshot, sampleTruths);
  scoreDataset('sample-monolith', 'sample+workload', sample.snapshot, sampleTruths, sample.workload);
}

let before: QualityRun | undefined;
if (args.compare) {
  try {
    before = JSON.parse(readFileSync(args.compare, 'utf8')) as QualityRun;
  } catch {
    process.stderr.write(`--compare: ${args.compare} could not be read as a saved run; no deltas shown\n`);
  }
}
const run: QualityRun = { bench: 'quality', seeds: SEEDS, paths: PATHS, results: rows, fkInference };
const report = renderReport(run, before);
if (!args.json) process.stdout.write(report.text);
writeFileSync(args.save!, `${JSON.stringify(run, null, 2)}\n`);
progress(`saved to ${args.save} in ${Math.round((Date.now() - started) / 100) / 10} s`);
console.log(JSON.stringify({ ...run, summary: report.summary }));
