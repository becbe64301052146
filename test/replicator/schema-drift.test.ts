import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Replicator, ReplicatorStatus, ReplicatorSummary } from '@seam/replicator';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createMysqlDatabase,
  createPgDatabase,
  mariadbSource,
  pgSource,
  type RegisteredConnector,
  registerConnector,
  type TestMysql,
  type TestPg,
  uniqueName,
  waitForTopic,
} from '../helpers/index.js';
import { spawnReplicate } from './child.js';
import { dropEventually, LOG_DIR, startReplicator, testConfig } from './harness.js';

// Source columns dropped, renamed, retyped or widened while the replicator runs: that table stops at the
// first event that no longer fits (SEAM_REPL_SCHEMA_CHANGED, on /status and metrics), the others
// go on; each way on (map the rename, leave the column out, change the target) resumes at that
// event with nothing lost. Transaction mode, which keeps source transactions whole, stops there.
const TABLES = ['keep', 'dropped', 'renamed', 'retyped', 'widened'] as const;

interface Engine {
  name: string;
  source(): Promise<TestPg | TestMysql>;
  /** The source table key (schema.table / database.table). */
  key(db: TestPg | TestMysql, table: string): string;
  connector(db: TestPg | TestMysql, prefix: string, tables: string[], tx: boolean): Record<string, string>;
  dropSource(db: TestPg | TestMysql): Promise<void>;
  drop: string;
  rename: string;
  retype: string;
  widen: string;
}

const pg: Engine = {
  name: 'PostgreSQL',
  source: () => createPgDatabase('sdsrc'),
  key: (_db, t) => `public.${t}`,
  connector: (db, topicPrefix, tables, tx) =>
    pgSource(db as TestPg, {
      topicPrefix,
      tables,
      ...(tx ? { extra: { 'provide.transaction.metadata': 'true' } } : {}),
    }),
  dropSource: (db) => dropEventually(db as TestPg),
  drop: 'alter table dropped drop column note',
  rename: 'alter table renamed rename column name to full_name',
  retype: 'alter table retyped alter column qty type text',
  widen: 'alter table widened alter column qty type bigint',
};

const mariadb: Engine = {
  name: 'MariaDB',
  source: () => createMysqlDatabase('sdsrc'),
  key: (db, t) => `${(db as TestMysql).name}.${t}`,
  connector: (db, topicPrefix, tables, tx) =>
    mariadbSource(db as TestMysql, {
      topicPrefix,
      tables,
      ...(tx ? { extra: { 'provide.transaction.metadata': 'true' } } : {}),
    }),
  dropSource: (db) => db.drop(),
  drop: 'alter table dropped drop column note',
  rename: 'alter table renamed rename column name to full_name',
  retype: 'alter table retyped modify qty varchar(20)',
  widen: 'alter table widened modify qty bigint',
};

/** A statement on either engine (their query() signatures differ only in their row types). */
const exec = (db: TestPg | TestMysql, sql: string) => (db as TestPg).query(sql);

const ids = async (db: TestPg, table: string) =>
  (await db.query<{ id: number }>(`select id from ${table} order by id`)).map((r) => r.id);

