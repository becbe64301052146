import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSeam } from '../cli/run-seam.js';
import { createMysqlDatabase, createPgDatabase, type TestMysql, type TestPg } from '../helpers/index.js';
import { onMysql } from './fixtures.js';

const plan = `
format: seam.plan
version: 1
snapshot: { database: shop, dialect: postgres, fingerprint: abc, tables: 3 }
parameters: { seed: 1, resolution: 1 }
services:
  billing:
    tables:
      - table: public.invoices
        as: bills
        columns: [id, amount]
        rename: { amount: total }
  shipping:
    tables:
      - public.parcels
reference: []
technical: []
constraints: { pins: {}, together: [], apart: [] }
`;

// `seam verify` end to end: plan and ad hoc modes, JSON, exit codes, repair SQL, bad input.
describe('seam verify', () => {
  let source: TestPg;
  let billing: TestPg;
  let shipping: TestMysql;
  let dir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    [source, billing, shipping] = await Promise.all([
      createPgDatabase('vcli'),
      createPgDatabase('vclib'),
      createMysqlDatabase('vclis'),
    ]);
    await source.query('create table invoices (id int primary key, amount numeric(10,2), secret text)');
    await source.query("insert into invoices select g, g * 1.5, 'x' from generate_series(1, 50) g");
    await source.query(
      'create table parcels (id bigint primary key, weight double precision, sent timestamptz)',
    );
    await source.query(
      "insert into parcels select g, g / 3.0, timestamptz '2024-01-01 00:00:00+00' + g * interval '1 hour' from generate_series(1, 30) g",
    );
    await billing.query('create table bills (id int primary key, total numeric(10,2))');
    await billing.query('insert into bills select g, g * 1.5 from generate_series(1, 50) g');
    await onMysql(shipping, [
      'create table parcels (id bigint primary key, weight double, sent timestamp(6))',
      "insert into parcels select seq, seq / 3e0, timestamp '2024-01-01 00:00:00' + interval seq hour from seq_1_to_30",
    ]);
    dir = await mkdtemp(join(tmpdir(), 'seam-verify-'));
    await writeFile(join(dir, 'plan.yaml'), plan);
    env = {
      SEAM_SOURCE_URL: source.url,
      SEAM_TARGET_BILLING_URL: billing.url,
      SEAM_TARGET_SHIPPING_URL: shipping.url,
    };
  });
  afterAll(async () => {
    await Promise.all([source?.drop(), billing?.drop(), shipping?.drop()]);
  });

  it('verifies every service of a plan (renames, column subsets) and exits 0', async () => {
    const r = await runSeam(['verify', '--plan', join(dir, 'plan.yaml'), '--json'], env);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.equal).toBe(true);
    expect(
      report.tables.map((t: { service: string; table: string; target: string; rows: unknown }) => [
        t.service,
        t.table,
        t.target,
        t.rows,
      ]),
    ).toEqual([
      ['billing', 'public.invoices', 'public.bills', { source: 50, target: 50 }],
      ['shipping', 'public.parcels', `${shipping.name}.parcels`, { source: 30, target: 30 }],
    ]);
  });

  it('exits 2 with the differing rows, writes repair SQL that fixes them', async () => {
    await billing.query('update bills set total = 0 where id = 7');
    await billing.query('delete from bills where id = 8');
    const repair = join(dir, 'repair.sql');
    const r = await runSeam(
      ['verify', '--plan', join(dir, 'plan.yaml'), '--service', 'billing', '--repair-sql', repair],
      env,
    );
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('✗ [billing] public.invoices → public.bills: 1 missing, 0 extra, 1 changed');
    expect(r.stdout).toContain('changed id=7: amount: "10.5" → "0"');
    expect(r.stdout).toContain('missing id=8');
    const sql = await readFile(repair, 'utf8');
    expect(sql).toContain(
      'INSERT INTO "public"."bills" ("id", "total") VALUES (\'8\', \'12\') ON CONFLICT ("id") DO UPDATE SET "total" = EXCLUDED."total";',
    );
    await billing.query(sql);
    const again = await runSeam(['verify', '--plan', join(dir, 'plan.yaml'), '--service', 'billing'], env);
    expect(again.code).toBe(0);
  });

  it('compares ad hoc tables across engines with --table source=target', async () => {
    await onMysql(shipping, [
      'create table parcels_copy like parcels',
      'insert into parcels_copy select * from parcels',
      'update parcels_copy set weight = weight + 1e-12 where id = 3',
    ]);
    const r = await runSeam([
      'verify',
      '--source',
      source.url,
      '--target',
      shipping.url,
      '--table',
      'public.parcels=parcels_copy',
      '--json',
    ]);
    expect(r.code).toBe(2);
    const [t] = JSON.parse(r.stdout).tables;
    expect(t.details).toEqual([
      {
        kind: 'changed',
        key: { id: '3' },
        columns: [{ column: 'weight', target: 'weight', source: '1', targetValue: '1.000000000001' }],
      },
    ]);
  });

  it('reports unknown tables and services, and wrong credentials without the password', async () => {
    const badPlan = plan.replace('public.parcels', 'public.nowhere');
    await writeFile(join(dir, 'bad.yaml'), badPlan);
    const missing = await runSeam(
      ['verify', '--plan', join(dir, 'bad.yaml'), '--service', 'shipping', '--json'],
      env,
    );
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.stdout).tables[0]).toMatchObject({
      status: 'missing-table',
      table: 'public.nowhere',
    });

    const unknown = await runSeam(['verify', '--plan', join(dir, 'plan.yaml'), '--service', 'nope'], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('error SEAM_USAGE: The plan has no service "nope".');

    const canary = 'canary-Pa55word-913';
    for (const bad of [
      `mysql://nobody:${canary}@127.0.0.1:3306/x`,
      `postgres://nobody:${canary}@127.0.0.1:5432/x`,
    ]) {
      const r = await runSeam([
        'verify',
        '--source',
        source.url,
        '--target',
        bad,
        '--table',
        'public.parcels',
        '--json',
      ]);
      expect(r.code).toBe(1);
      expect(`${r.stdout}${r.stderr}`).not.toContain(canary);
      expect(JSON.parse(r.stdout).tables[0].error.code).toBe('SEAM_DB_AUTH_FAILED');
    }
    const noTarget = await runSeam(['verify', '--plan', join(dir, 'plan.yaml')], {
      SEAM_SOURCE_URL: source.url,
    });
    expect(noTarget.code).toBe(1);
    expect(noTarget.stderr).toContain('SEAM_TARGET_BILLING_URL');
  });
});
