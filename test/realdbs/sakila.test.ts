import type { ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPlanFile } from '@seam/core';
import { bootstrapServers } from '@seam/infra';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSeam, spawnSeam, stopSeam } from '../cli/run-seam.js';
import { tempDir } from '../codegen/sample.js';
import { runSqlFile } from '../codegen/sql-client.js';
import {
  createMysqlDatabase,
  createPgDatabase,
  deletePrefixedTopics,
  type TestMysql,
  type TestPg,
  uniqueName,
} from '../helpers/index.js';
import { startSakilaWriter } from './sakila-writer.js';
import type { Writer } from './writer.js';

/**
 * Sakila, MySQL's own sample database (test/fixtures/sakila: triggers keeping film_text in step with
 * film and setting dates, a FULLTEXT index, ENUM and SET columns, YEAR, a BLOB picture, views, stored
 * procedures and functions, ON UPDATE CURRENT_TIMESTAMP), loaded into MariaDB as the monolith and
 * its film service carried into PostgreSQL through the whole runbook by the real CLI — analyze,
 * generate, migrate, capture (binlog), replicate, verify, cut-over, rollback after the deploy —
 * while an application keeps writing transactions across moved and unmoved tables.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = join(root, 'test/fixtures/sakila');
/** The film service's tables, without their database. */
const MOVED = ['actor', 'category', 'film', 'film_actor', 'film_category', 'film_text', 'language'];

