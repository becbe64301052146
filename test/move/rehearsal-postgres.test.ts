import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type GenerateResult, generate, sampleRowsSql, writeGenerated } from '@seam/codegen';
import { planToYaml, serviceUrlEnvVar } from '@seam/core';
import { bootstrapServers } from '@seam/infra';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePlan, tempDir } from '../codegen/sample.js';
import {
  connect,
  createMysqlDatabase,
  createPgDatabase,
  deletePrefixedTopics,
  type TestMysql,
  type TestPg,
  uniqueName,
} from '../helpers/index.js';
import { AppSimulator, type Workload } from './support/app-simulator.js';
import { MoveDriver, rehearse } from './support/move-driver.js';
import { purchasingWorkload, reviewsWorkload } from './support/sample-workloads.js';
import { type SqlSide, sqlSide } from './support/sql-side.js';

/**
 * Issue 16 item 7, on PostgreSQL: the bundled sample as the monolith, an application writing
 * multi-table transactions across moved and unmoved tables (~500 rows/s, with a ledger), while two
 * services move at the same time — purchase-orders into MariaDB, reviews into PostgreSQL — through
 * create → verify → switch (killed with SIGKILL mid-way and resumed) → the application writes to
 * the service → reverse → switch → complete, by the real CLI over the real chain. At every step
 * `seam move verify` is equal and the ledger matches both sides; the monolith's readers see the
 * services' writes while switched.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const SERVICES = ['purchase-orders', 'reviews'];
/** The sample's rows carry their ids: the identities move past them, as a loaded dump's setval does. */
const IDENTITIES_PAST_ROWS = `do $$ declare r record; begin
  for r in select table_name as t, column_name as c from information_schema.columns
            where table_schema = 'public' and is_identity = 'YES' loop
    execute format('select setval(pg_get_serial_sequence(%L, %L), coalesce((select max(%I) from %I), 0) + 1, false)',
                   r.t, r.c, r.c, r.t);
  end loop; end $$`;

describe('rehearsal under live writes: the sample on PostgreSQL, two services moving at once', () => {
  let source: TestPg;
  let purchasing: TestMysql;
  let reviews: TestPg;
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let result: GenerateResult;
  let sides: SqlSide[] = [];
  let drivers: MoveDriver[] = [];
  let sim: AppSimulator | undefined;
  let workloads: Workload[] = [];
  const prefix = uniqueName('rh');

  beforeAll(async () => {
    const sample = await samplePlan();
    [source, purchasing, reviews] = await Promise.all([
      createPgDatabase('rh_src'),
      createMysqlDatabase('rh_po'),
      createPgDatabase('rh_rv'),
    ]);
    await source.query(await readFile(join(root, 'samples/monolith/schema.postgres.sql'), 'utf8'));
    await source.query(sampleRowsSql(sample.snapshot, 'postgres', 8));
    await source.query(IDENTITIES_PAST_ROWS);
    dir = await tempDir('move-rehearsal');
    const planPath = join(dir.path, 'plan.yaml');
    const out = join(dir.path, 'out');
    // purchase-orders leaves for MariaDB; reviews stays on PostgreSQL (the source's engine).
    const plan = {
      ...sample.plan,
      services: sample.plan.services.map((s) =>
        s.name === 'purchase-orders'
          ? { ...s, target: { dialect: 'mysql' as const, flavor: 'mariadb' as const } }
          : s,
      ),
    };
    await writeFile(planPath, planToYaml(plan));
    result = generate({
      plan,
      snapshot: sample.snapshot,
      workload: sample.workload,
      source: source.spec,
      targets: { 'purchase-orders': purchasing.spec, reviews: reviews.spec },
      services: SERVICES,
      namePrefix: prefix,
      brokers: [bootstrapServers()],
      heartbeatMs: 500,
      commands: { dir: out, plan: planPath },
    });
    await writeGenerated(out, result.files);
    const env = {
      SEAM_SOURCE_URL: source.url,
      [serviceUrlEnvVar('purchase-orders')]: purchasing.url,
      [serviceUrlEnvVar('reviews')]: reviews.url,
      SEAM_KAFKA_BROKERS: bootstrapServers(),
    };
    const monolith = sqlSide('monolith', source.spec, 4);
    const services = {
      'purchase-orders': sqlSide('purchase-orders', purchasing.spec, 4),
      reviews: sqlSide('reviews', reviews.spec, 4),
    };
    sides = [monolith, ...Object.values(services)];
    drivers = SERVICES.map(
      (s) => new MoveDriver(s, env, out, planPath, services[s as keyof typeof services]),
    );
    workloads = [await purchasingWorkload(monolith), await reviewsWorkload(monolith)];
    sim = new AppSimulator({
      monolith,
      services,
      workloads,
      targetWritesPerSecond: 500,
      workers: 3,
    });
  });

  afterAll(async () => {
    console.log(
      JSON.stringify({
        timings: Object.fromEntries(drivers.map((d) => [d.service, d.timings])),
        stats: sim?.report(),
      }),
    );
    await sim?.stop();
    for (const d of drivers) await d.stopAgent();
    for (const c of result?.manifest.connectors ?? []) await connect.delete(c.name).catch(() => {});
    await deletePrefixedTopics(prefix);
    for (const side of sides) await side.close();
    await source?.drop();
    await purchasing?.drop();
    await reviews?.drop();
    await dir?.remove();
  });

  it('moves purchase-orders to MariaDB and reviews to PostgreSQL and back and forth, losing nothing', async () => {
    sim!.start();
    const [po, rv] = drivers as [MoveDriver, MoveDriver];
    await Promise.all([
      rehearse(
        po,
        sim!,
        { monolith: sides[0]!, service: po.side, probe: workloads[0]!.probe, table: 'purchase_orders' },
        { kill: true },
      ),
      rehearse(
        rv,
        sim!,
        { monolith: sides[0]!, service: rv.side, probe: workloads[1]!.probe, table: 'reviews' },
        { kill: false },
      ),
    ]);
    const stats = await sim!.stop();
    console.log(
      JSON.stringify({
        rehearsal: 'postgres',
        stats,
        timings: Object.fromEntries(drivers.map((d) => [d.service, d.timings])),
      }),
    );
    expect(stats.failures).toEqual([]);
    // The blocks refused writes at each handover; every one was retried and is in the ledger.
    expect(stats.blocked).toBeGreaterThan(0);
    expect(stats.transactions).toBeGreaterThan(100);
  }, 900_000);
});
