import { join } from 'node:path';
import { generate, writeGenerated } from '@seam/codegen';
import { emptyWorkload, keyOfTable } from '@seam/core';
import { bootstrapServers } from '@seam/infra';
import { introspect } from '@seam/introspect';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSeam } from '../cli/run-seam.js';
import {
  createPgDatabase,
  deletePrefixedTopics,
  type TestPg,
  uniqueName,
  waitForEvents,
} from '../helpers/index.js';
import { planFor } from './plan-for.js';
import { PAYMENT_CHILDREN_DDL, tempDir } from './sample.js';

/**
 * Capture never breaks the monolith's application. A monolith shaped like the DVD-rental sample —
 * payments partitioned by inheritance (children without a primary key, rules routing the inserts),
 * a declaratively partitioned table, a table whose replica identity is NOTHING, a table without a
 * primary key — runs an application's INSERT/UPDATE/DELETE on every table before, during and after
 * `seam migrate --monolith capture` and a real Debezium connector: none fails. The unsafe table is
 * refused first, with the fix, and the refusal changes nothing.
 */

const SCHEMA = `
create table payment (payment_id serial primary key, customer_id int not null,
  amount numeric(7,2) not null, payment_date timestamp not null);
${PAYMENT_CHILDREN_DDL}
create table orders (id int not null, placed date not null, total int not null, primary key (id, placed))
  partition by range (placed);
create table orders_2024 partition of orders for values from ('2024-01-01') to ('2025-01-01');
create table orders_2025 partition of orders for values from ('2025-01-01') to ('2026-01-01');
create table tokens (id serial primary key, value text not null);
alter table tokens replica identity nothing;
create table audit_log (at timestamptz not null default now(), what text not null);
`;

/** One round of the application: every kind of write on every table, each statement on its own. */
async function applicationRound(db: TestPg, n: number): Promise<string[]> {
  const statements = [
    `insert into payment (customer_id, amount, payment_date) values (${n}, 1, '2007-01-15'), (${n}, 2, '2007-02-15'), (${n}, 3, '2007-03-15')`,
    `update payment set amount = amount + 1 where customer_id = ${n}`,
    `update payment_p2007_01 set amount = amount + 1 where customer_id = ${n}`,
    `update only payment set amount = amount + 1 where customer_id = ${n}`,
    `delete from payment_p2007_02 where customer_id = ${n}`,
    `delete from payment where customer_id = ${n}`,
    `insert into orders values (${n}, '2024-06-01', 1), (${n}, '2025-06-01', 1)`,
    `update orders set total = total + 1 where id = ${n}`,
    `update orders_2024 set total = total + 1 where id = ${n}`,
    `delete from orders_2025 where id = ${n}`,
    `delete from orders where id = ${n} and placed < '2024-03-01'`,
    `insert into tokens (value) values ('t${n}')`,
    `update tokens set value = 'u${n}' where value = 't${n}'`,
    `delete from tokens where value = 'u${n}'`,
    `insert into audit_log (what) values ('a${n}')`,
    `update audit_log set what = 'b${n}' where what = 'a${n}'`,
    `delete from audit_log where what = 'b${n}'`,
  ];
  const failures: string[] = [];
  for (const sql of statements) {
    try {
      await db.query(sql);
    } catch (error) {
      failures.push(`${sql}: ${(error as Error).message}`);
    }
  }
  return failures;
}

