import { describe, expect, it } from 'vitest';
import { runSeam } from './run-seam.js';

describe('seam analyze inputs', () => {
  it('analyzes the bundled sample with no database server, the same plan every run', async () => {
    const first = await runSeam(['analyze', '--sample', '--json'], { PGHOST: '', SEAM_SOURCE_URL: '' });
    expect(first.code, first.stderr).toBe(0);
    const a = JSON.parse(first.stdout);
    expect(Object.keys(a.assignments)).toHaveLength(101);
    expect(a.services.length).toBeGreaterThan(3);
    const second = await runSeam(['analyze', '--sample', '--json']);
    expect(JSON.parse(second.stdout).plan).toEqual(a.plan);
  });

  it('refuses no input and two inputs with a usage error', async () => {
    const none = await runSeam(['analyze'], { SEAM_SOURCE_URL: '' });
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('error SEAM_USAGE: Nothing to analyze.');
    const two = await runSeam(['analyze', '--sample', '--snapshot', 'x.json']);
    expect(two.code).toBe(1);
    expect(two.stderr).toContain('SEAM_USAGE');
  });

  it('introspects a live database with --source', async () => {
    const r = await runSeam(['analyze', '--source', 'mariadb://root@127.0.0.1:3306/mysql', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).snapshot.dialect).toBe('mysql');
  });
});
