import { parseConnectionUrl, SeamError, tableKey } from '@seam/core';
import { parseReplicatorConfig } from '@seam/replicator/config';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { includeList } from './capture/include-list.js';
import { generate } from './generate.js';
import { manifestSchema } from './manifest.js';
import { downStatements } from './migration/migration.js';
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
    expect(runbook).toContain('## The short way: `seam move`');
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
      'public\\.orders,public\\.order_items,public\\.seam_heartbeat_orders',
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
    expect(manifest.units.map((u) => `${u.service}/${u.database}`)).toEqual([
      'shared-reference/monolith',
      'customers/service',
      'customers/monolith',
      'orders/service',
      'orders/monolith',
      'billing/service',
      'billing/monolith',
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
