/**
 * pnpm bench:report — `seam report` on a generated 5,000-table monolith (with its workload):
 * (1) time to write the HTML (lay out, explain, bundle, serialise), beside a baseline in the same
 * process: building the graphology graph of the same ties and serialising it (graph.export(), no
 * layout, no explanations); (2) time for the page to become interactive in headless Chromium (open
 * → data parsed, graph drawn, panels filled, next frame), beside a baseline page where sigma.js
 * draws the same laid-out graph with no Seam UI. Median of 3. Ends with one JSON line.
 * BENCH_REPORT_TABLES=20000 measures a plan past the page's 5,000-table limit.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyze, PlanEditor, toGraphology } from '@seam/analyzer';
import { buildReportModel, renderHtml, scriptJson } from '@seam/report';
import { launchBrowser } from '@seam/report/test-support';
import { build } from 'esbuild';
import type { Browser } from 'puppeteer-core';
import { generateMonolith } from '../analyze/generate.js';

const TABLES = Number(process.env.BENCH_REPORT_TABLES ?? 5000);
const RUNS = 3;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (start: number) => Math.round(performance.now() - start);

async function pageTime(browser: Browser, file: string): Promise<number> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 1000 });
  await page.setRequestInterception(true);
  const url = pathToFileURL(file).href;
  page.on('request', (r) => (r.url() === url ? r.continue() : r.abort()));
  const start = performance.now();
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.ready === 'true', { timeout: 120_000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  const took = ms(start);
  await page.close();
  return took;
}

const dir = mkdtempSync(join(tmpdir(), 'seam-bench-report-'));
try {
  console.error(`generating a ${TABLES}-table monolith and analyzing it`);
  const { snapshot, workload } = generateMonolith(TABLES, TABLES * 10, 1);
  const editor = PlanEditor.fromAnalysis(analyze(snapshot, workload), snapshot);
  await renderHtml(buildReportModel(editor, { limits: { tables: 10 } })); // bundle once (cached), warm up

  const write: number[] = [];
  const baselineWrite: number[] = [];
  let model = buildReportModel(editor, { layout: false });
  const seamFile = join(dir, 'seam.html');
  for (let i = 0; i < RUNS; i++) {
    let start = performance.now();
    model = buildReportModel(editor);
    writeFileSync(seamFile, await renderHtml(model));
    write.push(ms(start));
    start = performance.now();
    const graph = toGraphology(editor.model.evidence);
    writeFileSync(join(dir, 'graph.json'), JSON.stringify(graph.export()));
    baselineWrite.push(ms(start));
    console.error(`write run ${i + 1}: seam ${write.at(-1)} ms, graph export ${baselineWrite.at(-1)} ms`);
  }

  const bundle = await build({
    entryPoints: [fileURLToPath(new URL('./baseline-page.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    logLevel: 'silent',
  });
  const baselineFile = join(dir, 'baseline.html');
  writeFileSync(
    baselineFile,
    `<!doctype html><html><head><meta charset="utf-8"><style>#graph{width:100vw;height:70vh}</style></head><body><div id="graph"></div>` +
      `<script type="application/json" id="data">${scriptJson({ nodes: model.tables.map((t) => [t.x, t.y]), edges: model.edges.map((e) => [e[0], e[1]]) })}</script>` +
      `<script>${bundle.outputFiles[0]!.text}</script></body></html>`,
  );

  const browser = await launchBrowser();
  const interactive: number[] = [];
  const baselineInteractive: number[] = [];
  try {
    await pageTime(browser, baselineFile); // warm the browser
    for (let i = 0; i < RUNS; i++) {
      interactive.push(await pageTime(browser, seamFile));
      baselineInteractive.push(await pageTime(browser, baselineFile));
      console.error(
        `page run ${i + 1}: seam ${interactive.at(-1)} ms, sigma alone ${baselineInteractive.at(-1)} ms`,
      );
    }
  } finally {
    await browser.close();
  }

  const result = {
    bench: 'report',
    date: new Date().toISOString(),
    load: loadavg().map((x) => Math.round(x * 100) / 100),
    tables: TABLES,
    drawn: model.tables.length,
    edges: model.edges.length,
    services: model.services.length,
    htmlBytes: statSync(seamFile).size,
    writeMs: median(write),
    baselineGraphExportMs: median(baselineWrite),
    interactiveMs: median(interactive),
    baselineSigmaOnlyMs: median(baselineInteractive),
    runs: { write, baselineWrite, interactive, baselineInteractive },
  };
  console.error(
    `write ${result.writeMs} ms (graph export alone ${result.baselineGraphExportMs} ms); ` +
      `interactive ${result.interactiveMs} ms (sigma alone ${result.baselineSigmaOnlyMs} ms)`,
  );
  console.log(JSON.stringify(result));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
