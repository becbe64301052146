import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shopSnapshot, shopWorkload } from '@seam/analyzer/test-support';
import { parsePlan, planToYaml } from '@seam/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSeam } from './run-seam.js';

// `seam report` as users run it: the real CLI over a snapshot file, writing files and stdout.
describe('seam report', () => {
  let dir: string;
  const file = (name: string) => join(dir, name);
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'seam-report-cli-'));
    await writeFile(file('s.json'), JSON.stringify(shopSnapshot()));
    await writeFile(file('w.json'), JSON.stringify(shopWorkload()));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the HTML of a fresh analysis, and of a plan: same services, every table in the data', async () => {
    const r = await runSeam([
      'report',
      '--snapshot',
      file('s.json'),
      '--workload',
      file('w.json'),
      '-o',
      file('a.html'),
      '--json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary).toMatchObject({
      format: 'html',
      path: file('a.html'),
      tables: shopSnapshot().tables.length,
      leftOut: [],
    });
    const html = await readFile(file('a.html'), 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|https?:\/\//iu);
    const data = JSON.parse(/id="seam-data">([^<]*)<\/script>/u.exec(html)![1]!);
    expect(data.tables).toHaveLength(summary.tables);

    const analyzed = await runSeam([
      'analyze',
      '--snapshot',
      file('s.json'),
      '--workload',
      file('w.json'),
      '-o',
      file('plan.yaml'),
    ]);
    expect(analyzed.code, analyzed.stderr).toBe(0);
    const fromPlan = await runSeam([
      'report',
      '--plan',
      file('plan.yaml'),
      '--snapshot',
      file('s.json'),
      '--workload',
      file('w.json'),
      '-o',
      file('b.html'),
      '--json',
    ]);
    expect(fromPlan.code, fromPlan.stderr).toBe(0);
    expect(JSON.parse(fromPlan.stdout).services).toBe(summary.services);
    expect((await runSeam(['report', '--snapshot', file('s.json'), '-o', file('c.html')])).stdout).toMatch(
      /^Wrote .*c\.html \(html, \d+ KiB\): \d+ of \d+ tables drawn/u,
    );
  });

  it('prints Mermaid and DOT on stdout, the format taken from --format or the file name', async () => {
    const mermaid = await runSeam(['report', '--snapshot', file('s.json'), '--format', 'mermaid']);
    expect(mermaid.code, mermaid.stderr).toBe(0);
    expect(mermaid.stdout).toMatch(/^flowchart LR\n/u);
    const dot = await runSeam(['report', '--snapshot', file('s.json'), '-o', file('x.dot')]);
    expect(dot.code, dot.stderr).toBe(0);
    expect(await readFile(file('x.dot'), 'utf8')).toMatch(/^graph seam \{\n/u);
  });

  it('says what a plan with tables missing from the snapshot leaves out', async () => {
    const analyzed = await runSeam(['analyze', '--snapshot', file('s.json'), '-o', file('fresh.yaml')]);
    expect(analyzed.code, analyzed.stderr).toBe(0);
    const plan = parsePlan(await readFile(file('fresh.yaml'), 'utf8'));
    const first = plan.services[0]!;
    first.tables.push({ ...first.tables[0]!, table: 'public.gone' });
    await writeFile(file('stale.yaml'), planToYaml(plan));
    const r = await runSeam([
      'report',
      '--plan',
      file('stale.yaml'),
      '--snapshot',
      file('s.json'),
      '-o',
      file('stale.html'),
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      'left out: 1 table(s) of the plan are not in the snapshot and are left out: public.gone.',
    );
    expect(await readFile(file('stale.html'), 'utf8')).toContain('public.gone');
  });

  it('refuses a bad format, a bad limit and a missing plan with a usage error and a hint', async () => {
    const format = await runSeam(['report', '--snapshot', file('s.json'), '--format', 'png']);
    expect(format.code).toBe(1);
    expect(format.stderr).toContain(
      'error SEAM_USAGE: --format must be one of html, mermaid, dot, not "png".',
    );
    const limit = await runSeam(['report', '--snapshot', file('s.json'), '--max-tables', '0']);
    expect(limit.stderr).toContain('error SEAM_USAGE: --max-tables must be a whole number ≥ 1, not "0".');
    const missing = await runSeam(['report', '--plan', file('nope.yaml'), '--snapshot', file('s.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('SEAM_FILE_NOT_FOUND');
    expect(missing.stderr).not.toMatch(/\n\s+at /u);
  });
});