describe('sakila on MariaDB through the runbook under a writer, to postgres', () => {
  let source: TestMysql;
  let target: TestPg;
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let env: Record<string, string>;
  let service: string;
  let writer: Writer | undefined;
  const prefix = uniqueName('rdb');
  const replicators: ChildProcess[] = [];

  const ok = async (args: string[]) => {
    const r = await runSeam(args, env);
    expect(r.code, `seam ${args.join(' ')}\n${r.stderr}\n${r.stdout}`).toBe(0);
    return r;
  };
  /** Rows of a monolith table (`film`) with these key values. */
  const onSource = async (table: string, key: string[], values: unknown[]) =>
    (await source.query(`select 1 from ${table} where ${key.map((k) => `${k} = ?`).join(' and ')}`, values))
      .length;
  const onTarget = async (table: string, key: string[], values: unknown[]) =>
    (
      await target.query(
        `select 1 from ${table} where ${key.map((k, i) => `${k} = $${i + 1}`).join(' and ')}`,
        values,
      )
    ).length;

  beforeAll(async () => {
    source = await createMysqlDatabase('rdb_sakila_src');
    target = await createPgDatabase('rdb_sakila_dst');
    await runSqlFile('mysql', source, join(fixtures, 'schema.sql'));
    await runSqlFile('mysql', source, join(fixtures, 'data.sql'));
    dir = await tempDir('sakila');
    env = { SEAM_SOURCE_URL: source.url, SEAM_KAFKA_BROKERS: bootstrapServers() };
  });

  afterAll(async () => {
    await writer?.stop();
    for (const child of replicators) await stopSeam(child);
    const out = join(dir?.path ?? '', 'out');
    if (service)
      await runSeam(['capture', 'stop', '--dir', out, '--service', service, '--delete-topics'], env).catch(
        () => {},
      );
    await deletePrefixedTopics(prefix);
    await source?.drop();
    await target?.drop();
    await dir?.remove();
  });

  it('moves the film service out of MariaDB while the application writes, and back', async () => {
    const planPath = join(dir.path, 'plan.yaml');
    const out = join(dir.path, 'out');
    const moved = MOVED.map((t) => `${source.name}.${t}`);

    // What MariaDB 10.11 made of the dump: the triggers, routines and views are there.
    const objects = await source.query(
      `select count(*) as n from information_schema.triggers where trigger_schema = database()
       union all select count(*) from information_schema.routines where routine_schema = database()
       union all select count(*) from information_schema.views where table_schema = database()`,
    );
    expect(objects.map((r) => Number(r.n))).toEqual([6, 6, 7]);

    // Analyze (no workload, no statistics tuning) and generate, as a user would.
    await ok(['analyze', '--source', source.url, '-o', planPath]);
    const plan = await readPlanFile(planPath);
    const holding = plan.services.find((s) => s.tables.some((t) => t.table === `${source.name}.film`));
    expect(holding, 'a service holds film').toBeDefined();
    service = holding!.name;
    // The architect's decision, with seam plan's verbs: the film side moves, whatever the analyzer drew.
    const proposed = holding!.tables.map((t) => t.table);
    const missing = moved.filter((t) => !proposed.includes(t));
    const extra = proposed.filter((t) => !moved.includes(t));
    const input = ['--plan', planPath, '--source', source.url];
    if (missing.length) await ok(['plan', 'move', service, ...missing, ...input]);
    if (extra.length) await ok(['plan', 'split', `${service}-rest`, ...extra, ...input]);
    const tables = (await readPlanFile(planPath)).services
      .find((s) => s.name === service)!
      .tables.map((t) => t.table)
      .sort();
    expect(tables).toEqual(moved);
    env[`SEAM_TARGET_${service.toUpperCase().replaceAll('-', '_')}_URL`] = target.url;
    await ok([
      'generate',
      ...['--plan', planPath, '--source', source.url, '-o', out, '--service', service],
      ...['--target-dialect', 'postgres', '--prefix', prefix],
    ]);
    const runbook = await readFile(join(out, service, 'RUNBOOK.md'), 'utf8');
    expect(runbook).toContain('sync-sequences');
    // What the service does not get is listed: film_text's triggers and FULLTEXT index, the function
    // that reads film itself, the columns MariaDB sets on update.
    for (const name of [
      'ins_film',
      'upd_film',
      'del_film',
      'idx_title_description',
      'get_customer_balance()',
      '`film.last_update`',
    ])
      expect(runbook).toContain(name);

    const svc = ['--dir', out, '--service', service];
    const verify = [
      'verify',
      ...['--plan', planPath, '--service', service, '--connector', `${prefix}-${service}`],
      ...['--group', `${prefix}-replicate-${service}`, '--recheck-timeout', '90'],
    ];

    // The application writes from before capture until cut-over.
    writer = startSakilaWriter(source.pool);

    // Phase 1–2: schema, capture (the binlog), backfill.
    await ok(['migrate', ...svc, '--to', '001_tables']);
    await ok(['migrate', ...svc, '--monolith', 'capture']);
    await ok(['capture', 'start', ...svc]);
    const atCapture = writer.committed();
    const forward = spawnSeam(['replicate', '--config', join(out, service, 'replicate.yaml')], env);
    replicators.push(forward);

    // Phase 3: parity while the writer writes, and once it has stopped.
    await ok(verify);
    await writer.waitFor(atCapture + 30);
    const ledger = await writer.stop();
    writer = undefined;
    expect(ledger.failures, ledger.failures.join('\n')).toEqual([]);
    expect(ledger.transactions).toBeGreaterThanOrEqual(30);
    await ok(verify);
    for (const row of ledger.rows) {
      expect(await onSource(row.table, row.key, row.values), `${row.table} ${row.values} on MariaDB`).toBe(1);
      if (MOVED.includes(row.table))
        expect(await onTarget(row.table, row.key, row.values), `${row.table} ${row.values}`).toBe(1);
    }
    for (const row of ledger.deleted) {
      expect(await onSource(row.table, row.key, row.values)).toBe(0);
      expect(await onTarget(row.table, row.key, row.values), `${row.table} ${row.values}`).toBe(0);
    }
    expect([...new Set(ledger.rows.map((r) => r.table))].sort()).toEqual([
      'film',
      'film_actor',
      'film_text',
      'inventory',
      'payment',
      'rental',
    ]);
    expect(ledger.deleted.length).toBeGreaterThan(0);
    // The retitles reached the service's film_text through the monolith's upd_film trigger.
    const [recast] = await target.query(
      `select count(*)::int as n from film_text where title like '%RECAST%'`,
    );
    expect(Number(recast!.n)).toBeGreaterThan(0);

    // Phase 5: cut-over.
    await ok(['migrate', ...svc, '--monolith', 'block-writes']);
    await expect(source.query('update film set rental_rate = 0.99 where film_id = 1')).rejects.toThrow(
      /owns this table/,
    );
    await ok(verify);
    expect(await stopSeam(forward)).toBe(0);
    await ok(['migrate', ...svc]);
    await ok(['migrate', ...svc, '--monolith', 'drop-foreign-keys']);
    // The service writes its own tables: its keys continue after the copied rows.
    const [{ film_id: serviceFilm }] = (await target.query(
      `insert into film (title, description, language_id, rating, special_features)
         values ('SERVICE WRITTEN', 'after the deploy', 1, 'PG', 'Trailers') returning film_id`,
    )) as [{ film_id: number }];
    const [{ max }] = (await source.query('select max(film_id) as max from film')) as [{ max: number }];
    expect(serviceFilm).toBeGreaterThan(max);
    await target.query('insert into film_actor (actor_id, film_id) values (1, $1)', [serviceFilm]);

    // Rollback after the deploy: the service's rows back into MariaDB, its counters past them.
    const back = join(dir.path, 'back.sql');
    const reverse = await runSeam(
      [
        'verify',
        ...['--source', target.url, '--target', source.url],
        ...MOVED.flatMap((t) => ['--table', `public.${t}=${source.name}.${t}`]),
        ...['--repair-sql', back],
      ],
      env,
    );
    expect(reverse.code, reverse.stderr + reverse.stdout).toBe(2);
    await ok(['migrate', ...svc, '--monolith', 'block-writes', '--down']);
    await runSqlFile('mysql', source, back);
    await ok(['migrate', ...svc, '--monolith', 'sync-sequences']);
    await ok(['migrate', ...svc, '--monolith', 'drop-foreign-keys', '--down']);
    // The monolith's application writes again: its counter is past the service's film, and its
    // ins_film trigger keeps film_text in step (the copied film got its film_text row the same way).
    const [inserted] = await source.pool.query(
      `insert into film (title, description, language_id) values ('MONOLITH AGAIN', 'after rollback', 1)`,
    );
    const monolithFilm = (inserted as { insertId: number }).insertId;
    expect(monolithFilm).toBeGreaterThan(serviceFilm);
    expect(
      await source.query('select title from film_text where film_id in (?, ?) order by film_id', [
        serviceFilm,
        monolithFilm,
      ]),
    ).toEqual([{ title: 'SERVICE WRITTEN' }, { title: 'MONOLITH AGAIN' }]);
    expect(await onSource('film_actor', ['actor_id', 'film_id'], [1, serviceFilm])).toBe(1);
    // Both sides agree again on what the service holds (the monolith's new film aside, deleted again
    // — del_film takes its film_text row). film_text is not compared: the service has no ins_film
    // trigger (listed as not carried), so the film it wrote has no film_text row there.
    await source.query('delete from film where film_id = ?', [monolithFilm]);
    const again = await runSeam(
      [
        'verify',
        ...['--source', target.url, '--target', source.url],
        ...MOVED.filter((t) => t !== 'film_text').flatMap((t) => [
          '--table',
          `public.${t}=${source.name}.${t}`,
        ]),
      ],
      env,
    );
    expect(again.code, again.stderr + again.stdout).toBe(0);

    // Phase 6: replication stops.
    await ok(['capture', 'stop', ...svc, '--delete-topics']);
    await ok(['migrate', ...svc, '--monolith', 'capture', '--down']);
  });
});
