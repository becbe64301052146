import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type GenerateResult, generate, sampleRowsSql, writeGenerated } from '@seam/codegen';
import { validationErrors } from '@seam/connect';
import { planToYaml } from '@seam/core';
import { bootstrapServers } from '@seam/infra';
import { deadLetterTopicOf, groupIdOf, readReplicatorConfigFile } from '@seam/replicator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSeam } from '../cli/run-seam.js';
import {
  connect,
  createMysqlDatabase,
  createPgDatabase,
  deletePrefixedTopics,
  kafka,
  type TestMysql,
  type TestPg,
  uniqueName,
} from '../helpers/index.js';
import { lagAwareVerify, replicatorProcesses } from './replicator-process.js';
import { samplePlan, tempDir } from './sample.js';

/**
 * The whole runbook of one service of the bundled sample, on the real chain: the sample loaded
 * into PostgreSQL with rows, `seam generate`'s files, `seam migrate`, `seam capture` (Debezium →
 * Kafka), `seam replicate` into MariaDB, `seam verify` ending in parity, then cut-over, stopping
 * replication and dropping the monolith's tables — each step through the real CLI.
 */

const SERVICE = 'purchase-orders';
const root = fileURLToPath(new URL('../..', import.meta.url));

describe('generate → replicate → verify on the sample', () => {
  let source: TestPg;
  let target: TestMysql;
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let result: GenerateResult;
  let env: Record<string, string>;
  let planPath: string;
  const prefix = uniqueName('cg');

  const seam = async (args: string[]) => {
    const r = await runSeam(args, env);
    return r;
  };
  const ok = async (args: string[]) => {
    const r = await seam(args);
    expect(r.code, `seam ${args.join(' ')}\n${r.stderr}\n${r.stdout}`).toBe(0);
    return r;
  };

  const replicators = replicatorProcesses(() => env);
  const replicate = replicators.start;
  const stop = replicators.stop;

  beforeAll(async () => {
    const sample = await samplePlan();
    source = await createPgDatabase('cg_chain_src');
    target = await createMysqlDatabase('cg_chain_dst');
    await source.query(await readFile(join(root, 'samples/monolith/schema.postgres.sql'), 'utf8'));
    await source.query(sampleRowsSql(sample.snapshot, 'postgres', 12));
    dir = await tempDir('codegen-chain');
    planPath = join(dir.path, 'plan.yaml');
    await writeFile(planPath, planToYaml(sample.plan));
    result = generate({
      plan: sample.plan,
      snapshot: sample.snapshot,
      workload: sample.workload,
      source: source.spec,
      targetDialect: 'mysql',
      namePrefix: prefix,
      brokers: [bootstrapServers()],
      heartbeatMs: 1000,
      commands: { dir: join(dir.path, 'out'), plan: planPath },
    });
    await writeGenerated(join(dir.path, 'out'), result.files);
    env = {
      SEAM_SOURCE_URL: source.url,
      SEAM_TARGET_PURCHASE_ORDERS_URL: target.url,
      SEAM_KAFKA_BROKERS: bootstrapServers(),
    };
  });

  afterAll(async () => {
    await replicators.stopAll();
    const out = join(dir?.path ?? '', 'out');
    for (const unit of [SERVICE, 'shared-reference'])
      await runSeam(['capture', 'stop', '--dir', out, '--service', unit, '--delete-topics'], env).catch(
        () => {},
      );
    await deletePrefixedTopics(prefix);
    await source?.drop();
    await target?.drop();
    await dir?.remove();
  });

  it('writes connector configs that Kafka Connect accepts, for every service of the sample', async () => {
    // The forward connectors: the reverse ones read the services' databases (test/move validates those).
    const forward = result.manifest.connectors.filter((c) => c.direction !== 'reverse');
    for (const c of forward) {
      const config = JSON.parse(result.files.find((f) => f.path === c.file)!.content) as Record<
        string,
        string
      >;
      const validation = await connect.validate(config['connector.class']!, { name: c.name, ...config });
      expect(validationErrors(validation), c.name).toEqual([]);
    }
    expect(forward).toHaveLength(result.services.length + 1);
  });

  it('carries one service through every phase of its runbook', async () => {
    const out = join(dir.path, 'out');
    const svc = ['--dir', out, '--service', SERVICE];
    const ref = ['--dir', out, '--service', 'shared-reference'];
    const summary = result.services.find((s) => s.name === SERVICE)!;
    const verify = lagAwareVerify(planPath, SERVICE, `${prefix}-${SERVICE}`, summary.groups.forward, 90);

    // Phase 1: the schema.
    await ok(['migrate', ...svc, '--to', '001_tables']);
    const created = await target.query<{ n: number }>(
      'select count(*) as n from information_schema.tables where table_schema = database()',
    );
    expect(Number(created[0]!.n)).toBe(summary.tables + summary.referenceCopies + 2); // + seam_migrations, seam_replicator_offsets

    // Phase 2: capture and backfill.
    await ok(['migrate', ...ref, '--monolith', 'capture']);
    await ok(['capture', 'start', ...ref]);
    await ok(['migrate', ...svc, '--monolith', 'capture']);
    await ok(['capture', 'start', ...svc]);
    const forward = replicate(join(out, SERVICE, 'replicate.yaml'));
    const reference = replicate(join(out, SERVICE, 'replicate-reference.yaml'));

    // Phase 3: parity, after the backfill and after changes that stream in.
    await ok(verify);
    await source.query(
      `insert into suppliers (id, name, email, country_code)
         select 900, 'Ünïcode "Supplier"', 'new@example.com', min(code) from countries`,
    );
    await source.query(
      `update purchase_orders set status = 'received', expected_at = date '2031-12-24' where id = 3`,
    );
    await source.query('delete from purchase_order_lines where id = 5');
    await source.query(
      `update currencies set name = name || ' (renamed)' where code = (select min(code) from currencies)`,
    );
    await ok(verify);
    const copies = result.manifest.connectors.find((c) => c.service === 'shared-reference')!;
    const referenceTables = summary.referenceCopies;
    expect(referenceTables).toBeGreaterThan(0);
    const refTables = JSON.parse(result.files.find((f) => f.path === copies.file)!.content)
      ['table.include.list'].split(',')
      .map((r: string) => r.replaceAll('\\.', '.'))
      .filter((t: string) => !t.includes('heartbeat'));
    const held = refTables.filter((t: string) =>
      result.files
        .find((f) => f.path === `${SERVICE}/replicate-reference.yaml`)!
        .content.includes(`source: ${t}`),
    );
    expect(held).toHaveLength(referenceTables);
    await ok([
      'verify',
      '--source',
      source.url,
      '--target',
      target.url,
      ...held.flatMap((t: string) => ['--table', `${t}=${t.split('.')[1]}`]),
      '--connector',
      `${prefix}-shared-reference`,
      '--group',
      summary.groups.reference,
      '--recheck-timeout',
      '90',
    ]);

    // Phase 5: cut-over.
    await ok(['migrate', ...svc, '--monolith', 'block-writes']);
    await expect(source.query(`update suppliers set name = 'late' where id = 900`)).rejects.toThrow(
      /purchase-orders owns this table/,
    );
    await ok(verify);
    expect(await stop(forward)).toBe(0);
    await ok(['migrate', ...svc]);
    await ok(['migrate', ...svc, '--monolith', 'drop-foreign-keys']);
    const fks = await target.query<{ n: number }>(
      `select count(*) as n from information_schema.table_constraints where table_schema = database() and constraint_type = 'FOREIGN KEY'`,
    );
    expect(Number(fks[0]!.n)).toBe(summary.foreignKeysKept);
    // The service now writes its own tables: new keys continue after the copied ones.
    await target.query(
      `insert into suppliers (name, email, country_code) select 'after', 'a@b.c', min(code) from countries`,
    );
    const [{ id }] = (await target.query<{ id: number }>(
      `select id from suppliers where name = 'after'`,
    )) as [{ id: number }];
    expect(Number(id)).toBeGreaterThan(900);

    // Phase 6: stop replication. --delete-topics also removes the forward replicator's dead-letter
    // topic and consumer group (its process stopped at cut-over).
    const forwardConfig = await readReplicatorConfigFile(join(out, SERVICE, 'replicate.yaml'));
    const stopped = await seam(['capture', 'stop', ...svc, '--delete-topics', '--json']);
    expect(stopped.code, stopped.stderr).toBe(0);
    expect(JSON.parse(stopped.stdout).deletedGroups).toEqual([groupIdOf(forwardConfig)]);
    const admin = kafka.admin();
    await admin.connect();
    try {
      expect(await admin.listTopics()).not.toContain(deadLetterTopicOf(forwardConfig));
      expect((await admin.listGroups()).groups.map((g) => g.groupId)).not.toContain(groupIdOf(forwardConfig));
    } finally {
      await admin.disconnect();
    }
    await ok(['migrate', ...svc, '--monolith', 'capture', '--down']);
    const slots = await source.query('select 1 from pg_replication_slots where slot_name like $1', [
      `${prefix}%${SERVICE.replaceAll('-', '_')}`,
    ]);
    expect(slots).toHaveLength(0);

    // Phase 7: the monolith's tables go.
    const refused = await seam(['migrate', ...svc, '--monolith', 'drop-tables', '--dry-run']);
    expect(refused.code).toBe(0);
    await ok(['migrate', ...svc, '--monolith', 'drop-tables']);
    const left = await source.query(
      `select table_name from information_schema.tables where table_schema = 'public' and table_name in ('suppliers', 'purchase_orders', 'purchase_order_lines')`,
    );
    expect(left).toEqual([]);
    const rows = await target.query<{ n: number }>('select count(*) as n from purchase_orders');
    expect(Number(rows[0]!.n)).toBe(12);
    expect(await stop(reference)).toBe(0);
  });
});
