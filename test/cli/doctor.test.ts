import { describe, expect, it } from 'vitest';
import { runSeam } from './run-seam.js';

describe('seam doctor', () => {
  it('finds Kafka, Connect with the Debezium plugins, and a CDC-ready PostgreSQL and MariaDB', async () => {
    for (const source of [
      'postgres://postgres@127.0.0.1:5432/postgres',
      'mariadb://root@127.0.0.1:3306/mysql',
    ]) {
      const r = await runSeam(['doctor', '--json', '--source', source]);
      expect(r.code, r.stderr).toBe(0);
      const report = JSON.parse(r.stdout);
      expect(report.ok).toBe(true);
      const byName = Object.fromEntries(
        report.checks.map((c: { name: string; detail: string }) => [c.name, c.detail]),
      );
      expect(byName.source).toContain('change capture ready');
      expect(byName.connect).toContain('PostgresConnector 3.6.1.Final');
    }
  });

  it('fails with a stable code and never prints the password', async () => {
    const r = await runSeam([
      'doctor',
      '--json',
      '--source',
      'postgres://nobody:hunter2-canary@127.0.0.1:5432/nope',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).not.toContain('hunter2-canary');
    const source = JSON.parse(r.stdout).checks.find((c: { name: string }) => c.name === 'source');
    expect(source).toMatchObject({ ok: false, code: 'SEAM_DB_AUTH_FAILED' });

    const unreachable = await runSeam([
      'doctor',
      '--json',
      '--source',
      'mysql://u:hunter2-canary@127.0.0.1:1/x',
    ]);
    expect(unreachable.stdout + unreachable.stderr).not.toContain('hunter2-canary');
    expect(JSON.parse(unreachable.stdout).checks[1]).toMatchObject({ code: 'SEAM_DB_UNREACHABLE' });
  });

  it('rejects a malformed URL with a stable code and no stack trace', async () => {
    const r = await runSeam(['doctor', '--source', 'oracle://u:hunter2-canary@h/db']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('SEAM_URL_INVALID');
    expect(r.stdout + r.stderr).not.toContain('hunter2-canary');
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });
});
