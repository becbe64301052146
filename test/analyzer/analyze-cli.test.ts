import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePlan } from '@seam/core';
import { afterAll, describe, expect, it } from 'vitest';
import { snapshot, withZeroStatistics } from '../../packages/analyzer/src/test-support/schema-builder.js';
import { shopSnapshot, shopWorkload } from '../../packages/analyzer/src/test-support/shop-fixture.js';
import { runSeam } from '../cli/run-seam.js';

const dir = mkdtempSync(join(tmpdir(), 'seam-analyze-'));
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};
const snapshotPath = file('snapshot.json', shopSnapshot());
const workloadPath = file('workload.json', shopWorkload());

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('seam analyze', () => {
  it('writes a plan and prints every assignment with --json; the same seed gives the same plan', async () => {
    const out1 = join(dir, 'plan1.yaml');
    const out2 = join(dir, 'plan2.yaml');
    const args = ['analyze', '--snapshot', snapshotPath, '--workload', workloadPath, '--seed', '11'];
    const r = await runSeam([...args, '-o', out1, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.format).toBe('seam.analysis');
    expect(Object.keys(json.assignments)).toHaveLength(shopSnapshot().tables.length);
    expect(json.assignments['public.currencies']).toEqual({ kind: 'reference' });
    expect(json.plan.parameters.seed).toBe(11);
    expect(json.findings.some((f: { code: string }) => f.code === 'no-primary-key')).toBe(true);
    const again = await runSeam([...args, '-o', out2]);
    expect(again.code, again.stderr).toBe(0);
    expect(readFileSync(out2, 'utf8')).toBe(readFileSync(out1, 'utf8'));
    const plan = parsePlan(readFileSync(out1, 'utf8'));
    expect(plan.services.length).toBe(json.totals.services);
  });

  it('prints a readable summary: services, boundaries, findings', async () => {
    const r = await runSeam(['analyze', '--snapshot', snapshotPath, '--workload', workloadPath]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Analyzed shop \(postgres\): 29 tables/);
    expect(r.stdout).toMatch(/SERVICE +TABLES +ROWS +SIZE/);
    expect(r.stdout).toContain('Costliest boundaries:');
    expect(r.stdout).toMatch(/error +no-primary-key: public\.activity_feed/);
    expect(r.stdout).toContain('Write the plan with -o plan.yaml.');
    expect(r.stdout).not.toContain('Note:');
  });

  it('notes the evidence that was missing: statistics all zero, no workload (text and --json)', async () => {
    const zero = withZeroStatistics(shopSnapshot());
    const path = file('zero.json', zero);
    const r = await runSeam(['analyze', '--snapshot', path]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Note: statistics absent .*sizes and write rates are not used/m);
    expect(r.stdout).toMatch(/^Note: no workload: .*\(--workload\)$/m);
    const json = JSON.parse((await runSeam(['analyze', '--snapshot', path, '--json'])).stdout);
    expect(json.evidence.statistics).toBe('absent');
    expect(json.evidence.notes).toHaveLength(2);
  });

  it('keeps the pins of an existing plan', async () => {
    const first = join(dir, 'pinned.yaml');
    await runSeam(['analyze', '--snapshot', snapshotPath, '-o', first]);
    const text = readFileSync(first, 'utf8');
    const catalog = parsePlan(text).services.find((s) =>
      s.tables.some((t) => t.table === 'public.products'),
    )!.name;
    writeFileSync(first, text.replace('  pins: {}', `  pins:\n    public.refunds: ${catalog}`));
    const r = await runSeam(['analyze', '--snapshot', snapshotPath, '--plan', first, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).assignments['public.refunds']).toEqual({ kind: 'service', service: catalog });
  });

  it('refuses bad input with stable codes and no stack trace', async () => {
    const cases: Array<[string[], string]> = [
      [['--snapshot', file('bad.json', '{"format":"seam.snapshot"')], 'SEAM_SNAPSHOT_INVALID'],
      [
        ['--snapshot', file('wrong.json', { format: 'seam.snapshot', version: 1, tables: 'x' })],
        'SEAM_SNAPSHOT_INVALID',
      ],
      [['--snapshot', file('empty.json', snapshot([]))], 'SEAM_SCHEMA_EMPTY'],
      [['--snapshot', join(dir, 'missing.json')], 'SEAM_FILE_NOT_FOUND'],
      [
        ['--snapshot', snapshotPath, '--workload', file('w.json', { format: 'seam.workload' })],
        'SEAM_WORKLOAD_INVALID',
      ],
      [
        [
          '--snapshot',
          snapshotPath,
          '--plan',
          file('p.yaml', 'format: seam.plan\nversion: 1\nservices: [unclosed'),
        ],
        'SEAM_PLAN_INVALID',
      ],
      [['--snapshot', snapshotPath, '--seed', 'x'], 'SEAM_USAGE'],
    ];
    for (const [args, code] of cases) {
      const r = await runSeam(['analyze', '--json', ...args]);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(1);
      expect(JSON.parse(r.stdout).error.code).toBe(code);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
