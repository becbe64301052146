// Build step (scripts/build.mjs runs it after tsc): the files of samples/monolith that `--sample`
// reads, copied into dist/sample-data/monolith, where an installed @seam/introspect finds them
// (SAMPLE_DIR in src/sample/load-sample.ts).
import { cp, rm } from 'node:fs/promises';

const from = new URL('../../../samples/monolith/', import.meta.url);
const to = new URL('../dist/sample-data/monolith/', import.meta.url);
await rm(to, { recursive: true, force: true });
for (const file of [
  'README.md',
  'schema.postgres.sql',
  'stats.json',
  'truth.json',
  'workload/postgresql.log',
])
  await cp(new URL(file, from), new URL(file, to), { recursive: true });
