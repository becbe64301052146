import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type GenerateResult, generate, sampleRowsSql, writeGenerated } from '@seam/codegen';
import { keyOfTable, planToYaml, serviceUrlEnvVar } from '@seam/core';
import { mysqlOptions } from '@seam/core/sql';
import { bootstrapServers } from '@seam/infra';
import { introspect } from '@seam/introspect';
import mysql from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PURCHASING, planWith, samplePlan, tempDir } from '../codegen/sample.js';
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
import { purchasingWorkload } from './support/sample-workloads.js';
import { type SqlSide, sqlSide } from './support/sql-side.js';

/**
 * Issue 16 item 7, on MariaDB: the bundled sample loaded into MariaDB as the monolith, the
 * application writing its purchasing transactions (moved and unmoved tables, with a ledger) while
 * purchase-orders moves into PostgreSQL through create → verify → switch (killed with SIGKILL
 * mid-way and resumed) → reverse → switch → complete by the real CLI: verify equal and the ledger
 * on both sides at every step, the monolith's readers seeing the service's writes while switched.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const SERVICE = 'purchase-orders';

describe('rehearsal under live writes: the sample on MariaDB, purchase-orders moving to PostgreSQL', () => {
  let source: TestMysql;
  let target: TestPg;
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let result: GenerateResult;
  let sides: SqlSide[] = [];
  let driver: MoveDriver | undefined;
  let sim: AppSimulator | undefined;
  let workload: Workload;
  const prefix = uniqueName('rhm');

  beforeAll(async () => {
    const sample = await samplePlan();
    [source, target] = await Promise.all([createMysqlDatabase('rhm_src'), createPgDatabase('rhm_po')]);
    const conn = await mysql.createConnection({ ...mysqlOptions(source.spec), multipleStatements: true });
    try {
      await conn.query(await readFile(join(root, 'samples/monolith/schema.mysql.sql'), 'utf8'));
      await conn.query(sampleRowsSql(sample.snapshot, 'mysql', 8));
    } finally {
      await conn.end();
    }
    const snapshot = await introspect(source.spec);
    const moved = new Set(PURCHASING.map((k) => k.split('.')[1]));
    const plan = planWith(snapshot, [
      {
        name: SERVICE,
        target: { dialect: 'postgres' },
        tables: snapshot.tables.filter((t) => moved.has(t.name)).map((t) => ({ table: keyOfTable(t) })),
      },
    ]);
    dir = await tempDir('move-rehearsal-mariadb');
    const planPath = join(dir.path, 'plan.yaml');
    const out = join(dir.path, 'out');
    await writeFile(planPath, planToYaml(plan));
    result = generate({
      plan,
      snapshot,
      source: source.spec,
      targets: { [SERVICE]: target.spec },
      services: [SERVICE],
      namePrefix: prefix,
      brokers: [bootstrapServers()],
      heartbeatMs: 500,
      commands: { dir: out, plan: planPath },
    });
    await writeGenerated(out, result.files);
    const env = {
      SEAM_SOURCE_URL: source.url,
      [serviceUrlEnvVar(SERVICE)]: target.url,
      SEAM_KAFKA_BROKERS: bootstrapServers(),
    };
    const monolith = sqlSide('monolith', source.spec, 4);
    const service = sqlSide(SERVICE, target.spec, 4);
    sides = [monolith, service];
    driver = new MoveDriver(SERVICE, env, out, planPath, service);
    workload = await purchasingWorkload(monolith);
    sim = new AppSimulator({
      monolith,
      services: { [SERVICE]: service },
      workloads: [workload],
      targetWritesPerSecond: 500,
      workers: 3,
    });
  });

  afterAll(async () => {
    console.log(JSON.stringify({ timings: driver?.timings, stats: sim?.report() }));
    await sim?.stop();
    await driver?.stopAgent();
    for (const c of result?.manifest.connectors ?? []) await connect.delete(c.name).catch(() => {});
    await deletePrefixedTopics(prefix);
    for (const side of sides) await side.close();
    await source?.drop();
    await target?.drop();
    await dir?.remove();
  });

  it('moves purchase-orders out of MariaDB and back and forth under live writes, losing nothing', async () => {
    sim!.start();
    await rehearse(
      driver!,
      sim!,
      { monolith: sides[0]!, service: sides[1]!, probe: workload.probe, table: 'purchase_orders' },
      { kill: true },
    );
    const stats = await sim!.stop();
    console.log(JSON.stringify({ rehearsal: 'mariadb', stats, timings: driver!.timings }));
    expect(stats.failures).toEqual([]);
    expect(stats.blocked).toBeGreaterThan(0);
    expect(stats.transactions).toBeGreaterThan(100);
  }, 900_000);
});
