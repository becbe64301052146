import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generate, writeGenerated } from '@seam/codegen';
import { emptyWorkload, planToYaml } from '@seam/core';
import { bootstrapServers } from '@seam/infra';
import { introspect } from '@seam/introspect';
import type { VerifyReport } from '@seam/parity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSeam, spawnSeam, stopSeam } from '../cli/run-seam.js';
import {
  createMysqlDatabase,
  createPgDatabase,
  deletePrefixedTopics,
  type TestMysql,
  type TestPg,
  uniqueName,
} from '../helpers/index.js';
import { planFor } from './plan-for.js';
import { lagAwareVerify } from './replicator-process.js';
import { tempDir } from './sample.js';

/**
 * A vertical split with renames on the real chain (PostgreSQL → Debezium → Kafka → `seam
 * replicate` → MariaDB): the plan takes some columns of a table under another table name, renames
 * one, and the service adds a column of its own. `seam generate` makes the table the plan says,
 * the replicator writes only the mapped columns (a change to a column left out changes nothing
 * but is not an error), leaves the service's own column to its default, and `seam verify`
 * compares the mapped columns and finds a difference in them.
 */

const SERVICE = 'billing';

const SCHEMA = `
create table invoices (id int primary key, total numeric(12,2) not null, card_number text, note varchar(20));
create table customers (id int primary key, name text not null);
insert into invoices values (1, 10.50, '4111', 'first'), (2, 20, null, null);
insert into customers values (1, 'Ada');
`;

describe('column subsets and renames, generate to verify', () => {
  let source: TestPg;
  let target: TestMysql;
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let env: Record<string, string>;
  const prefix = uniqueName('cm');
  let replicator: ReturnType<typeof spawnSeam> | undefined;

  const ok = async (args: string[]) => {
    const r = await runSeam(args, env);
    expect(r.code, `seam ${args.join(' ')}\n${r.stderr}\n${r.stdout}`).toBe(0);
    return r;
  };

  beforeAll(async () => {
    [source, target] = await Promise.all([
      createPgDatabase('cg_cols_src'),
      createMysqlDatabase('cg_cols_dst'),
    ]);
    await source.query(SCHEMA);
    dir = await tempDir('column-mapping');
    env = {
      SEAM_SOURCE_URL: source.url,
      SEAM_TARGET_BILLING_URL: target.url,
      SEAM_KAFKA_BROKERS: bootstrapServers(),
    };
  });

  afterAll(async () => {
    if (replicator) await stopSeam(replicator);
    await runSeam(
      ['capture', 'stop', '--dir', join(dir.path, 'out'), '--service', SERVICE, '--delete-topics'],
      env,
    ).catch(() => {});
    await deletePrefixedTopics(prefix);
    await source?.drop();
    await target?.drop();
    await dir?.remove();
  });

  it('replicates only the mapped columns under their new names and verifies them', async () => {
    const snapshot = await introspect(source.spec);
    const plan = planFor(snapshot, [
      {
        name: SERVICE,
        tables: [
          {
            table: 'public.invoices',
            as: 'bills',
            columns: ['id', 'total', 'note'],
            rename: { total: 'amount' },
          },
          { table: 'public.customers' },
        ],
      },
    ]);
    const out = join(dir.path, 'out');
    const planPath = join(dir.path, 'plan.yaml');
    const snapshotPath = join(dir.path, 'snapshot.json');
    await writeFile(planPath, planToYaml(plan));
    await writeFile(snapshotPath, JSON.stringify(snapshot));
    const result = generate({
      plan,
      snapshot,
      workload: emptyWorkload(),
      source: source.spec,
      targetDialect: 'mysql',
      namePrefix: prefix,
      brokers: [bootstrapServers()],
      heartbeatMs: 1000,
      commands: { dir: out, plan: planPath },
    });
    await writeGenerated(out, result.files);
    const tables = await readFile(join(out, SERVICE, 'migrations/sql/001_tables.up.sql'), 'utf8');
    expect(tables).toMatch(/CREATE TABLE `bills`/);
    expect(tables).not.toMatch(/card_number|`total`/);

    const svc = ['--dir', out, '--service', SERVICE];
    await ok(['migrate', ...svc, '--to', '001_tables']);
    const columns = async (table: string) =>
      (
        await target.query<{ c: string }>(
          `select column_name as c from information_schema.columns where table_schema = database() and table_name = ? order by ordinal_position`,
          [table],
        )
      ).map((r) => r.c);
    expect(await columns('bills')).toEqual(['id', 'amount', 'note']);
    // The service's own column: the source has none like it, so the replicator leaves it to its default.
    await target.query(
      'alter table bills add column synced_at timestamp(3) not null default current_timestamp(3)',
    );

    // One the service cannot leave out: no default, NOT NULL — refused before anything is applied.
    const config = join(out, SERVICE, 'replicate.yaml');
    await target.query('alter table customers add column region int not null');
    const refused = await runSeam(
      ['replicate', '--config', config, '--snapshot', snapshotPath, '--until-caught-up'],
      env,
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/SEAM_REPL_TARGET_MISMATCH[\s\S]*"region"[\s\S]*NOT NULL/);
    await target.query('alter table customers drop column region');

    await ok(['migrate', ...svc, '--monolith', 'capture']);
    await ok(['capture', 'start', ...svc]);
    replicator = spawnSeam(
      ['replicate', '--config', join(out, SERVICE, 'replicate.yaml'), '--snapshot', snapshotPath],
      env,
    );
    const summary = result.services.find((s) => s.name === SERVICE)!;
    const verify = lagAwareVerify(planPath, SERVICE, `${prefix}-${SERVICE}`, summary.groups.forward, 90);
    await ok(verify);

    await source.query(
      `insert into invoices values (3, 30, '5500', 'third');
       update invoices set total = 11.75, note = 'renamed' where id = 1;
       update invoices set card_number = '4000' where id = 2;
       delete from invoices where id = 2;
       insert into customers values (2, 'Grace')`,
    );
    await ok(verify);
    const rows = await target.query<{ id: number; amount: string; note: string | null; synced: number }>(
      'select id, amount, note, synced_at is not null as synced from bills order by id',
    );
    expect(rows.map((r) => [Number(r.id), String(r.amount), r.note, Number(r.synced)])).toEqual([
      [1, '11.75', 'renamed', 1],
      [3, '30.00', 'third', 1],
    ]);

    // A difference in a mapped column is found and named by key; one in a column left out is not one.
    await target.query(`update bills set amount = 99 where id = 3`);
    await source.query(`update invoices set card_number = 'x' where id = 1`);
    const differs = await runSeam(['--json', ...verify], env);
    expect(differs.code, differs.stderr).toBe(2);
    const report = JSON.parse(differs.stdout) as VerifyReport;
    const bills = report.tables.find((t) => t.table === 'public.invoices')!;
    expect(bills.status).toBe('different');
    expect(bills.differences).toEqual({ missing: 0, extra: 0, changed: 1 });
    expect(
      bills.details.map((d) => [d.key, d.columns?.map((c) => [c.column, c.target, c.source, c.targetValue])]),
    ).toEqual([[{ id: '3' }, [['total', 'amount', '30', '99']]]]);
    expect(report.tables.find((t) => t.table === 'public.customers')!.status).toBe('equal');
  });
});
