import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type GenerateResult,
  generate,
  migrate,
  moveUnits,
  sampleRowsSql,
  writeGenerated,
} from '@seam/codegen';
import { validationErrors } from '@seam/connect';
import { type ConnectionSpec, planToYaml } from '@seam/core';
import { bootstrapServers } from '@seam/infra';
import { openConnection, readPosition, waitPublished } from '@seam/parity';
import {
  MysqlWriter,
  PostgresWriter,
  readReplicatorConfigFile,
  skipBacklog,
  type TargetWriter,
} from '@seam/replicator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSeam } from '../cli/run-seam.js';
import { samplePlan, tempDir } from '../codegen/sample.js';
import {
  connect,
  createMysqlDatabase,
  createPgDatabase,
  deletePrefixedTopics,
  kafka,
  type TestMysql,
  type TestPg,
  uniqueName,
  waitForEvents,
} from '../helpers/index.js';

/**
 * The handover primitives `seam move switch` and `reverse` are built from, on real services: the
 * write blocks that let only the replicator's marked sessions through (monolith and service side,
 * PostgreSQL and MariaDB), the reverse connector (streaming only, accepted by Kafka Connect), the
 * wait until a connector has published a position, and skipping a replicator's backlog — the loop
 * breaker — with the reverse replicator then writing the service's rows back into the monolith.
 */

const SERVICE = 'purchase-orders';
const root = fileURLToPath(new URL('../..', import.meta.url));

