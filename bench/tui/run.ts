/**
 * pnpm bench:tui — time from a keystroke to the rendered frame in `seam plan`, on generated monoliths
 * of 500, 5,000 and 20,000 tables. The real UI (runPlanUi: ink, the key map, the reducer over the
 * PlanEditor) runs against a pretend terminal; each key is written to its input as a terminal would,
 * and the time runs until ink has written the frame. Keys are paced 25 ms apart, so ink's frame
 * throttle (60 fps) never holds one back. Baselines from the same run, on the same keys: the reducer
 * alone (no drawing), and ink's renderToString of the same frame without the app's logic (views
 * cached). Ends with one JSON line.
 *
 * SEAM_BENCH_TUI_SIZES=500,5000 picks other sizes.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { analyze } from '@seam/analyzer';
import { generateMonolith } from '../analyze/generate.js';

// ink draws only the last frame under CI: this is a terminal as far as the UI is concerned.
for (const name of Object.keys(process.env))
  if (name === 'CI' || name === 'CONTINUOUS_INTEGRATION' || name.startsWith('CI_')) delete process.env[name];
const { Controller, frameText, runPlanUi } = await import('@seam/tui');
const { PlanSession } = await import('@seam/plan');
const { pretendTerminal } = await import('@seam/tui/test-support');

const SIZES = (process.env.SEAM_BENCH_TUI_SIZES ?? '500,5000,20000').split(',').map(Number);
const COLUMNS = 120;
const ROWS = 40;
const PACE_MS = 25;

/** A key as a terminal sends it, and its name in the key map (for the reducer-only baseline). */
interface Key {
  raw: string;
  name: string;
  step: string;
}

const key = (raw: string, name: string, step: string): Key => ({ raw, name, step });
const times = (n: number, k: Key) => Array.from({ length: n }, () => k);

/** What a person does: browse tables and services, page, filter, edit, undo and redo. */
function scenario(groups: number, tables: number): Key[] {
  // Every measured key must change the screen: stop paging before the end of the list.
  const pages = Math.min(20, Math.floor((tables - 100) / (ROWS - 9)) - 1);
  const keys: Key[] = [
    key('2', '2', 'setup'),
    ...times(100, key('j', 'j', 'next table')),
    ...times(pages, key('\x1b[6~', 'pagedown', 'page down')),
    key('1', '1', 'setup'),
    ...times(Math.min(30, groups - 2), key('j', 'j', 'next service')),
    key('2', '2', 'setup'),
    key('/', '/', 'setup'),
    ...[...'d1_'].map((c) => key(c, c, 'filter, typed')),
    key('\r', 'enter', 'setup'),
    key(':', ':', 'setup'),
    ...[...'move bench-moved'].map((c) => key(c, c, 'setup')),
    key('\r', 'enter', 'edit (move)'),
  ];
  for (let i = 0; i < 10; i++) keys.push(key('u', 'u', 'undo'), key('\x12', 'ctrl-r', 'redo'));
  return keys;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)]! : Number.NaN;
};
const p95 = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]! : Number.NaN;
};
const round = (x: number) => Math.round(x * 100) / 100;

/** The real UI's pretend terminal, with a way to time a key until the frame it causes is written. */
function terminal() {
  const t = pretendTerminal({ columns: COLUMNS, rows: ROWS });
  const press = async (raw: string): Promise<number | null> => {
    const before = t.writes();
    const start = performance.now();
    t.input(raw);
    const until = start + 5000;
    while (performance.now() < until) {
      await new Promise((r) => setImmediate(r));
      if (t.writes() > before) {
        // The frame is written in one go: wait for the writes to stop, then take the last one.
        let seen: number;
        do {
          seen = t.writes();
          await new Promise((r) => setImmediate(r));
        } while (t.writes() !== seen);
        return t.lastWrite() - start;
      }
    }
    return null;
  };
  return { options: t.options, press };
}

interface StepFigures {
  keys: number;
  medianMs: number;
  p95Ms: number;
}

async function measure(tables: number) {
  const generated = generateMonolith(tables, tables * 5, 1);
  const t0 = performance.now();
  const result = analyze(generated.snapshot, generated.workload, {});
  const analyzeMs = Math.round(performance.now() - t0);
  const session = PlanSession.fromAnalysis(result, generated.snapshot, '/dev/null/never-written.yaml');
  const keys = scenario(session.groups().length, tables);

  // The real UI on a pretend terminal.
  const term = terminal();
  const running = runPlanUi(session, term.options);
  await sleep(200);
  const measured: { step: string; ms: number }[] = [];
  let missing = 0;
  for (const k of keys) {
    const ms = await term.press(k.raw);
    if (ms === null) missing++;
    else if (k.step !== 'setup') measured.push({ step: k.step, ms });
    await sleep(PACE_MS);
  }
  await term.press('q');
  await term.press('y');
  await running;

  // Baselines on the same keys: the reducer alone, and ink drawing the same frame (views already cached).
  const controller = new Controller(session, { columns: COLUMNS, rows: ROWS });
  const reducer: number[] = [];
  const draw: number[] = [];
  for (const k of keys) {
    const start = performance.now();
    controller.press([k.name]);
    const reduced = performance.now();
    frameText(controller);
    const drawStart = performance.now();
    frameText(controller);
    const drawn = performance.now();
    if (k.step !== 'setup') {
      reducer.push(reduced - start);
      draw.push(drawn - drawStart);
    }
  }

  const steps: Record<string, StepFigures> = {};
  for (const step of [...new Set(measured.map((m) => m.step))]) {
    const xs = measured.filter((m) => m.step === step).map((m) => m.ms);
    steps[step] = { keys: xs.length, medianMs: round(median(xs)), p95Ms: round(p95(xs)) };
  }
  const all = measured.map((m) => m.ms);
  return {
    tables,
    services: session.editor.model.services().length,
    statements: generated.workload.statements.length,
    analyzeMs,
    keys: all.length,
    missingFrames: missing,
    medianMs: round(median(all)),
    p95Ms: round(p95(all)),
    steps,
    baseline: {
      reducerMedianMs: round(median(reducer)),
      reducerP95Ms: round(p95(reducer)),
      inkRenderToStringMedianMs: round(median(draw)),
      inkRenderToStringP95Ms: round(p95(draw)),
    },
  };
}

const results = [];
for (const tables of SIZES) {
  const r = await measure(tables);
  results.push(r);
  console.log(
    `${String(tables).padStart(6)} tables (${r.services} services, analyze ${r.analyzeMs} ms): keystroke → frame median ${r.medianMs} ms, p95 ${r.p95Ms} ms over ${r.keys} keys` +
      `${r.missingFrames ? ` (${r.missingFrames} keys drew nothing)` : ''}; reducer alone ${r.baseline.reducerMedianMs} ms, ink renderToString of the frame ${r.baseline.inkRenderToStringMedianMs} ms`,
  );
  for (const [step, f] of Object.entries(r.steps))
    console.log(
      `         ${step.padEnd(14)} median ${String(f.medianMs).padStart(6)} ms  p95 ${String(f.p95Ms).padStart(6)} ms  (${f.keys} keys)`,
    );
}
const at5000 = results.find((r) => r.tables === 5000);
console.log(
  JSON.stringify({
    bench: 'tui',
    node: process.versions.node,
    columns: COLUMNS,
    rows: ROWS,
    paceMs: PACE_MS,
    results,
    target: { tables: 5000, medianMs: 50, met: at5000 ? at5000.medianMs < 50 : null },
  }),
);