for (const engine of [pg, mariadb]) {
  describe(`source schema changes beyond an added column (${engine.name} source)`, () => {
    let source: TestPg | TestMysql;
    const targets: TestPg[] = [];
    let connector: RegisteredConnector | undefined;
    const replicators: Replicator[] = [];

    afterAll(async () => {
      await Promise.all(replicators.map((r) => r.stop().catch(() => {})));
      await connector?.remove();
      await Promise.all([source && engine.dropSource(source), ...targets.map((t) => t.drop())]);
    });

    it('stops only the changed tables, with the column and the choices, and resumes with nothing lost', async () => {
      source = await engine.source();
      const [batchTarget, txTarget] = await Promise.all([
        createPgDatabase('sddst'),
        createPgDatabase('sddst'),
      ]);
      targets.push(batchTarget, txTarget);
      for (const db of [source, batchTarget, txTarget]) {
        for (const t of TABLES) {
          await exec(
            db,
            `create table ${t} (id int primary key, name varchar(40), note varchar(40), qty int)`,
          );
        }
      }
      for (const t of TABLES)
        await exec(source, `insert into ${t} values (1, 'a', 'n', 1), (2, 'b', 'n', 2)`);
      const prefix = uniqueName('sd');
      const keys = TABLES.map((t) => engine.key(source, t));
      connector = await registerConnector(prefix, engine.connector(source, prefix, keys, true));
      await Promise.all(keys.map((k) => waitForTopic(`${prefix}.${k}`)));
      // The metadata topic appears with the first streamed transaction.
      await exec(source, "update keep set note = 'm' where id = 1");
      await waitForTopic(`${prefix}.transaction`);

      const group = uniqueName('sdbatch');
      const config = (
        tables: Parameters<typeof testConfig>[0]['tables'],
        mode: 'batch' | 'transaction',
        g: string,
      ) =>
        testConfig({
          service: 'drift',
          kafka: { groupId: g },
          source: { topicPrefix: prefix },
          tables,
          apply: { mode },
          metrics: { port: 0 },
        });
      const all = keys.map((source) => ({ source }));
      const batch = await startReplicator(config(all, 'batch', group), { targetUrl: batchTarget.url });
      const tx = await startReplicator(config(all, 'transaction', uniqueName('sdtx')), {
        targetUrl: txTarget.url,
      });
      replicators.push(batch, tx);
      for (const target of [batchTarget, txTarget]) {
        for (const t of TABLES) await expect.poll(() => ids(target, t), { timeout: 60_000 }).toEqual([1, 2]);
      }

      await exec(source, engine.drop);
      await exec(source, engine.rename);
      await exec(source, engine.retype);
      await exec(source, engine.widen);
      for (const t of TABLES) {
        await exec(
          source,
          t === 'dropped'
            ? `insert into ${t} values (3, 'c', 3)`
            : t === 'renamed'
              ? `insert into ${t} (id, full_name, note, qty) values (3, 'c', 'n', 3)`
              : `insert into ${t} values (3, 'c', 'n', '3')`,
        );
      }
      await exec(source, "insert into keep values (4, 'd', 'n', 4)");

      // Batch mode: the untouched table goes on; the three others stop before their row 3.
      await expect.poll(() => ids(batchTarget, 'keep'), { timeout: 60_000 }).toEqual([1, 2, 3, 4]);
      const status = async () => (await (await fetch(`${batch.opsUrl}/status`)).json()) as ReplicatorStatus;
      await expect
        .poll(
          async () =>
            (await status()).tables
              .filter((t) => t.stopped)
              .map((t) => t.source)
              .sort(),
          {
            timeout: 60_000,
          },
        )
        .toEqual(keys.slice(1).sort());
      const { tables, state } = await status();
      expect(state).toBe('running');
      const stopped = (t: string) => tables.find((s) => s.source === engine.key(source, t))!.stopped!;
      expect(stopped('dropped')).toMatchObject({ code: 'SEAM_REPL_SCHEMA_CHANGED' });
      expect(stopped('dropped').message).toMatch(
        /column "note" .* no longer in its events: dropped or renamed/,
      );
      expect(stopped('renamed').message).toMatch(/column "name" .*dropped or renamed \(new: "full_name"\)/);
      expect(stopped('retyped').message).toMatch(
        /column "qty" now arrives as text, which .*"qty" \(integer\) cannot hold/,
      );
      expect(stopped('widened').message).toMatch(
        /column "qty" now arrives as a 64-bit integer, which .*\(integer\) cannot hold/,
      );
      expect(stopped('retyped').hint).toMatch(/rename:.*seam migrate.*columns:.*tables:/);
      const metrics = await (await fetch(`${batch.opsUrl}/metrics`)).text();
      for (const t of ['dropped', 'renamed', 'retyped', 'widened']) {
        expect(metrics).toContain(`seam_replicator_table_stopped{table="${engine.key(source, t)}"`);
      }
      for (const t of ['dropped', 'renamed', 'retyped', 'widened'])
        expect(await ids(batchTarget, t)).toEqual([1, 2]);

      // `seam replicate --until-caught-up --json`, a new group on the same target: the stopped tables
      // do not hold it up, and it exits 1 listing them.
      const file = join(LOG_DIR, `${prefix}.replicator.json`);
      writeFileSync(file, JSON.stringify({ service: 'drift', source: { topicPrefix: prefix }, tables: all }));
      const cli = await spawnReplicate(uniqueName('sdcli'), [
        '--json',
        '--config',
        file,
        '--target',
        batchTarget.url,
        '--group',
        uniqueName('sdcli'),
        '--until-caught-up',
      ]).exited;
      expect(cli.code, cli.stderr).toBe(1);
      const summary = JSON.parse(cli.stdout) as ReplicatorSummary;
      expect(summary.tablesStopped?.map((t) => t.table).sort()).toEqual(keys.slice(1).sort());

      // Transaction mode keeps source transactions whole and in order: the stream stops at the
      // first that holds a changed table (keep's row 3 came before it, its row 4 after).
      await expect(tx.done).rejects.toMatchObject({ code: 'SEAM_REPL_SCHEMA_CHANGED' });
      for (const t of TABLES) expect(await ids(txTarget, t)).toEqual(t === 'keep' ? [1, 2, 3] : [1, 2]);

      // Each way on, then a restart of the same group: it resumes at the event each table stopped on.
      await batch.stop();
      await batchTarget.query('alter table retyped alter column qty type text');
      await batchTarget.query('alter table widened alter column qty type bigint');
      const fixed = [
        { source: keys[0]! },
        { source: keys[1]!, columns: ['id', 'name', 'qty'] },
        { source: keys[2]!, rename: { full_name: 'name' } },
        { source: keys[3]! },
        { source: keys[4]! },
      ];
      const resumed = await startReplicator(config(fixed, 'batch', group), { targetUrl: batchTarget.url });
      replicators.push(resumed);
      for (const t of TABLES) {
        await expect
          .poll(() => ids(batchTarget, t), { timeout: 60_000 })
          .toEqual(t === 'keep' ? [1, 2, 3, 4] : [1, 2, 3]);
      }
      const rows = await batchTarget.query(
        "select 'dropped' as t, name, note, qty::text as qty from dropped where id = 3 union all select 'renamed', name, note, qty::text from renamed where id = 3 union all select 'retyped', name, note, qty from retyped where id = 3 union all select 'widened', name, note, qty::text from widened where id = 3 order by 1",
      );
      expect(rows).toEqual([
        { t: 'dropped', name: 'c', note: null, qty: '3' },
        { t: 'renamed', name: 'c', note: 'n', qty: '3' },
        { t: 'retyped', name: 'c', note: 'n', qty: '3' },
        { t: 'widened', name: 'c', note: 'n', qty: '3' },
      ]);
      const after = (await (await fetch(`${resumed.opsUrl}/status`)).json()) as ReplicatorStatus;
      expect(after.tables.some((t) => t.stopped)).toBe(false);
    });
  });
}