describe('handover primitives', () => {
  let source: TestPg;
  let intoMaria: TestMysql;
  let intoPg: TestPg;
  let dir: Awaited<ReturnType<typeof tempDir>>;
  const out = { mysql: '', postgres: '' };
  const results: Record<'mysql' | 'postgres', GenerateResult | undefined> = {
    mysql: undefined,
    postgres: undefined,
  };
  const prefix = uniqueName('mh');
  let country = '';
  const envFor = (target: { url: string }) => ({
    SEAM_SOURCE_URL: source.url,
    SEAM_TARGET_PURCHASE_ORDERS_URL: target.url,
    SEAM_KAFKA_BROKERS: bootstrapServers(),
  });
  const ok = async (args: string[], env: Record<string, string>) => {
    const r = await runSeam(args, env);
    expect(r.code, `seam ${args.join(' ')}\n${r.stderr}\n${r.stdout}`).toBe(0);
    return r;
  };
  /** One of the service's scripts, through the library (the CLI's --service-script is run once below). */
  const script = async (
    dialect: 'mysql' | 'postgres',
    side: 'monolith' | 'service',
    name: string,
    direction: 'up' | 'down' = 'up',
  ) => {
    const units = moveUnits(results[dialect]!.manifest, SERVICE);
    const spec = side === 'monolith' ? source.spec : dialect === 'mysql' ? intoMaria.spec : intoPg.spec;
    await migrate(side === 'monolith' ? units.monolith : units.serviceScripts, spec, {
      direction,
      script: name,
    });
  };

  beforeAll(async () => {
    const sample = await samplePlan();
    [source, intoMaria, intoPg] = await Promise.all([
      createPgDatabase('mh_src'),
      createMysqlDatabase('mh_my'),
      createPgDatabase('mh_pg'),
    ]);
    await source.query(await readFile(join(root, 'samples/monolith/schema.postgres.sql'), 'utf8'));
    await source.query(sampleRowsSql(sample.snapshot, 'postgres', 6));
    country = (await source.query<{ c: string }>('select min(code) as c from countries'))[0]!.c;
    dir = await tempDir('move-handover');
    const planPath = join(dir.path, 'plan.yaml');
    await writeFile(planPath, planToYaml(sample.plan));
    for (const [dialect, target] of [
      ['mysql', intoMaria],
      ['postgres', intoPg],
    ] as const) {
      const result = generate({
        plan: sample.plan,
        snapshot: sample.snapshot,
        source: source.spec,
        targets: { [SERVICE]: target.spec },
        services: [SERVICE],
        targetDialect: dialect,
        namePrefix: `${prefix}${dialect[0]}`,
        brokers: [bootstrapServers()],
        heartbeatMs: 500,
      });
      out[dialect] = join(dir.path, `out-${dialect}`);
      results[dialect] = result;
      await writeGenerated(out[dialect], result.files);
    }
  });

  afterAll(async () => {
    if (out.mysql)
      await runSeam(
        ['capture', 'stop', '--dir', out.mysql, '--service', SERVICE, '--reverse', '--delete-topics'],
        envFor(intoMaria),
      ).catch(() => {});
    await deletePrefixedTopics(prefix);
    await source?.drop();
    await intoMaria?.drop();
    await intoPg?.drop();
    await dir?.remove();
  });

  /** The replicator's own writer: its sessions carry the origin mark. */
  async function asReplicator(spec: ConnectionSpec, sql: string): Promise<void> {
    const options = {
      offsetsTable: 'seam_replicator_offsets',
      schema: null,
      poolSize: 1,
      applicationName: 'test',
    };
    const writer: TargetWriter =
      spec.dialect === 'postgres' ? new PostgresWriter(spec, options) : new MysqlWriter(spec, options);
    try {
      await writer.execute([sql]);
    } finally {
      await writer.close();
    }
  }

  it("blocks the application's writes but lets the replicator's marked sessions through, on both sides and engines", async () => {
    const sides: Array<
      [
        { url: string; spec: ConnectionSpec; query: (sql: string) => Promise<unknown[]> },
        'mysql' | 'postgres',
      ]
    > = [
      [intoMaria, 'mysql'],
      [intoPg, 'postgres'],
    ];
    for (const [target, dialect] of sides) {
      const units = moveUnits(results[dialect]!.manifest, SERVICE);
      await migrate(units.migrations, target.spec, { direction: 'up', to: '001_tables' });
      if (dialect === 'mysql')
        await ok(
          ['migrate', '--dir', out.mysql, '--service', SERVICE, '--service-script', 'block-writes'],
          envFor(target),
        );
      else await script(dialect, 'service', 'block-writes');
      const insert = `insert into suppliers (id, name, email, country_code) values (700, 'app', 'a@b.c', '${country}')`;
      await expect(target.query(insert)).rejects.toThrow(/the monolith still owns this table/);
      await asReplicator(target.spec, insert);
      expect(await target.query('select name from suppliers where id = 700')).toEqual([{ name: 'app' }]);
      // A marked session is the replicator's by convention only: the block guards against mistakes.
      await script(dialect, 'service', 'block-writes', 'down');
      await target.query(`update suppliers set name = 'free' where id = 700`);
    }
    // The monolith's block: the same, for the reverse replicator's writes after a switch.
    await script('mysql', 'monolith', 'block-writes');
    await expect(source.query(`update suppliers set name = 'late' where id = 1`)).rejects.toThrow(
      /purchase-orders owns this table now/,
    );
    await asReplicator(source.spec, `update suppliers set name = 'by the replicator' where id = 1`);
    expect(await source.query('select name from suppliers where id = 1')).toEqual([
      { name: 'by the replicator' },
    ]);
    await script('mysql', 'monolith', 'block-writes', 'down');
  });

  it('writes reverse connectors Kafka Connect accepts, for a MariaDB and a PostgreSQL service', async () => {
    await ok(
      ['migrate', '--dir', out.postgres, '--service', SERVICE, '--service-script', 'capture'],
      envFor(intoPg),
    );
    for (const dialect of ['mysql', 'postgres'] as const) {
      const result = results[dialect]!;
      const units = moveUnits(result.manifest, SERVICE);
      const config = JSON.parse(result.files.find((f) => f.path === units.reverse.connector.file)!.content);
      expect(config['snapshot.mode']).toBe('no_data');
      const validation = await connect.validate(config['connector.class'], {
        name: units.reverse.connector.name,
        ...config,
      });
      expect(validationErrors(validation), dialect).toEqual([]);
    }
    // The PostgreSQL service's publication holds exactly the moved tables and the heartbeat.
    const published = await intoPg.query<{ t: string }>(
      `select tablename as t from pg_publication_tables where pubname = $1 order by 1`,
      [moveUnits(results.postgres!.manifest, SERVICE).reverse.connector.name.replaceAll('-', '_')],
    );
    const names = published.map((r) => r.t);
    expect(names.filter((t) => !t.includes('heartbeat'))).toEqual([
      'purchase_order_lines',
      'purchase_orders',
      'suppliers',
    ]);
    expect(names).toHaveLength(4);
  });

  it('streams only new changes back, waits until they are published, and skips a backlog to the topics’ ends', async () => {
    const env = envFor(intoMaria);
    const svc = ['--dir', out.mysql, '--service', SERVICE];
    const units = moveUnits(results.mysql!.manifest, SERVICE);
    const suppliers = units.reverse.connector.topics.find((t) => t.endsWith('.suppliers'))!;
    // Row 700 is on the service before capture starts: no initial copy takes it.
    await script('mysql', 'service', 'capture');
    await script('mysql', 'monolith', 'reverse-offsets');
    await ok(['capture', 'start', ...svc, '--reverse'], env);
    const position = async () => {
      const db = await openConnection(intoMaria.spec, 1);
      return readPosition(db).finally(() => db.close());
    };
    const published = (pos: Awaited<ReturnType<typeof position>>) =>
      waitPublished(
        { connect, connector: units.reverse.connector.name, pollMs: 100 },
        pos,
        Date.now() + 30_000,
      );
    // Running is not streaming yet (the connector reads the tables' schemas first): once it has
    // published past a position read now, everything written later is captured.
    expect(await published(await position())).toEqual({ passed: true });
    // What the forward replicator writes into the service (before a switch)…
    await asReplicator(
      intoMaria.spec,
      `insert into suppliers (id, name, email, country_code) values (701, 'forward copy', null, '${country}')`,
    );
    // …is published once the connector passed the position read after it…
    expect(await published(await position())).toEqual({ passed: true });
    const events = await waitForEvents(suppliers, 1, { timeoutMs: 10_000 });
    expect(
      events.map((e) => [(e.value as { op: string }).op, (e.value as { after: { id: number } }).after.id]),
    ).toEqual([['c', 701]]);
    // …and skipped: the reverse replicator will never write it back into the monolith.
    const config = await readReplicatorConfigFile(join(out.mysql, units.reverse.replicator.file));
    const skipped = await skipBacklog(config, { env });
    expect(skipped.group).toBe(units.reverse.replicator.group);
    expect(skipped.skipped).toBeGreaterThanOrEqual(1);
    const admin = kafka.admin();
    await admin.connect();
    try {
      const ends = await admin.fetchTopicOffsets(suppliers);
      const stored = await source.query<{ next_offset: string }>(
        `select next_offset from ${config.target.offsetsTable} where consumer_group = $1 and topic = $2`,
        [skipped.group, suppliers],
      );
      expect(stored.map((r) => String(r.next_offset))).toEqual(ends.map((e) => e.high));
      const group = await admin.fetchOffsets({ groupId: skipped.group, topics: [suppliers] });
      expect(group[0]!.partitions.map((p) => p.offset)).toEqual(ends.map((e) => e.high));
    } finally {
      await admin.disconnect();
    }
  });
});
