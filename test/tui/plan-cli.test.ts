import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shopSnapshot, shopWorkload } from '@seam/analyzer/test-support';
import { parsePlan, writeSnapshotFile } from '@seam/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSeam } from '../cli/run-seam.js';

describe('seam plan without a terminal, and its verbs', () => {
  let dir: string;
  let inputs: string[];
  const plan = () => join(dir, 'plan.yaml');

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'seam-plan-cli-'));
    await writeSnapshotFile(join(dir, 'snapshot.json'), shopSnapshot());
    await writeFile(join(dir, 'workload.json'), JSON.stringify(shopWorkload()));
    inputs = ['--snapshot', join(dir, 'snapshot.json'), '--workload', join(dir, 'workload.json')];
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints the analysis of the bundled sample when stdout is not a terminal (npm run demo in a pipe)', async () => {
    const r = await runSeam(['plan', join(dir, 'demo.yaml'), '--sample']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Analyzed .*: 101 tables/);
    expect(r.stdout).toContain('SERVICE');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(
      `Not a terminal, so this is the analysis; in a terminal, seam plan opens it for editing (and writes ${join(dir, 'demo.yaml')}).`,
    );
    await expect(readFile(join(dir, 'demo.yaml'))).rejects.toThrow();
  });

  it('edits plan.yaml from scripts with the same verbs as the command line of the UI', async () => {
    const analyzed = await runSeam(['analyze', ...inputs, '-o', plan()]);
    expect(analyzed.code, analyzed.stderr).toBe(0);
    const before = await readFile(plan(), 'utf8');

    const dry = await runSeam([
      'plan',
      'move',
      'orders',
      'refunds',
      '--plan',
      plan(),
      ...inputs,
      '--dry-run',
    ]);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(/^moved public\.refunds → orders \(dry run: not written\)/);
    expect(dry.stdout).toMatch(/x-FKs +\d+ → +\d+/);
    expect(await readFile(plan(), 'utf8')).toBe(before);

    const moved = await runSeam([
      'plan',
      'move',
      'orders',
      'public.refunds',
      '--plan',
      plan(),
      ...inputs,
      '--json',
    ]);
    expect(moved.code, moved.stderr).toBe(0);
    const out = JSON.parse(moved.stdout);
    expect(out).toMatchObject({ command: 'move orders public.refunds', written: true });
    expect(out.changes).toEqual(['1 table moved:', '  public.refunds: invoices → orders']);
    expect(out.delta.crossFks).toBe(out.after.crossFks - out.before.crossFks);
    const services = parsePlan(await readFile(plan(), 'utf8')).services;
    expect(services.find((s) => s.name === 'orders')!.tables.map((t) => t.table)).toContain('public.refunds');

    const pinned = await runSeam(['plan', 'pin', 'orders', 'refunds', '--plan', plan(), ...inputs]);
    expect(pinned.code, pinned.stderr).toBe(0);
    expect(parsePlan(await readFile(plan(), 'utf8')).constraints.pins).toEqual({
      'public.refunds': 'orders',
    });

    const summary = await runSeam(['plan', plan(), ...inputs]);
    expect(summary.code, summary.stderr).toBe(0);
    expect(summary.stdout).toMatch(/^Plan .*plan\.yaml over shop \(postgres\): 29 tables/);
    expect(summary.stdout).toMatch(/^orders +6 /m); // orders, order_items, order_status_history, addresses, countries + refunds
  });

  it('refuses what it cannot do, with a code and a hint', async () => {
    const missing = await runSeam(['plan', 'create', 'x', '--plan', join(dir, 'nope.yaml'), ...inputs]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('SEAM_FILE_NOT_FOUND');
    expect(missing.stderr).toContain('seam analyze');
    const usage = await runSeam(['plan', 'move', 'orders', '--plan', plan(), ...inputs]);
    expect(usage.code).toBe(1);
    expect(usage.stderr).toContain("missing required argument 'tables'");
    const apart = await runSeam(['plan', 'together', 'orders', '--plan', plan(), ...inputs]);
    expect(apart.code).toBe(1);
    expect(apart.stderr).toContain('SEAM_USAGE');
    const bad = await runSeam(['plan', 'move', 'orders', 'public.nope', '--plan', plan(), ...inputs]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('SEAM_EDIT_INVALID');
  });
  it("sets a service's target from a script, and later edits keep it", async () => {
    const file = join(dir, 'target.yaml');
    const analyzed = await runSeam(['analyze', ...inputs, '-o', file]);
    expect(analyzed.code, analyzed.stderr).toBe(0);
    const service = parsePlan(await readFile(file, 'utf8')).services[0]!.name;
    const set = await runSeam([
      'plan',
      'target',
      service,
      '--dialect',
      'mysql',
      '--database',
      'svc_db',
      '--plan',
      file,
      ...inputs,
    ]);
    expect(set.code, set.stderr).toBe(0);
    const moved = await runSeam(['plan', 'move', service, 'refunds', '--plan', file, ...inputs]);
    expect(moved.code, moved.stderr).toBe(0);
    const after = parsePlan(await readFile(file, 'utf8'));
    expect(after.services.find((s) => s.name === service)?.target).toEqual({
      dialect: 'mysql',
      database: 'svc_db',
    });
    const bad = await runSeam(['plan', 'target', service, '--dialect', 'oracle', '--plan', file, ...inputs]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('SEAM_USAGE');
  });
});
