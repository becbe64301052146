// `pnpm bench:startup`: how long `seam --help` takes to start and exit — the compiled CLI on plain
// Node (what `npm install -g` gives) against the checkout's CLI through tsx (`pnpm seam`, the only
// way before issue 15). Baseline in the same run: `node -e ''`, Node starting and doing nothing.
// Builds first (`pnpm build`, incremental). Ends with one JSON line.
import { execFileSync, spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });

const variants = {
  built: [process.execPath, 'apps/cli/dist/main.js', '--help'],
  tsx: [process.execPath, 'apps/cli/bin/seam.js', '--help'],
  nodeAlone: [process.execPath, '-e', ''],
} as const;
type Variant = keyof typeof variants;

function once(variant: Variant): number {
  const [command, ...args] = variants[variant];
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${variant} exited ${result.status}: ${result.stderr}`);
  return Math.round(ms);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

const runs: Record<Variant, number[]> = { built: [], tsx: [], nodeAlone: [] };
// One warm-up of each (tsx's transform cache, the file system cache), then interleaved runs so that a
// change of load hits every variant alike.
for (const v of Object.keys(variants) as Variant[]) once(v);
for (let i = 0; i < RUNS; i++)
  for (const v of Object.keys(variants) as Variant[]) {
    runs[v].push(once(v));
  }

const result = {
  bench: 'startup',
  date: new Date().toISOString(),
  load: loadavg().map((x) => Math.round(x * 100) / 100),
  node: process.version,
  runs: RUNS,
  builtMs: median(runs.built),
  tsxMs: median(runs.tsx),
  nodeAloneMs: median(runs.nodeAlone),
  speedup: Math.round((median(runs.tsx) / median(runs.built)) * 100) / 100,
  all: runs,
};
console.error(
  `seam --help: built ${result.builtMs} ms, through tsx ${result.tsxMs} ms (×${result.speedup}); node alone ${result.nodeAloneMs} ms (medians of ${RUNS})`,
);
console.log(JSON.stringify(result));
