import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type GenerateResult, generate, writeGenerated } from '@seam/codegen';
import { emptyWorkload, keyOfTable, planToYaml } from '@seam/core';
import { bootstrapServers } from '@seam/infra';
import { introspect } from '@seam/introspect';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSeam } from '../cli/run-seam.js';
import { createPgDatabase, deletePrefixedTopics, type TestPg, uniqueName } from '../helpers/index.js';
import { planFor } from './plan-for.js';
import { lagAwareVerify, replicatorProcesses } from './replicator-process.js';
import { PAYMENT_CHILDREN_DDL, tempDir } from './sample.js';

/**
 * Partitioning, both kinds, is one logical table from analysis to verify, on the real chain
 * (PostgreSQL → Debezium → Kafka → `seam replicate` → PostgreSQL). The monolith has DVD-rental's
 * `payment`: inheritance children without a primary key, rules routing the inserts into them, one
 * sequence shared by the parent and its children; and a declaratively partitioned `orders`.
 */

const SERVICE = 'billing';

const SCHEMA = `
create table customer (customer_id serial primary key, name text not null);
create sequence payment_payment_id_seq;
create table payment (payment_id integer not null default nextval('payment_payment_id_seq') primary key,
  customer_id int not null references customer, amount numeric(7,2) not null, payment_date timestamp not null);
${PAYMENT_CHILDREN_DDL}
create table orders (order_id bigint generated always as identity, placed date not null,
  customer_id int not null references customer, total numeric(8,2) not null, primary key (order_id, placed))
  partition by range (placed);
create table orders_2024 partition of orders for values from ('2024-01-01') to ('2025-01-01');
create table orders_2025 partition of orders for values from ('2025-01-01') to ('2026-01-01');
insert into customer (name) values ('Mary'), ('Patricia'), ('Linda');
insert into payment (customer_id, amount, payment_date) values
  (1, 1.99, '2007-01-05'), (2, 2.99, '2007-01-06'), (3, 3.99, '2007-01-07'), (1, 4.99, '2007-01-08'),
  (2, 5.99, '2007-02-05'), (3, 6.99, '2007-02-06'), (1, 7.99, '2007-02-07'),
  (2, 8.99, '2007-03-05'), (3, 9.99, '2007-03-06');
insert into orders (placed, customer_id, total) values
  ('2024-02-01', 1, 10), ('2024-03-01', 2, 20), ('2024-04-01', 3, 30), ('2025-02-01', 1, 40), ('2025-03-01', 2, 50);
`;

const CHILDREN = ['payment_p2007_01', 'payment_p2007_02'];

