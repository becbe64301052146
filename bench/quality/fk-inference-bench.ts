/**
 * pnpm bench:fk-inference — how well Seam recovers foreign keys from names alone: each labelled
 * schema (datasets/) and the bundled sample lose their declared foreign keys, inference runs on what
 * is left, and the inferred references (confidence ≥ 0.5) are compared with the declared ones.
 * Prints precision and recall per dataset (target P ≥ 0.9, R ≥ 0.8) and ends with one JSON line.
 * SEAM_FK_VERBOSE=1 lists what was wrong or missed.
 */
import { fileURLToPath } from 'node:url';
import { scoreFkInference } from '@seam/analyzer';
import { loadSample } from '@seam/introspect';
import { loadDatasets } from './labelled-schema.js';

const root = fileURLToPath(new URL('./datasets', import.meta.url));
const verbose = process.env.SEAM_FK_VERBOSE === '1';
const inputs = loadDatasets(root).map((d) => ({ name: d.name, snapshot: d.snapshot }));
inputs.push({ name: 'sample-monolith', snapshot: (await loadSample()).snapshot });

const results = inputs.map(({ name, snapshot }) => {
  const s = scoreFkInference(snapshot);
  process.stdout.write(
    `${name.padEnd(22)} declared ${String(s.declared).padStart(4)}  inferred ${String(s.inferred).padStart(4)}  precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}\n`,
  );
  if (verbose) {
    for (const w of s.wrong) process.stdout.write(`    wrong  ${w}\n`);
    for (const m of s.missed) process.stdout.write(`    missed ${m}\n`);
  }
  return {
    dataset: name,
    declared: s.declared,
    inferred: s.inferred,
    precision: s.precision,
    recall: s.recall,
  };
});
const mean = (k: 'precision' | 'recall') =>
  Math.round((results.reduce((a, r) => a + r[k], 0) / results.length) * 1000) / 1000;
process.stdout.write(`\nmean precision ${mean('precision')}, mean recall ${mean('recall')}\n`);
console.log(
  JSON.stringify({ bench: 'fk-inference', results, precision: mean('precision'), recall: mean('recall') }),
);