describe('capture never breaks the monolith (PostgreSQL)', () => {
  let source: TestPg;
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let out: string;
  let env: Record<string, string>;
  let topicPrefix: string;
  const prefix = uniqueName('cs');
  let round = 0;
  const failures: Record<'before' | 'refused' | 'during' | 'after', string[]> = {
    before: [],
    refused: [],
    during: [],
    after: [],
  };
  const rounds = { before: 0, refused: 0, during: 0, after: 0 };
  const run = async (phase: keyof typeof failures) => {
    failures[phase].push(...(await applicationRound(source, ++round)));
    rounds[phase]++;
  };

  beforeAll(async () => {
    source = await createPgDatabase('cg_capture_safety');
    await source.query(SCHEMA);
    const snapshot = await introspect(source.spec);
    const plan = planFor(snapshot, [
      { name: 'billing', tables: snapshot.tables.map((t) => ({ table: keyOfTable(t) })) },
    ]);
    dir = await tempDir('capture-safety');
    out = join(dir.path, 'out');
    const result = generate({
      plan,
      snapshot,
      workload: emptyWorkload(),
      source: source.spec,
      targetDialect: 'postgres',
      namePrefix: prefix,
      brokers: [bootstrapServers()],
      heartbeatMs: 1000,
      commands: { dir: out, plan: join(dir.path, 'plan.yaml') },
    });
    await writeGenerated(out, result.files);
    topicPrefix = result.manifest.connectors.find((c) => c.service === 'billing')!.topicPrefix;
    env = { SEAM_SOURCE_URL: source.url, SEAM_KAFKA_BROKERS: bootstrapServers() };
  });

  afterAll(async () => {
    await runSeam(['capture', 'stop', '--dir', out, '--service', 'billing', '--delete-topics'], env).catch(
      () => {},
    );
    await deletePrefixedTopics(prefix);
    await source?.drop();
    await dir?.remove();
  });

  it('refuses the unsafe table with its fix, changes nothing, then captures without a failed write', async () => {
    const svc = ['--dir', out, '--service', 'billing'];
    for (let i = 0; i < 3; i++) await run('before');

    // What would be published: the inheritance children with their parent (each ONLY; without a
    // replica identity they are refused), the partitions through their partitioned table, the table
    // without a replica identity is refused.
    const dry = await runSeam(['--json', 'migrate', ...svc, '--monolith', 'capture', '--dry-run'], env);
    expect(dry.code, dry.stderr).toBe(1);
    const report = JSON.parse(dry.stdout).reports[0];
    const relations = report.capture.relations as Array<{
      name: string;
      published: boolean;
      ok: boolean;
      role: string;
    }>;
    const byName = Object.fromEntries(relations.map((r) => [r.name, r]));
    expect(byName.payment_p2007_01).toMatchObject({ role: 'inheritance-child', published: true, ok: false });
    expect(byName.orders_2025).toMatchObject({ role: 'partition', published: true, ok: true });
    expect(byName.tokens).toMatchObject({ ok: false });
    expect(relations.filter((r) => !r.ok).map((r) => r.name)).toEqual([
      'payment_p2007_01',
      'payment_p2007_02',
      'tokens',
    ]);
    expect(report.capture.refused.code).toBe('SEAM_CAPTURE_UNSAFE');
    const text = await runSeam(['migrate', ...svc, '--monolith', 'capture', '--dry-run'], env);
    expect(text.stdout).toContain('"public.payment_p2007_02": inheritance child');

    const refused = await runSeam(['migrate', ...svc, '--monolith', 'capture'], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('SEAM_CAPTURE_UNSAFE');
    expect(refused.stderr).toContain('ALTER TABLE "public"."tokens" REPLICA IDENTITY FULL');
    expect(refused.stderr).toContain('ALTER TABLE "public"."payment_p2007_01" REPLICA IDENTITY FULL');
    const left = await source.query<{ n: string }>(
      `select (select count(*) from pg_publication) + (select count(*) from pg_class where relname like '%heartbeat%' or relname = 'seam_migrations') as n`,
    );
    expect(Number(left[0]!.n)).toBe(0);
    await run('refused');

    // The control: publishing the children as they are (what the fix prevents) breaks exactly these writes.
    await source.query('create publication seam_control for table payment');
    const broken = await applicationRound(source, ++round);
    await source.query('drop publication seam_control');
    expect(broken.join('\n')).toMatch(/payment_p2007_0\d" because it does not have a replica identity/);

    const doctorBad = await runSeam(['--json', 'doctor', '--dir', out], env);
    const captureCheck = (r: { stdout: string }) =>
      (JSON.parse(r.stdout).checks as Array<{ name: string; ok: boolean; code?: string }>).find(
        (c) => c.name === 'capture billing',
      );
    expect(captureCheck(doctorBad)).toMatchObject({ ok: false, code: 'SEAM_CAPTURE_UNSAFE' });

    // The fix the refusal named, then capture for real while the application keeps writing.
    for (const t of ['tokens', 'payment_p2007_01', 'payment_p2007_02'])
      await source.query(`ALTER TABLE "public"."${t}" REPLICA IDENTITY FULL`);
    expect(captureCheck(await runSeam(['--json', 'doctor', '--dir', out], env))).toMatchObject({ ok: true });
    let writing = true;
    const writer = (async () => {
      while (writing) await run('during');
    })();
    try {
      const applied = await runSeam(['migrate', ...svc, '--monolith', 'capture'], env);
      expect(applied.code, applied.stderr).toBe(0);
      const published = await source.query<{ tablename: string }>(
        'select tablename from pg_publication_tables order by tablename',
      );
      expect(published.map((p) => p.tablename)).toEqual([
        `${prefix}_heartbeat_billing`,
        `${prefix}_signal_billing`,
        'orders',
        'payment',
        'payment_p2007_01',
        'payment_p2007_02',
        'tokens',
      ]);
      const started = await runSeam(['capture', 'start', ...svc], env);
      expect(started.code, started.stderr).toBe(0);
      // Rows written into the partitions arrive as the partitioned table's changes.
      const events = await waitForEvents(`${topicPrefix}.public.orders`, 1, {
        timeoutMs: 120_000,
        until: (e) => e.some((x) => (x.value as { op?: string } | null)?.op === 'u'),
      });
      expect(events.length).toBeGreaterThan(0);
      const stopped = await runSeam(['capture', 'stop', ...svc, '--delete-topics'], env);
      expect(stopped.code, stopped.stderr).toBe(0);
      const down = await runSeam(['migrate', ...svc, '--monolith', 'capture', '--down'], env);
      expect(down.code, down.stderr).toBe(0);
    } finally {
      writing = false;
      await writer;
    }
    for (let i = 0; i < 3; i++) await run('after');

    expect(failures).toEqual({ before: [], refused: [], during: [], after: [] });
    expect(rounds.during).toBeGreaterThan(3);
  });
});
