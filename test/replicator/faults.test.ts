import { quotePgIdent } from '@seam/core/sql';
import type { Replicator } from '@seam/replicator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createMysqlDatabase,
  createPgDatabase,
  pgSource,
  type RegisteredConnector,
  registerConnector,
  type TestMysql,
  type TestPg,
  uniqueName,
  waitForTopic,
} from '../helpers/index.js';
import { dropEventually, startReplicator, testConfig } from './harness.js';
import { mysqlRows, pgRows, writeLoad } from './load.js';
import { TcpProxy } from './tcp-proxy.js';

// Transient faults: a PostgreSQL target that goes away (connections dropped, new ones refused)
// and MariaDB connections killed under the replicator. Retried with backoff; nothing lost or doubled.
describe('transient target faults', () => {
  let source: TestPg;
  let pgTarget: TestPg;
  let mdbTarget: TestMysql;
  let connector: RegisteredConnector;
  const proxy = new TcpProxy('127.0.0.1', 5432);
  const replicators: Replicator[] = [];
  const prefix = uniqueName('flt');

  beforeAll(async () => {
    [source, pgTarget, mdbTarget] = await Promise.all([
      createPgDatabase('fltsrc'),
      createPgDatabase('fltdst'),
      createMysqlDatabase('fltdst'),
    ]);
    await source.query('create table items (id bigint primary key, v int, payload text)');
    await pgTarget.query('create table items (id bigint primary key, v int, payload text)');
    await mdbTarget.query('create table items (id bigint primary key, v int, payload longtext)');
    await proxy.start();
    connector = await registerConnector(
      prefix,
      pgSource(source, { topicPrefix: prefix, tables: ['public.items'] }),
    );
    await writeLoad(source, 1, 500);
    await waitForTopic(`${prefix}.public.items`);
    const proxied = pgTarget.url.replace(':5432/', `:${proxy.port}/`);
    for (const url of [proxied, mdbTarget.url]) {
      const config = testConfig({
        service: 'orders',
        kafka: { groupId: uniqueName('flt') },
        source: { topicPrefix: prefix },
        tables: [{ source: 'public.items' }],
        apply: { maxBatchEvents: 300 },
      });
      replicators.push(await startReplicator(config, { targetUrl: url }));
    }
  });

  afterAll(async () => {
    await Promise.all(replicators.map((r) => r.stop()));
    await proxy.stop();
    await connector?.remove();
    await Promise.all([dropEventually(source), pgTarget?.drop(), mdbTarget?.drop()]);
  });

  it('retries through a target restart and dropped connections without losing or doubling rows', async () => {
    const load = writeLoad(source, 500, 10500);
    let cuts = 0;
    const chaos = (async () => {
      for (let i = 0; i < 4; i++) {
        await new Promise((r) => setTimeout(r, 1500));
        proxy.cut(1500);
        const ids = await mdbTarget.query<{ id: number }>(
          'select id from information_schema.processlist where db = ? and id <> connection_id()',
          [mdbTarget.name],
        );
        for (const { id } of ids) await mdbTarget.query(`kill connection ${Number(id)}`).catch(() => {});
        cuts++;
      }
    })();
    await Promise.all([load, chaos]);
    expect(cuts).toBe(4);
    const want = await pgRows(source);
    await expect.poll(() => pgRows(pgTarget), { timeout: 90_000, interval: 500 }).toEqual(want);
    await expect.poll(() => mysqlRows(mdbTarget), { timeout: 90_000, interval: 500 }).toEqual(want);
    for (const r of replicators) expect(r.state).toBe('running');
    const pgStatus = replicators[0]!.status();
    expect(pgStatus.lastError?.code).toMatch(/^SEAM_DB_(CONNECTION_LOST|UNREACHABLE)$/);
    const retries = await replicators[0]!.metrics.registry.getSingleMetricAsString(
      'seam_replicator_retries_total',
    );
    expect(retries).toMatch(/seam_replicator_retries_total\{[^}]*\} [1-9]/);
  });

  it('waits out a target database that refuses connections, running or starting, and says so', async () => {
    const db = quotePgIdent(pgTarget.name);
    const refuse = async (on: boolean) => {
      // The test's own database: ALLOW_CONNECTIONS is a per-database setting, not the server's.
      await source.query(`alter database ${db} allow_connections ${on ? 'false' : 'true'}`);
      if (on)
        await source.query(
          'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
          [pgTarget.name],
        );
    };
    const running = replicators[0]!;
    await refuse(true);
    let late: Promise<Replicator> | undefined;
    try {
      const load = writeLoad(source, 10500, 12500);
      await expect.poll(() => running.state, { timeout: 60_000, interval: 200 }).toBe('retrying');
      expect(running.status().lastError?.code).toMatch(/^SEAM_DB_(UNREACHABLE|CONNECTION_LOST)$/);
      // A replicator started now waits for the target instead of exiting.
      const config = testConfig({
        service: 'orders',
        kafka: { groupId: uniqueName('fltlate') },
        source: { topicPrefix: prefix },
        tables: [{ source: 'public.items' }],
        apply: { retry: { initialMs: 100, maxMs: 1000 } },
      });
      late = startReplicator(config, { targetUrl: pgTarget.url });
      late.catch(() => {});
      await load;
      await new Promise((r) => setTimeout(r, 4000));
      expect(running.state).toBe('retrying');
      const retries = await running.metrics.registry.getSingleMetricAsString('seam_replicator_retries_total');
      expect(retries).toMatch(/code="SEAM_DB_UNREACHABLE"[^}]*\} [1-9]/);
    } finally {
      await refuse(false);
    }
    const second = await late!;
    replicators.push(second);
    expect(second.status().lastError?.code).toBe('SEAM_DB_UNREACHABLE');
    const want = await pgRows(source);
    await expect.poll(() => pgRows(pgTarget), { timeout: 90_000, interval: 500 }).toEqual(want);
    await expect.poll(() => running.state, { timeout: 30_000, interval: 200 }).toBe('running');
    expect(second.state).toBe('running');
  });
});
