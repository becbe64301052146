import { setTimeout as sleep } from 'node:timers/promises';
import { bootstrapServers, connectUrl } from '@seam/infra';
import { Barrier, type VerifyJob, verify } from '@seam/parity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSeam } from '../cli/run-seam.js';
import {
  connect,
  createMysqlDatabase,
  createPgDatabase,
  pgSource,
  type RegisteredConnector,
  registerConnector,
  type TestMysql,
  type TestPg,
  uniqueName,
} from '../helpers/index.js';
import { dropKafkaTraces, jdbcSinkToMariadb, onMysql } from './fixtures.js';

// The real chain: PostgreSQL → Debezium source → Kafka → Debezium JDBC sink (a real replicator,
// consumer group connect-<name>) → MariaDB. Pausing the sink creates lag; verify must tell rows
// still in flight from rows that diverged.
describe('lag-aware verify through Debezium, Kafka and the JDBC sink', () => {
  let pg: TestPg;
  let my: TestMysql;
  let source: RegisteredConnector;
  let sink: RegisteredConnector;
  const prefix = uniqueName('vlag');
  const sinkName = uniqueName('vlagsink');
  const job = (): VerifyJob => ({
    source: pg.spec,
    target: my.spec,
    tables: [{ source: { schema: 'public', name: 'orders' }, target: { schema: my.name, name: 'orders' } }],
  });
  const barrier = () =>
    new Barrier({
      connect,
      connector: source.name,
      group: `connect-${sinkName}`,
      brokers: [bootstrapServers()],
      pollMs: 200,
    });

  beforeAll(async () => {
    [pg, my] = await Promise.all([createPgDatabase('vlag'), createMysqlDatabase('vlag')]);
    await pg.query('create table orders (id int primary key, status text, amount numeric(10,2))');
    await pg.query("insert into orders select g, 'new', g * 2.5 from generate_series(1, 20) g");
    await pg.query('create table seam_heartbeat (id int primary key, at timestamptz)');
    await onMysql(my, ['create table orders (id int primary key, status text, amount decimal(10,2))']);
    source = await registerConnector(
      prefix,
      pgSource(pg, {
        topicPrefix: prefix,
        tables: ['public.orders', 'public.seam_heartbeat'],
        extra: {
          // An idle source moves its offset only through heartbeats that write a captured change.
          'heartbeat.interval.ms': '300',
          'heartbeat.action.query':
            'insert into seam_heartbeat values (1, now()) on conflict (id) do update set at = excluded.at',
        },
      }),
    );
    sink = await registerConnector(sinkName, jdbcSinkToMariadb(my, `${prefix}.public.orders`));
    // The sink has applied the snapshot: every row in flight at first, then equal.
    const b = barrier();
    const first = await verify([job()], { lag: { barrier: b, timeoutMs: 60_000 } });
    await b.close();
    expect(first.tables[0]!.status).toBe('equal');
    expect(Number((await my.query<{ n: number }>('select count(*) as n from orders'))[0]!.n)).toBe(20);
  });

  afterAll(async () => {
    await sink?.remove();
    await source?.remove();
    // Wait until Debezium has let go of its replication slot before the database is dropped.
    for (let i = 0; i < 100; i++) {
      const active = await pg
        .query('select 1 from pg_replication_slots where database = $1 and active', [pg.name])
        .catch(() => []);
      if (active.length === 0) break;
      await sleep(100);
    }
    await dropKafkaTraces(prefix, `connect-${sinkName}`);
    await Promise.all([pg?.drop(), my?.drop()]);
  });

  it('re-checks after the replicator passed the source position: in flight vs diverged', async () => {
    await connect.pause(sink.name);
    await sleep(1500); // let the paused task stop consuming
    await pg.query("insert into orders values (100, 'new', 1.00)");
    await pg.query("update orders set status = 'paid' where id = 5");
    await pg.query('delete from orders where id = 6');
    await onMysql(my, ["update orders set status = 'tampered' where id = 7"]);
    const b = barrier();
    const running = verify([job()], { lag: { barrier: b, timeoutMs: 90_000 } });
    await sleep(3000);
    await connect.resume(sink.name);
    const report = await running;
    await b.close();
    const t = report.tables[0]!;
    const states = t.details.map((d) => [d.kind, d.key.id, d.state]).sort();
    expect(states).toEqual([
      ['changed', '5', 'in-flight'],
      ['changed', '7', 'diverged'],
      ['extra', '6', 'in-flight'],
      ['missing', '100', 'in-flight'],
    ]);
    expect(t.recheck).toMatchObject({ inFlight: 3, diverged: 1, unresolved: 0, timedOut: false });
    expect(t.differences).toEqual({ missing: 0, extra: 0, changed: 1 });
    expect(t.status).toBe('different');
  });

  it('names the rows that stayed different when the time limit ends the re-checks', async () => {
    await onMysql(my, ["update orders set status = 'paid' where id = 7"]);
    await pg.query("update orders set status = 'paid' where id = 7");
    await sleep(500);
    await connect.pause(sink.name);
    await sleep(1500);
    await pg.query('update orders set amount = 99 where id = 9');
    const r = await runSeam([
      'verify',
      '--source',
      pg.url,
      '--target',
      my.url,
      '--table',
      `public.orders=${my.name}.orders`,
      '--connector',
      source.name,
      '--group',
      `connect-${sinkName}`,
      '--brokers',
      bootstrapServers(),
      '--connect',
      connectUrl(),
      '--recheck-timeout',
      '4',
      '--json',
    ]);
    await connect.resume(sink.name);
    expect(r.code).toBe(2);
    const [t] = JSON.parse(r.stdout).tables;
    expect(t.details.map((d: { key: { id: string }; state: string }) => [d.key.id, d.state])).toEqual([
      ['9', 'unresolved'],
    ]);
    expect(t.recheck.timedOut).toBe(true);
    expect(t.recheck.reason).toMatch(/consumer group connect-.* had not caught up/);
  });
});
