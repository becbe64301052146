import { setTimeout as sleep } from 'node:timers/promises';
import { parseTableKey } from '@seam/core';
import { bootstrapServers, connectUrl } from '@seam/infra';
import { Barrier, exitCodeOf, type TableReport, verify } from '@seam/parity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSeam } from '../cli/run-seam.js';
import {
  connect,
  createMysqlDatabase,
  createPgDatabase,
  mariadbSource,
  pgSource,
  type RegisteredConnector,
  registerConnector,
  type TestMysql,
  type TestPg,
  uniqueName,
} from '../helpers/index.js';
import { dropKafkaTraces, jdbcSinkToMariadb, onMysql } from './fixtures.js';

// Issue 14.1: under live writes, lag-aware verify re-checked only the first --max-rows differing
// rows and counted the others as in flight, so a row corrupted in the target beyond them was
// "✓ equal", exit 0. The real chain: a source (PostgreSQL or MariaDB) → Debezium → Kafka → the
// Debezium JDBC sink (consumer group connect-<name>) → MariaDB, with a writer inserting rows all
// along (negative ids: they sort before the corrupted row, so they fill the first --max-rows).
describe.each(['postgres', 'mariadb'] as const)(
  'lag-aware verify re-checks every differing row (%s source)',
  (engine) => {
    let pgDb: TestPg | undefined;
    let myDb: TestMysql | undefined;
    let target: TestMysql;
    let source: RegisteredConnector;
    let sink: RegisteredConnector;
    const prefix = uniqueName('vall');
    const sinkName = uniqueName('vallsink');
    const sourceUrl = () => (pgDb ? pgDb.url : myDb!.url);
    const sourceTable = () => (pgDb ? 'public.orders' : `${myDb!.name}.orders`);
    const write = (sql: string) => (pgDb ? pgDb.query(sql) : myDb!.query(sql));

    beforeAll(async () => {
      target = await createMysqlDatabase('valltgt');
      await onMysql(target, ['create table orders (id int primary key, status text, amount decimal(10,2))']);
      let config: Record<string, string>;
      if (engine === 'postgres') {
        pgDb = await createPgDatabase('vall');
        await pgDb.query('create table orders (id int primary key, status text, amount numeric(10,2))');
        await pgDb.query("insert into orders select g, 'new', g * 2.5 from generate_series(1, 40) g");
        config = pgSource(pgDb, { topicPrefix: prefix, tables: ['public.orders'] });
      } else {
        myDb = await createMysqlDatabase('vall');
        await onMysql(myDb, [
          'create table orders (id int primary key, status text, amount decimal(10,2))',
          "insert into orders select seq, 'new', seq * 2.5 from seq_1_to_40",
        ]);
        config = mariadbSource(myDb, { topicPrefix: prefix, tables: [`${myDb.name}.orders`] });
      }
      source = await registerConnector(prefix, config);
      const topic = pgDb ? `${prefix}.public.orders` : `${prefix}.${myDb!.name}.orders`;
      sink = await registerConnector(sinkName, jdbcSinkToMariadb(target, topic));
      for (let i = 0; i < 600; i++) {
        const [row] = await target.query<{ n: number }>('select count(*) as n from orders');
        if (Number(row!.n) === 40) break;
        await sleep(200);
      }
    });

    afterAll(async () => {
      await sink?.remove();
      await source?.remove();
      for (let i = 0; pgDb && i < 100; i++) {
        const active = await pgDb
          .query('select 1 from pg_replication_slots where database = $1 and active', [pgDb.name])
          .catch(() => []);
        if (active.length === 0) break;
        await sleep(100);
      }
      await dropKafkaTraces(prefix, `connect-${sinkName}`);
      await Promise.all([pgDb?.drop(), myDb?.drop(), target?.drop()]);
    });

    it('a row corrupted in the target beyond the first --max-rows differences is never "equal"', async () => {
      await onMysql(target, ["update orders set status = 'tampered' where id = 30"]);
      let next = -1;
      let writing = true;
      const writer = (async () => {
        while (writing) {
          await write(`insert into orders values (${next--}, 'live', 1.00)`);
          await sleep(25);
        }
      })();
      try {
        for (let run = 0; run < 2; run++) {
          // Lag: the sink stops while ten rows change, so more than --max-rows rows differ at first.
          await connect.pause(sink.name);
          await expect
            .poll(async () => (await connect.status(sink.name)).tasks.every((t) => t.state === 'PAUSED'), {
              timeout: 30_000,
              interval: 200,
            })
            .toBe(true);
          await sleep(1500); // a paused task may still finish the batch it was applying
          await write(`update orders set amount = amount + 1 where id between 1 and 10`);
          let t: TableReport;
          if (run === 0) {
            // In process: the sink resumes exactly when the first pass is over.
            const barrier = new Barrier({
              connect,
              connector: source.name,
              group: `connect-${sinkName}`,
              brokers: [bootstrapServers()],
              pollMs: 200,
            });
            const report = await verify(
              [
                {
                  source: pgDb ? pgDb.spec : myDb!.spec,
                  target: target.spec,
                  tables: [
                    { source: parseTableKey(sourceTable()), target: { schema: target.name, name: 'orders' } },
                  ],
                },
              ],
              {
                maxRows: 5,
                lag: { barrier, timeoutMs: 90_000 },
                onTableProgress: (_t, p) => {
                  if (p.done === p.total) connect.resume(sink.name).catch(() => {});
                },
              },
            ).finally(() => barrier.close());
            expect(exitCodeOf(report)).toBe(2);
            t = report.tables[0]!;
            // More rows than --max-rows differed before the corrupted one, and were in flight.
            expect(t.recheck!.inFlight).toBeGreaterThan(5);
          } else {
            // The command: the sink resumes while it runs (its first pass or its re-checks).
            const verifying = runSeam([
              'verify',
              '--source',
              sourceUrl(),
              '--target',
              target.url,
              '--table',
              `${sourceTable()}=${target.name}.orders`,
              '--connector',
              source.name,
              '--group',
              `connect-${sinkName}`,
              '--brokers',
              bootstrapServers(),
              '--connect',
              connectUrl(),
              '--max-rows',
              '5',
              '--recheck-timeout',
              '90',
              '--json',
            ]);
            await sleep(8000);
            await connect.resume(sink.name);
            const r = await verifying;
            expect(r.code, r.stderr).toBe(2);
            [t] = JSON.parse(r.stdout).tables;
          }
          expect(t.status).toBe('different');
          // Listed first: what stayed different; the corrupted row, diverged (its source row did not change).
          expect(t.details.length).toBeLessThanOrEqual(5);
          expect([t.details[0]!.key.id, t.details[0]!.state]).toEqual(['30', 'diverged']);
          expect(t.recheck!.diverged).toBe(1);
          expect(t.differences).toEqual({ missing: 0, extra: 0, changed: 1 });
        }
      } finally {
        writing = false;
        await writer;
      }
    });
  },
);
