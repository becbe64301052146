import { parseConnectionUrl, SeamError, tableKey } from '@seam/core';
import { parseReplicatorConfig } from '@seam/replicator/config';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { includeList } from './capture/include-list.js';
import { generate } from './generate.js';
import { manifestSchema } from './manifest.js';
import { downStatements } from './migration/migration.js';
import { moveUnits } from './move-units.js';
import { shopPlan, shopSnapshot } from './test-support/fixture.js';

const CANARY = 'hunter2-canary';

function run(extra: Partial<Parameters<typeof generate>[0]> = {}) {
  return generate({
    plan: shopPlan(),
    snapshot: shopSnapshot(),
    source: parseConnectionUrl(`postgres://capture:${CANARY}@db.internal:6543/shop`),
    timestamp: 1_700_000_000_000,
    ...extra,
  });
}

const file = (r: ReturnType<typeof run>, path: string) => {
  const f = r.files.find((x) => x.path === path);
  if (!f) throw new Error(`no ${path} among ${r.files.map((x) => x.path).join(', ')}`);
  return f.content;
};

describe('generate', () => {
  it('never writes a password, only a config-provider reference', () => {
    const r = run();
    for (const f of r.files) expect(f.content, f.path).not.toContain(CANARY);
    const config = JSON.parse(file(r, 'orders/connector.json'));
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a Kafka Connect config-provider reference
    expect(config['database.password']).toBe('${env:SEAM_SOURCE_PASSWORD}');
    expect(config['database.hostname']).toBe('db.internal');
    expect(config['database.port']).toBe('6543');
    // A URL without a password gives no password key at all.
    const open = run({ source: parseConnectionUrl('postgres://capture@db.internal/shop') });
    expect(JSON.parse(file(open, 'orders/connector.json'))).not.toHaveProperty('database.password');
    // The monolith URL's TLS parameters reach the connector.
    const tls = run({
      source: parseConnectionUrl(
        'postgres://capture@db.internal/shop?sslmode=verify-full&sslrootcert=/etc/ca.pem',
      ),
    });
    expect(JSON.parse(file(tls, 'orders/connector.json'))).toMatchObject({
      'database.sslmode': 'verify-full',
      'database.sslrootcert': '/etc/ca.pem',
    });
  });

  it('keeps foreign keys inside a service and lists those that cross with their replacement', () => {
    const r = run();
    const orders = r.services.find((s) => s.name === 'orders')!;
    const crossing = orders.crossing.map((f) => [f.direction, f.name, f.otherSide, f.looseFk.action]);
    expect(crossing).toEqual([
      ['in', 'invoices_order_fk', 'billing', 'async_nullify'],
      ['out', 'orders_customer_fk', 'customers', 'async_delete'],
    ]);
    const up = file(r, 'orders/migrations/sql/002_constraints.up.sql');
    // order_items → purchases (renamed) and purchases → the currencies copy stay; customers does not.
    expect(up).toContain('REFERENCES "purchases" ("id")');
    expect(up).toContain('REFERENCES "currencies" ("code")');
    expect(up).not.toContain('"customers"');
    const runbook = file(r, 'orders/RUNBOOK.md');
    expect(runbook).toContain('`orders_customer_fk`');
    expect(runbook).toContain('## The move as one workflow: `seam move`');
    expect(runbook).toMatch(/\| `reverse` \| blocks the service’s writes/);
    expect(runbook).toMatch(/move create --service orders --dir \S+ --plan \S+/);
    expect(runbook).toContain('async_delete');
    expect(runbook).toContain('`invoices_order_fk`');
  });

  it('maps tables, renames and defaults for each target engine', () => {
    const r = run();
    const pg = file(r, 'orders/migrations/sql/001_tables.up.sql');
    expect(pg).toContain('CREATE TABLE "purchases"');
    expect(pg).toContain('"quantity" bigint NOT NULL');
    expect(pg).toContain(`ALTER COLUMN "status" SET DEFAULT 'new'`);
    expect(pg).toContain('ALTER COLUMN "created_at" SET DEFAULT CURRENT_TIMESTAMP');
    expect(pg).not.toContain('upper(');
    expect(r.warnings.some((w) => w.column === 'note' && /not carried/.test(w.message))).toBe(true);
    // A duplicate index is left out once.
    expect(pg.match(/ON "purchases" \("customer_id"\)/g)).toHaveLength(1);
    // billing asked for MySQL in the plan.
    const my = file(r, 'billing/migrations/sql/001_tables.up.sql');
    expect(my).toContain('CREATE TABLE `invoices`');
    expect(my).toContain('ENGINE=InnoDB');
    // identity counters follow the copied rows on PostgreSQL only.
    expect(file(r, 'orders/migrations/sql/002_constraints.up.sql')).toContain(
      'setval(pg_get_serial_sequence',
    );
    expect(file(r, 'billing/migrations/sql/002_constraints.up.sql')).not.toContain('setval');
  });

  it('down files undo the up files in reverse', () => {
    const r = run();
    const unit = r.manifest.units.find((u) => u.service === 'orders' && u.database === 'service')!;
    const tables = unit.migrations[0]!;
    const down = downStatements(tables);
    // The replicator's offsets table comes last, so it goes first.
    expect(down[0]).toBe('DROP TABLE "seam_replicator_offsets"');
    expect(down[1]).toContain('DROP TABLE "audit"');
    expect(down.at(-1)).toContain('DROP TABLE "currencies"');
    expect(down.filter((s) => s.startsWith('DROP TABLE'))).toHaveLength(5);
  });

  it('leaves a table without a primary key out of capture and replication, and says so', () => {
    const r = run();
    const config = JSON.parse(file(r, 'orders/connector.json'));
    expect(config['table.include.list']).toBe(
      'public\\.orders,public\\.order_items,public\\.seam_heartbeat_orders,public\\.seam_signal_orders',
    );
    const replicate = parseReplicatorConfig(YAML.parse(file(r, 'orders/replicate.yaml')));
    expect(replicate.tables.map((t) => t.source)).toEqual(['public.orders', 'public.order_items']);
    expect(replicate.tables[0]).toMatchObject({ table: 'purchases' });
    expect(replicate.tables[1]).toMatchObject({ rename: { qty: 'quantity' } });
    expect(replicate.target).toMatchObject({ urlEnv: 'SEAM_TARGET_ORDERS_URL', createTables: false });
    expect(r.services.find((s) => s.name === 'orders')!.noPrimaryKey).toEqual(['public.audit']);
    expect(file(r, 'orders/RUNBOOK.md')).toContain('Tables without a primary key');
  });

  it('publishes, routes, blocks and drops an inheritance child with its parent, its hostile name quoted', () => {
    const snapshot = shopSnapshot();
    const child = 'orders "2007"$.*,x';
    const parent = snapshot.tables.find((t) => t.name === 'orders')!;
    parent.children = [
      { schema: 'public', name: child, partition: false },
      { schema: 'public', name: 'orders_2024', partition: true },
    ];
    const r = run({ snapshot });
    const quoted = `"public"."orders ""2007""$.*,x"`;
    expect(file(r, 'orders/monolith/capture.up.sql')).toContain(`ONLY "public"."orders", ONLY ${quoted},`);
    // A declarative partition goes through its root: never listed.
    expect(r.files.map((f) => f.content).join('\n')).not.toContain('orders_2024');
    const config = JSON.parse(file(r, 'orders/connector.json'));
    expect(config['table.include.list']).toBe(
      includeList([
        { schema: 'public', name: 'orders' },
        { schema: 'public', name: child },
        { schema: 'public', name: 'order_items' },
        { schema: 'public', name: 'seam_heartbeat_orders' },
        { schema: 'public', name: 'seam_signal_orders' },
      ]),
    );
    const replicate = parseReplicatorConfig(YAML.parse(file(r, 'orders/replicate.yaml')));
    const [own, routed] = replicate.tables;
    expect(routed).toMatchObject({ source: tableKey('public', child), table: 'purchases' });
    expect(routed!.columns).toEqual(parent.columns.map((c) => c.name));
    expect(routed!.rename ?? {}).toEqual(own!.rename ?? {});
    const capture = r.manifest.units
      .find((u) => u.service === 'orders' && u.database === 'monolith')!
      .migrations.find((m) => m.publishes)!;
    expect(capture.publishes).toContainEqual({ schema: 'public', name: child });
    expect(file(r, 'orders/monolith/block-writes.up.sql')).toContain(`ON ${quoted} FOR EACH STATEMENT`);
    expect(file(r, 'orders/monolith/drop-tables.up.sql')).toContain(quoted);
  });

  it('captures reference tables once, and gives each consumer its own replicator group', () => {
    const r = run();
    const shared = JSON.parse(file(r, 'shared-reference/connector.json'));
    expect(shared['table.include.list']).toBe('public\\.currencies,public\\.seam_heartbeat_shared_reference');
    const ref = parseReplicatorConfig(YAML.parse(file(r, 'orders/replicate-reference.yaml')));
    expect(ref.kafka.groupId).toBe('seam-replicate-orders-reference');
    expect(ref.source.topicPrefix).toBe('seam.shared-reference');
    expect(r.files.some((f) => f.path === 'customers/replicate-reference.yaml')).toBe(false);
    // MySQL target with a database named in the plan: the replicator writes there.
    const billing = parseReplicatorConfig(YAML.parse(file(r, 'billing/replicate.yaml')));
    expect(billing.target.schema).toBe('billing_db');
  });

  it('writes a manifest seam migrate can read, and connector settings the replicator expects', () => {
    const r = run();
    const manifest = manifestSchema.parse(JSON.parse(file(r, 'seam-generate.json')));
    expect(manifest.units.map((u) => `${u.service}/${u.database}/${u.kind}`)).toEqual([
      'shared-reference/monolith/scripts',
      'customers/service/chain',
      'customers/monolith/scripts',
      'customers/service/scripts',
      'orders/service/chain',
      'orders/monolith/scripts',
      'orders/service/scripts',
      'billing/service/chain',
      'billing/monolith/scripts',
      'billing/service/scripts',
    ]);
    const config = JSON.parse(file(r, 'orders/connector.json'));
    expect(config).toMatchObject({
      'value.converter.replace.null.with.default': 'false',
      'provide.transaction.metadata': 'true',
      'publication.autocreate.mode': 'disabled',
      'slot.name': 'seam_orders',
      'topic.prefix': 'seam.orders',
    });
    const orders = manifest.connectors.find((c) => c.service === 'orders')!;
    expect(orders.topics).toEqual(['seam.orders.public.orders', 'seam.orders.public.order_items']);
    // The initial copy: incremental snapshots started by a signal, progress on a topic of its own.
    expect(config).toMatchObject({
      'snapshot.mode': 'no_data',
      'signal.enabled.channels': 'source',
      'signal.data.collection': 'public.seam_signal_orders',
      'incremental.snapshot.chunk.size': '1024',
      'notification.enabled.channels': 'sink',
      'notification.sink.topic.name': 'seam.orders.notifications',
    });
    expect(orders.copy).toEqual({
      signalTable: { schema: 'public', name: 'seam_signal_orders' },
      tables: [
        { schema: 'public', name: 'orders' },
        { schema: 'public', name: 'order_items' },
      ],
      notificationTopic: 'seam.orders.notifications',
      chunkSize: 1024,
    });
    const capture = file(r, 'orders/monolith/capture.up.sql');
    expect(capture).toContain('CREATE TABLE "public"."seam_signal_orders"');
    expect(capture).toMatch(/CREATE PUBLICATION .*ONLY "public"\."seam_signal_orders"/);
    expect(file(r, 'orders/monolith/capture.down.sql')).toContain('DROP TABLE "public"."seam_signal_orders"');
    expect(file(r, 'orders/grants/monolith.sql')).toContain(
      'GRANT SELECT, INSERT ON TABLE "public"."seam_signal_orders" TO "seam_capture";',
    );
    // The shared reference connector keeps its own initial snapshot.
    const reference = JSON.parse(
      file(r, manifest.connectors.find((c) => c.service === 'shared-reference')!.file),
    );
    expect(reference['snapshot.mode']).toBe('initial');
    expect(reference).not.toHaveProperty('signal.data.collection');
  });

  it("takes the initial copy's chunk size from the plan (move.copyChunkSize)", () => {
    const plan = shopPlan();
    plan.services.find((s) => s.name === 'orders')!.move = { copyChunkSize: 5000 };
    const r = run({ plan });
    expect(JSON.parse(file(r, 'orders/connector.json'))['incremental.snapshot.chunk.size']).toBe('5000');
  });

  it('writes the reverse direction: service-side scripts, a streaming-only connector, a replicator back into the monolith', () => {
    const r = run({
      targets: { orders: parseConnectionUrl('postgres://svc@orders.internal:5433/orders_db') },
    });
    const manifest = manifestSchema.parse(JSON.parse(file(r, 'seam-generate.json')));
    const orders = moveUnits(manifest, 'orders');
    expect(orders.forward.connector).toMatchObject({ name: 'seam-orders', direction: 'forward' });
    expect(orders.reverse.connector).toMatchObject({
      name: 'seam-orders-reverse',
      direction: 'reverse',
      topicPrefix: 'seam.orders-reverse',
      // The service's names: `as` (purchases), in the service's schema.
      topics: ['seam.orders-reverse.public.purchases', 'seam.orders-reverse.public.order_items'],
    });
    expect(orders.reverse.replicator).toMatchObject({
      group: 'seam-replicate-orders-reverse',
      file: 'orders/replicate-reverse.yaml',
      deadLetterTopic: 'seam.dlq.orders-reverse',
    });
    expect(orders.reference?.replicator.group).toBe('seam-replicate-orders-reference');
    expect(orders.serviceScripts.migrations.map((m) => m.id)).toEqual([
      'capture',
      'block-writes',
      'sync-sequences',
    ]);
    expect(orders.monolith.migrations.map((m) => m.id)).toContain('reverse-offsets');

    const connector = JSON.parse(file(r, orders.reverse.connector.file));
    expect(connector).toMatchObject({
      'connector.class': 'io.debezium.connector.postgresql.PostgresConnector',
      'snapshot.mode': 'no_data',
      'database.hostname': 'orders.internal',
      'database.port': '5433',
      'database.dbname': 'orders_db',
      'slot.name': 'seam_orders_reverse',
      'publication.name': 'seam_orders_reverse',
      'topic.prefix': 'seam.orders-reverse',
    });
    expect(connector).not.toHaveProperty('database.password'); // the URL had none
    expect(connector['table.include.list']).toBe(
      includeList([
        { schema: 'public', name: 'purchases' },
        { schema: 'public', name: 'order_items' },
        { schema: 'public', name: 'seam_heartbeat_orders_reverse' },
      ]),
    );

    // Back into the monolith: names, renames and the column subset mapped back; offsets in the monolith.
    const back = parseReplicatorConfig(YAML.parse(file(r, 'orders/replicate-reverse.yaml')));
    expect(back.target).toMatchObject({
      urlEnv: 'SEAM_SOURCE_URL',
      schema: 'public',
      createTables: false,
      offsetsTable: 'seam_offsets_orders',
      // The monolith keeps its foreign keys: applied as a replica, a child before its parent passes.
      replicaSession: true,
    });
    expect(back.kafka.groupId).toBe('seam-replicate-orders-reverse');
    expect(back.source.topicPrefix).toBe('seam.orders-reverse');
    const purchases = back.tables.find((t) => t.source === 'public.purchases')!;
    expect(purchases.table).toBe('orders');
    expect(purchases.columns).toContain('id');
    const items = back.tables.find((t) => t.source === 'public.order_items')!;
    expect(items.rename).toEqual({ quantity: 'qty' });
    expect(items.columns).toEqual(['id', 'order_id', 'quantity']);
    const offsets = orders.monolith.migrations.find((m) => m.id === 'reverse-offsets')!;
    expect(offsets.steps[0]!.sql).toContain('CREATE TABLE "public"."seam_offsets_orders"');

    // The service-side scripts: publication of exactly the moved tables and the heartbeat; the block
    // lets the replicator's origin mark through.
    const capture = orders.serviceScripts.migrations.find((m) => m.id === 'capture')!;
    expect(capture.steps.map((s) => s.sql).join('\n')).toContain(
      'CREATE PUBLICATION "seam_orders_reverse" FOR TABLE ONLY "public"."purchases", ONLY "public"."order_items", ONLY "public"."seam_heartbeat_orders_reverse"',
    );
    expect(capture.publishes).toEqual([
      { schema: 'public', name: 'purchases' },
      { schema: 'public', name: 'order_items' },
    ]);
    const block = orders.serviceScripts.migrations.find((m) => m.id === 'block-writes')!;
    expect(block.steps[0]!.sql).toContain(
      "current_setting('seam.origin', true) IS DISTINCT FROM 'replicator'",
    );

    // A MariaDB service: MariaDB's connector on its database, streaming only.
    const billing = moveUnits(manifest, 'billing');
    const mariadb = JSON.parse(file(r, billing.reverse.connector.file));
    expect(mariadb).toMatchObject({
      'connector.class': 'io.debezium.connector.mariadb.MariaDbConnector',
      'snapshot.mode': 'no_data',
      'database.include.list': 'billing_db',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a Kafka Connect config-provider reference
      'database.password': '${env:SEAM_TARGET_BILLING_PASSWORD}',
    });
    expect(billing.reverse.connector.topics).toEqual(['seam.billing-reverse.billing_db.invoices']);
    const mysqlBlock = billing.serviceScripts.migrations.find((m) => m.id === 'block-writes')!;
    expect(mysqlBlock.steps[0]!.sql).toMatch(
      /IF NOT \(@seam_origin <=> 'replicator'\) THEN SIGNAL SQLSTATE '45000'/,
    );
    // The plain SQL file keeps the trigger's body whole for the mysql client.
    expect(file(r, 'billing/service/block-writes.up.sql')).toContain('DELIMITER $$');
  });

  it('uses the MariaDB connector for a MariaDB monolith', () => {
    const snapshot = shopSnapshot();
    snapshot.engine = { dialect: 'mysql', flavor: 'mariadb', version: '10.11.6-MariaDB' };
    for (const t of snapshot.tables) {
      t.schema = 'shop';
      for (const f of t.foreignKeys) f.referencedSchema = 'shop';
    }
    const plan = JSON.parse(JSON.stringify(shopPlan()).replaceAll('public.', 'shop.'));
    const r = generate({ plan, snapshot, brokers: ['k1:9092', 'k2:9092'] });
    const config = JSON.parse(file(r, 'orders/connector.json'));
    expect(config['connector.class']).toBe('io.debezium.connector.mariadb.MariaDbConnector');
    expect(config['database.include.list']).toBe('shop');
    expect(config['schema.history.internal.kafka.bootstrap.servers']).toBe('k1:9092,k2:9092');
    expect(Number(config['database.server.id'])).toBeGreaterThan(0);
    expect(config).not.toHaveProperty('slot.name');
    expect(config['signal.data.collection']).toBe('shop.seam_signal_orders');
    expect(file(r, 'orders/monolith/capture.up.sql')).toContain('CREATE TABLE `shop`.`seam_signal_orders`');
  });

  it('carries Kafka security into the replicator configs and the schema-history clients, secrets as references', () => {
    const snapshot = shopSnapshot();
    snapshot.engine = { dialect: 'mysql', flavor: 'mariadb', version: '10.11.6-MariaDB' };
    for (const t of snapshot.tables) {
      t.schema = 'shop';
      for (const f of t.foreignKeys) f.referencedSchema = 'shop';
    }
    const plan = JSON.parse(JSON.stringify(shopPlan()).replaceAll('public.', 'shop.'));
    const r = generate({
      plan,
      snapshot,
      source: parseConnectionUrl('mariadb://capture@db:3306/shop?ssl-mode=VERIFY_IDENTITY&ssl-ca=/ca.pem'),
      kafkaSecurity: {
        ssl: { ca: '/etc/kafka/ca.pem' },
        sasl: { mechanism: 'scram-sha-512', username: 'seam', password: 'hunter2-inline' },
      },
    });
    for (const f of r.files) expect(f.content, f.path).not.toContain('hunter2-inline');
    const replicate = parseReplicatorConfig(YAML.parse(file(r, 'orders/replicate.yaml')));
    expect(replicate.kafka).toMatchObject({
      ssl: { ca: '/etc/kafka/ca.pem' },
      sasl: { mechanism: 'scram-sha-512', username: 'seam', passwordEnv: 'SEAM_KAFKA_SASL_PASSWORD' },
    });
    const config = JSON.parse(file(r, 'orders/connector.json'));
    expect(config['database.ssl.mode']).toBe('verify_identity');
    for (const client of ['producer', 'consumer']) {
      expect(config).toMatchObject({
        [`schema.history.internal.${client}.security.protocol`]: 'SASL_SSL',
        [`schema.history.internal.${client}.sasl.mechanism`]: 'SCRAM-SHA-512',
        [`schema.history.internal.${client}.ssl.truststore.type`]: 'PEM',
        [`schema.history.internal.${client}.ssl.truststore.location`]: '/etc/kafka/ca.pem',
        [`schema.history.internal.${client}.sasl.jaas.config`]:
          // biome-ignore lint/suspicious/noTemplateCurlyInString: a Kafka Connect config-provider reference
          'org.apache.kafka.common.security.scram.ScramLoginModule required username="seam" password="${env:SEAM_KAFKA_SASL_PASSWORD}";',
      });
    }
  });

  it('writes TypeORM migrations that compile', () => {
    const r = run();
    const paths = r.files.filter((f) => f.path.includes('/typeorm/'));
    expect(paths.map((f) => f.path)).toContain('orders/migrations/typeorm/1700000000000-OrdersTables.ts');
    for (const f of paths) {
      const out = ts.transpileModule(f.content, {
        reportDiagnostics: true,
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      });
      expect(out.diagnostics ?? [], f.path).toEqual([]);
      expect(f.content).toMatch(/export class \w+\d{13} implements MigrationInterface/);
    }
    expect(file(r, 'billing/migrations/typeorm/1700000000000-BillingTables.ts')).toContain('done.reverse()');
  });

  it('refuses unknown services and names that would collide', () => {
    expect(() => run({ services: ['nope'] })).toThrow(SeamError);
    const plan = shopPlan();
    plan.services.push({ name: 'shared-reference', tables: [] });
    try {
      generate({ plan, snapshot: shopSnapshot() });
      expect.unreachable();
    } catch (error) {
      expect((error as SeamError).code).toBe('SEAM_PLAN_INVALID');
    }
  });

  it('gives each service of a vertical split its own columns, and keeps the shared table on the monolith', () => {
    const plan = shopPlan();
    plan.services[0]!.tables = [{ table: 'public.customers', columns: ['id', 'name'] }];
    plan.services[2]!.tables.push({ table: 'public.customers', columns: ['email'], as: 'billing_contacts' });
    const r = run({ plan });
    expect(file(r, 'customers/migrations/sql/001_tables.up.sql')).toMatch(
      /"id" bigint[^\n]*\n\s+"name"[^\n]*\n\s+PRIMARY KEY/,
    );
    const billing = file(r, 'billing/migrations/sql/001_tables.up.sql');
    expect(billing).toContain('CREATE TABLE `billing_contacts`');
    expect(billing).toContain('`email`');
    expect(billing).not.toContain('`name`');
    const replicate = parseReplicatorConfig(YAML.parse(file(r, 'billing/replicate.yaml')));
    expect(replicate.tables.find((t) => t.source === 'public.customers')).toMatchObject({
      table: 'billing_contacts',
      columns: ['id', 'email'],
    });
    // Two services own it: neither drops it from the monolith.
    expect(file(r, 'customers/monolith/drop-tables.up.sql')).not.toContain('"customers"');
  });

  it('is deterministic for the same input', () => {
    const a = run().files;
    const b = run().files;
    expect(b).toEqual(a);
  });
});
