import { generate, writeGenerated } from '@seam/codegen';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePlan, tempDir } from '../codegen/sample.js';
import { createPgDatabase, type TestPg } from '../helpers/index.js';
import { runSeam } from './run-seam.js';

// Issue 14.8 and 14.10: the small things a new user trips over first.
describe('usage errors, URLs and migrate --status', () => {
  let db: TestPg;
  let dir: Awaited<ReturnType<typeof tempDir>>;

  beforeAll(async () => {
    const { plan, snapshot, workload } = await samplePlan();
    const result = generate({
      plan,
      snapshot,
      workload,
      targetDialect: 'postgres',
      timestamp: 1_750_000_000_000,
    });
    dir = await tempDir('usage');
    await writeGenerated(dir.path, result.files);
    db = await createPgDatabase('usage');
  });

  afterAll(async () => {
    await db?.drop();
    await dir?.remove();
  });

  it('writes usage errors as JSON under --json (unknown flag, missing option)', async () => {
    for (const [args, text] of [
      [['verify', '--bogus', '--json'], "unknown option '--bogus'"],
      [['migrate', '--json'], "required option '--dir <dir>' not specified"],
      [['--json', 'nosuchcommand'], "unknown command 'nosuchcommand'"],
    ] as const) {
      const r = await runSeam([...args]);
      expect(r.code, r.stderr).toBe(1);
      const { error } = JSON.parse(r.stdout);
      expect(error).toMatchObject({ code: 'SEAM_USAGE', message: text });
      expect(error.hint).toBeTruthy();
    }
    // Without --json: commander's own text, nothing on stdout.
    const plain = await runSeam(['verify', '--bogus']);
    expect(plain.stdout).toBe('');
    expect(plain.stderr).toContain("unknown option '--bogus'");
  });

  it('refuses a % that starts no escape in a URL password with SEAM_URL_INVALID, never "URI malformed"', async () => {
    const r = await runSeam([
      'verify',
      '--json',
      '--source',
      'postgres://app:50%off@127.0.0.1:1/x',
      '--target',
      db.url,
      '--table',
      'public.t',
    ]);
    expect(r.code).toBe(1);
    const { error } = JSON.parse(r.stdout);
    expect(error.code).toBe('SEAM_URL_INVALID');
    expect(error.hint).toContain('%25');
    expect(`${r.stdout}${r.stderr}`).not.toContain('50%off');
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/URI malformed|SEAM_INTERNAL/);
  });

  it('migrate --status --service S --target URL reads that service', async () => {
    const r = await runSeam(
      [
        'migrate',
        '--dir',
        dir.path,
        '--status',
        '--service',
        'purchase-orders',
        '--target',
        db.url,
        '--json',
      ],
      { SEAM_SOURCE_URL: '' },
    );
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const { reports } = JSON.parse(r.stdout);
    // The service's migrations and its service-side scripts (seam move's reverse direction); the
    // monolith's scripts: no --source, skipped.
    expect(reports).toHaveLength(2);
    for (const report of reports) {
      expect(report).toMatchObject({ database: 'service', direction: 'status' });
      expect(report.unit).toContain('purchase-orders');
      expect(report.target).toContain(db.name);
    }
  });
});
