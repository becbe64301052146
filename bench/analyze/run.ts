/**
 * pnpm bench:analyze — time and peak memory of `analyze()` on generated monoliths of 1k, 10k and 50k
 * tables (about 3 foreign keys per table, 10 workload statements per table), beside two baselines
 * measured in the same process: building the evidence graph alone, and one plain Louvain run on the
 * foreign-key graph. Each size runs in its own process so that peak memory (maxRSS) is its own.
 * Ends with one JSON line.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, buildEvidence, indexSnapshot, seededRandom } from '@seam/analyzer';
import { parseSnapshot, parseWorkload } from '@seam/core';
import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import { generateMonolith } from './generate.js';

const louvain = ((louvainModule as { default?: unknown }).default ??
  louvainModule) as unknown as typeof louvainModule.default;

interface SizeResult {
  tables: number;
  fks: number;
  statements: number;
  transactions: number;
  services: number;
  /** Parsing and validating the snapshot and workload JSON, as `seam analyze` does. */
  parseMs: number;
  analyzeMs: number;
  /** CPU time of the process during analyze() (user + system, GC threads included): steadier than
   * wall time when other processes share the cores. */
  analyzeCpuMs: number;
  evidenceOnlyMs: number;
  plainLouvainMs: number;
  peakRssMiB: number;
}

function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, Math.round(performance.now() - start)];
}

/** Writes the generated snapshot and workload as files, as `seam analyze` would get them. */
function generate(tables: number, dir: string): { fks: number } {
  const generated = generateMonolith(tables, tables * 10, 1);
  writeFileSync(join(dir, 'snapshot.json'), JSON.stringify(generated.snapshot));
  writeFileSync(join(dir, 'workload.json'), JSON.stringify(generated.workload));
  return { fks: generated.fks };
}

function measure(tables: number, dir: string, fks: number): SizeResult {
  const [[snapshot, workload], parseMs] = time(
    () =>
      [
        parseSnapshot(readFileSync(join(dir, 'snapshot.json'), 'utf8')),
        parseWorkload(readFileSync(join(dir, 'workload.json'), 'utf8')),
      ] as const,
  );
  // Baselines first, so that the JIT warms up on them rather than favouring the analyzer.
  const [, evidenceOnlyMs] = time(() => buildEvidence(indexSnapshot(snapshot), workload));
  const [, plainLouvainMs] = time(() => {
    const graph = new UndirectedGraph();
    for (const t of snapshot.tables) graph.addNode(t.name);
    for (const t of snapshot.tables)
      for (const f of t.foreignKeys)
        if (f.referencedTable !== t.name) graph.mergeEdge(t.name, f.referencedTable);
    return louvain(graph, { rng: seededRandom(1) });
  });
  const cpu = process.cpuUsage();
  const [result, analyzeMs] = time(() => analyze(snapshot, workload, { seed: 1 }));
  const used = process.cpuUsage(cpu);
  const analyzeCpuMs = Math.round((used.user + used.system) / 1000);
  return {
    tables,
    fks,
    statements: workload.statements.length,
    transactions: workload.transactions.length,
    services: result.analysis.totals.services,
    parseMs,
    analyzeMs,
    analyzeCpuMs,
    evidenceOnlyMs,
    plainLouvainMs,
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

const arg = (name: string) => process.argv[process.argv.indexOf(name) + 1]!;
if (process.argv.includes('--generate')) {
  process.stdout.write(`${JSON.stringify(generate(Number(arg('--generate')), arg('--dir')))}\n`);
} else if (process.argv.includes('--size')) {
  process.stdout.write(
    `${JSON.stringify(measure(Number(arg('--size')), arg('--dir'), Number(arg('--fks'))))}\n`,
  );
} else {
  // SEAM_BENCH_SIZES=10000 measures one size only (the 10k row is the target's).
  const sizes = (process.env.SEAM_BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);
  const results: SizeResult[] = [];
  process.stdout.write(
    'size    FKs     stmts    services  parse ms  analyze ms  (cpu ms)  evidence ms  louvain ms  peak MiB\n',
  );
  const dir = mkdtempSync(join(tmpdir(), 'seam-bench-analyze-'));
  const self = (...args: string[]) =>
    JSON.parse(
      execFileSync(
        process.execPath,
        ['--conditions=source', '--import', 'tsx', fileURLToPath(import.meta.url), ...args],
        {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      )
        .trim()
        .split('\n')
        .pop()!,
    );
  for (const size of sizes) {
    const { fks } = self('--generate', String(size), '--dir', dir) as { fks: number };
    const r = self('--size', String(size), '--dir', dir, '--fks', String(fks)) as SizeResult;
    results.push(r);
    process.stdout.write(
      `${String(r.tables).padEnd(8)}${String(r.fks).padEnd(8)}${String(r.statements).padEnd(9)}${String(r.services).padEnd(10)}${String(r.parseMs).padEnd(10)}${String(r.analyzeMs).padEnd(12)}${String(r.analyzeCpuMs).padEnd(10)}${String(r.evidenceOnlyMs).padEnd(13)}${String(r.plainLouvainMs).padEnd(12)}${r.peakRssMiB}\n`,
    );
  }
  rmSync(dir, { recursive: true, force: true });
  const ten = results.find((r) => r.tables === 10_000);
  if (!ten) {
    console.log(JSON.stringify({ bench: 'analyze', node: process.versions.node, results }));
    process.exit(0);
  }
  const target = { analyzeMs: 5000, peakRssMiB: 1024 };
  process.stdout.write(
    `\n10k tables: analyze ${ten.analyzeMs} ms (+ ${ten.parseMs} ms reading JSON), peak ${ten.peakRssMiB} MiB; target < ${target.analyzeMs} ms and < ${target.peakRssMiB} MiB: ${ten.analyzeMs + ten.parseMs < target.analyzeMs && ten.peakRssMiB < target.peakRssMiB ? 'met' : 'NOT met'}\n`,
  );
  console.log(JSON.stringify({ bench: 'analyze', node: process.versions.node, results, target }));
}