describe('partitions and inheritance children are one logical table, end to end', () => {
  let source: TestPg;
  let target: TestPg;
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let out: string;
  let planPath: string;
  let result: GenerateResult;
  let env: Record<string, string>;
  const prefix = uniqueName('pt');

  const ok = async (args: string[]) => {
    const r = await runSeam(args, env);
    expect(r.code, `seam ${args.join(' ')}\n${r.stderr}\n${r.stdout}`).toBe(0);
    return r;
  };
  const replicators = replicatorProcesses(() => env);
  const replicate = replicators.start;
  const stop = replicators.stop;
  const count = async (db: TestPg, sql: string) => Number((await db.query<{ n: string }>(sql))[0]!.n);
  /** Every payment, by key, as a comparable text: the source through the parent (children included). */
  const payments = async (db: TestPg) =>
    (
      await db.query<{ r: string }>(
        `select payment_id || ':' || customer_id || ':' || amount || ':' || payment_date as r from payment order by payment_id`,
      )
    ).map((x) => x.r);

  beforeAll(async () => {
    source = await createPgDatabase('cg_part_src');
    target = await createPgDatabase('cg_part_dst');
    await source.query(SCHEMA);
    dir = await tempDir('partitions');
    out = join(dir.path, 'out');
    env = {
      SEAM_SOURCE_URL: source.url,
      SEAM_TARGET_BILLING_URL: target.url,
      SEAM_KAFKA_BROKERS: bootstrapServers(),
    };
  });

  afterAll(async () => {
    await replicators.stopAll();
    await runSeam(['capture', 'stop', '--dir', out, '--service', SERVICE, '--delete-topics'], env).catch(
      () => {},
    );
    await deletePrefixedTopics(prefix);
    await source?.drop();
    await target?.drop();
    await dir?.remove();
  });

  it('analyze sees one table per logical table, none of the children without a key', async () => {
    const analyzed = await ok(['--json', 'analyze', '--source', source.url]);
    const analysis = JSON.parse(analyzed.stdout) as {
      tables: Array<{ table: string }>;
      findings: Array<{ table?: string; code: string }>;
    };
    expect(analysis.tables.map((t) => t.table).sort()).toEqual([
      'public.customer',
      'public.orders',
      'public.payment',
    ]);
    expect(analysis.findings.filter((f) => /payment_p|orders_20/.test(f.table ?? ''))).toEqual([]);
    const introspected = await ok([
      '--json',
      'introspect',
      '--source',
      source.url,
      '-o',
      join(dir.path, 'snapshot.json'),
    ]);
    expect(JSON.parse(introspected.stdout)).toMatchObject({
      tables: 3,
      withoutPrimaryKey: 0,
      partitions: 2,
      inheritanceChildren: 2,
    });
  });

  it('generate → migrate → capture → replicate → verify: every row once, a routed insert arrives, repair never doubles', async () => {
    const snapshot = await introspect(source.spec);
    const plan = planFor(snapshot, [
      { name: SERVICE, tables: snapshot.tables.map((t) => ({ table: keyOfTable(t) })) },
    ]);
    planPath = join(dir.path, 'plan.yaml');
    await writeFile(planPath, planToYaml(plan));
    result = generate({
      plan,
      snapshot,
      workload: emptyWorkload(),
      source: source.spec,
      targetDialect: 'postgres',
      namePrefix: prefix,
      brokers: [bootstrapServers()],
      heartbeatMs: 1000,
      commands: { dir: out, plan: planPath },
    });
    await writeGenerated(out, result.files);
    const file = (path: string) => readFile(join(out, SERVICE, path), 'utf8');

    // One table in the service, the parent's key, one identity for the shared sequence.
    const tables = await file('migrations/sql/001_tables.up.sql');
    // Three service tables (and the replicator's offsets table, which seam migrate creates too).
    expect(tables.match(/CREATE TABLE/g)).toHaveLength(4);
    expect(tables.match(/CREATE TABLE[^(]*seam_replicator_offsets/g)).toHaveLength(1);
    expect(tables).not.toMatch(/payment_p2007|orders_202/);
    expect(tables.match(/GENERATED BY DEFAULT AS IDENTITY/g)?.length).toBeGreaterThanOrEqual(1);
    const svc = ['--dir', out, '--service', SERVICE];
    await ok(['migrate', ...svc, '--to', '001_tables']);

    // Capture publishes the children with their parent: without a replica identity they are
    // refused, with the exact fix, before anything changes.
    const dry = await runSeam(['--json', 'migrate', ...svc, '--monolith', 'capture', '--dry-run'], env);
    expect(dry.code, dry.stderr).toBe(1);
    const report = JSON.parse(dry.stdout).reports[0].capture;
    expect(
      (report.relations as Array<{ name: string; ok: boolean; published: boolean }>)
        .filter((r) => !r.ok)
        .map((r) => [r.name, r.published]),
    ).toEqual(CHILDREN.map((c) => [c, true]));
    const refused = await runSeam(['migrate', ...svc, '--monolith', 'capture'], env);
    expect(refused.code).toBe(1);
    for (const c of CHILDREN) {
      const fix = `ALTER TABLE "public"."${c}" REPLICA IDENTITY FULL`;
      expect(refused.stderr).toContain(fix);
      await source.query(fix);
    }
    // A child added since seam generate would not be captured: refused too, with "generate again".
    await source.query('create table payment_p2007_03 () inherits (payment)');
    const late = await runSeam(['--json', 'migrate', ...svc, '--monolith', 'capture', '--dry-run'], env);
    expect(late.code, late.stderr).toBe(1);
    const added = (
      JSON.parse(late.stdout).reports[0].capture.relations as Array<Record<string, unknown>>
    ).find((r) => r.name === 'payment_p2007_03');
    expect(added).toMatchObject({ role: 'inheritance-child', published: false, ok: false });
    expect(added!.fix).toContain('seam generate again');
    await source.query('drop table payment_p2007_03');
    expect(await count(source, 'select count(*) as n from pg_publication')).toBe(0);

    await ok(['migrate', ...svc, '--monolith', 'capture']);
    await ok(['capture', 'start', ...svc]);
    const forward = replicate(join(out, SERVICE, 'replicate.yaml'));
    const summary = result.services.find((s) => s.name === SERVICE)!;
    const verify = lagAwareVerify(planPath, SERVICE, `${prefix}-${SERVICE}`, summary.groups.forward, 120);
    await ok(verify);
    expect(await count(target, 'select count(*) as n from payment')).toBe(9);
    expect(await count(target, 'select count(*) as n from orders')).toBe(5);
    expect(await payments(target)).toEqual(await payments(source));

    // After the snapshot: an insert the rule routes into a child, changes made through the parent
    // and on a child, a row into a partition.
    await source.query(
      `insert into payment (customer_id, amount, payment_date) values (3, 11.99, '2007-01-20')`,
    );
    await source.query(`update payment set amount = amount + 100 where payment_date = '2007-02-05'`);
    await source.query(`delete from payment_p2007_01 where payment_date = '2007-01-06'`);
    await source.query(`insert into orders (placed, customer_id, total) values ('2025-06-01', 3, 60)`);
    await ok(verify);
    expect(await count(target, 'select count(*) as n from payment')).toBe(9);
    expect(await count(target, `select count(*) as n from payment where amount = 11.99`)).toBe(1);
    expect(await count(target, 'select count(*) as n from orders')).toBe(6);
    expect(await payments(target)).toEqual(await payments(source));

    // Repair: the SQL verify writes puts a lost child row back once, never twice.
    expect(await stop(forward)).toBe(0);
    await target.query(`delete from payment where payment_date in ('2007-01-05', '2007-03-05')`);
    await target.query(`update payment set amount = 0 where payment_date = '2007-02-06'`);
    const repairFile = join(dir.path, 'repair.sql');
    const differing = await runSeam(
      ['verify', '--plan', planPath, '--service', SERVICE, '--repair-sql', repairFile],
      env,
    );
    expect(differing.code, differing.stderr).toBe(2);
    await target.query(await readFile(repairFile, 'utf8'));
    await ok(['verify', '--plan', planPath, '--service', SERVICE]);
    expect(await count(target, 'select count(*) as n from payment')).toBe(
      await count(source, 'select count(*) as n from payment'),
    );
    expect(await payments(target)).toEqual(await payments(source));

    // Cut-over: writes routed into a child are refused too; the service's counter continues past
    // every row of the parent and its children (the sequence they shared).
    await ok(['migrate', ...svc, '--monolith', 'block-writes']);
    await expect(
      source.query(`insert into payment (customer_id, amount, payment_date) values (1, 1, '2007-01-25')`),
    ).rejects.toThrow(/billing owns this table/);
    await expect(source.query(`update payment_p2007_02 set amount = 1`)).rejects.toThrow(
      /billing owns this table/,
    );
    await ok(['migrate', ...svc]);
    const sourceMax = await count(source, 'select max(payment_id) as n from payment');
    const [{ id }] = (await target.query<{ id: number }>(
      `insert into payment (customer_id, amount, payment_date) values (1, 1, now()) returning payment_id as id`,
    )) as [{ id: number }];
    expect(Number(id)).toBeGreaterThan(sourceMax);

    // The end: capture goes, then the parent goes with its children.
    await ok(['capture', 'stop', ...svc, '--delete-topics']);
    await ok(['migrate', ...svc, '--monolith', 'capture', '--down']);
    await ok(['migrate', ...svc, '--monolith', 'drop-foreign-keys']);
    await ok(['migrate', ...svc, '--monolith', 'drop-tables']);
    expect(
      await count(
        source,
        `select count(*) as n from pg_class where relname like 'payment%' and relkind in ('r', 'p') or relname like 'orders%' and relkind in ('r', 'p')`,
      ),
    ).toBe(0);
  }, 600_000);
});
