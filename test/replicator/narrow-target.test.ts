import type { Replicator, ReplicatorStatus } from '@seam/replicator';
import { afterAll, describe, expect, it } from 'vitest';
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

// A target column narrower than the source's values (a source varchar widened after `seam
// generate`, which Debezium's schema does not show, or a target made by hand): the table stops at
// the first row that does not fit, naming the column, instead of dead-lettering every such row;
// once the column is widened, a restart resumes at that row with nothing lost. Both target engines.

describe('a target column too narrow for the source values', () => {
  let source: TestPg;
  let pgTarget: TestPg;
  let myTarget: TestMysql;
  let connector: RegisteredConnector | undefined;
  const replicators: Replicator[] = [];

  afterAll(async () => {
    await Promise.all(replicators.map((r) => r.stop().catch(() => {})));
    await connector?.remove();
    await Promise.all([dropEventually(source), pgTarget?.drop(), myTarget?.drop()]);
  });

  it('stops that table at the row, names the column, dead-letters nothing, and resumes once widened', async () => {
    [source, pgTarget, myTarget] = await Promise.all([
      createPgDatabase('ntsrc'),
      createPgDatabase('ntdst'),
      createMysqlDatabase('ntdst'),
    ]);
    await source.query(
      'create table items (id int primary key, name varchar(40), price numeric(12,2)); create table other (id int primary key)',
    );
    await pgTarget.query(
      'create table items (id int primary key, name varchar(5), price numeric(12,2)); create table other (id int primary key)',
    );
    await myTarget.query('create table items (id int primary key, name varchar(5), price decimal(12,2))');
    await myTarget.query('create table other (id int primary key)');
    await source.query("insert into items values (1, 'ok', 1); insert into other values (0)");
    const prefix = uniqueName('nt');
    connector = await registerConnector(
      prefix,
      pgSource(source, { topicPrefix: prefix, tables: ['public.items', 'public.other'] }),
    );
    await Promise.all(['items', 'other'].map((t) => waitForTopic(`${prefix}.public.${t}`)));

    const groups = { pg: uniqueName('ntpg'), my: uniqueName('ntmy') };
    const config = (group: string) =>
      testConfig({
        service: 'narrow',
        kafka: { groupId: group },
        source: { topicPrefix: prefix },
        tables: [{ source: 'public.items' }, { source: 'public.other' }],
        metrics: { port: 0 },
      });
    const start = async (which: 'pg' | 'my') => {
      const r = await startReplicator(config(groups[which]), {
        targetUrl: which === 'pg' ? pgTarget.url : myTarget.url,
      });
      replicators.push(r);
      return r;
    };
    let pg = await start('pg');
    let my = await start('my');
    const ids = {
      pg: async (t: string) =>
        (await pgTarget.query<{ id: number }>(`select id from ${t} order by id`)).map((r) => r.id),
      my: async (t: string) =>
        (await myTarget.query<{ id: number }>(`select id from ${t} order by id`)).map((r) => Number(r.id)),
    };
    await expect.poll(() => ids.pg('items'), { timeout: 60_000 }).toEqual([1]);
    await expect.poll(() => ids.my('items'), { timeout: 60_000 }).toEqual([1]);

    // Row 2's name is too long for both targets. (A narrower decimal is seen from Debezium's schema:
    // SEAM_REPL_SCHEMA_CHANGED, schema-drift.test.ts; a varchar's length is not in it.)
    await source.query("insert into items values (2, 'much too long', 2), (3, 'ok3', 1234.5)");
    await source.query('insert into other values (1), (2)');
    await expect.poll(() => ids.pg('other'), { timeout: 60_000 }).toEqual([0, 1, 2]);
    await expect.poll(() => ids.my('other'), { timeout: 60_000 }).toEqual([0, 1, 2]);
    for (const [which, r] of [
      ['pg', pg],
      ['my', my],
    ] as const) {
      const status = async () => (await (await fetch(`${r.opsUrl}/status`)).json()) as ReplicatorStatus;
      await expect
        .poll(async () => (await status()).tables.find((t) => t.source === 'public.items')?.stopped?.code, {
          timeout: 60_000,
        })
        .toBe('SEAM_REPL_TARGET_TOO_NARROW');
      const stopped = (await status()).tables.find((t) => t.source === 'public.items')!.stopped!;
      expect(stopped.message).toMatch(
        /column "name" \((character varying|varchar)\(5\)\) is too narrow for a value of 13 characters/,
      );
      expect(stopped.message).toMatch(/@1; other tables go on/); // the second event of the topic
      expect(await ids[which]('items')).toEqual([1]);
      const metrics = await (await fetch(`${r.opsUrl}/metrics`)).text();
      expect(metrics).toMatch(/seam_replicator_table_stopped\{table="public.items"[^}]*\} 1/);
      expect(metrics).not.toMatch(/seam_replicator_dead_lettered_total\{[^}]*\} [1-9]/);
    }

    // Widened: a restart resumes at row 2, nothing lost.
    await pg.stop();
    await my.stop();
    await pgTarget.query('alter table items alter column name type varchar(40)');
    await myTarget.query('alter table items modify name varchar(40)');
    pg = await start('pg');
    my = await start('my');
    await expect.poll(() => ids.pg('items'), { timeout: 60_000 }).toEqual([1, 2, 3]);
    await expect.poll(() => ids.my('items'), { timeout: 60_000 }).toEqual([1, 2, 3]);
    const rows = await myTarget.query<{ name: string; price: string }>(
      'select name, price from items order by id',
    );
    expect(rows.map((r) => [r.name, String(r.price)])).toEqual([
      ['ok', '1.00'],
      ['much too long', '2.00'],
      ['ok3', '1234.50'],
    ]);
  });
});
