import type { ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Dialect, readPlanFile } from '@seam/core';
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
import { startWriter, type Writer } from './writer.js';

/**
 * pagila (the PostgreSQL port of Sakila, test/fixtures/pagila: inheritance-partitioned payments
 * routed by rules, triggers maintaining last_update and a tsvector, views, a domain with a CHECK,
 * an array, an enum) carried through the film service's whole runbook by the real CLI — analyze,
 * generate, migrate, capture, replicate, verify, cut-over, rollback after the deploy — while an
 * application keeps writing transactions across moved and unmoved tables.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = join(root, 'test/fixtures/pagila');
const MOVED = [
  'public.actor',
  'public.category',
  'public.film',
  'public.film_actor',
  'public.film_category',
  'public.inventory',
  'public.language',
];

/** The service's database, as the engine objects below use it. */
interface Service {
  query(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
}

/** What differs by the service's engine: creating its database, finding a row, the service's own insert. */
interface TargetEngine {
  create(): Promise<TestPg | TestMysql>;
  /** How many rows of `table` (schema-qualified, as on the monolith) have these key values. */
  count(db: Service, table: string, key: string[], values: unknown[]): Promise<number>;
  /** The service inserts a film of its own; its new key. */
  insertFilm(db: Service): Promise<number>;
  /** `--table` of the reverse verify, as the runbook writes it: the service's table = the monolith's. */
  reverseTable(table: string, database: string): string;
}

const engines: Record<Dialect, TargetEngine> = {
  postgres: {
    create: () => createPgDatabase('rdb_pagila_dst'),
    async count(db, table, key, values) {
      const where = key.map((k, i) => `${k} = $${i + 1}`).join(' and ');
      return (await db.query(`select 1 from ${table} where ${where}`, values)).length;
    },
    async insertFilm(db) {
      const [row] = await db.query(
        `insert into film (title, description, language_id, fulltext)
           values ('SERVICE WRITTEN', 'after the deploy', 1, to_tsvector('service')) returning film_id`,
      );
      return Number(row!.film_id);
    },
    reverseTable: (table) => table,
  },
  mysql: {
    create: () => createMysqlDatabase('rdb_pagila_dst'),
    async count(db, table, key, values) {
      const where = key.map((k) => `${k} = ?`).join(' and ');
      return (await db.query(`select 1 from ${table.split('.')[1]} where ${where}`, values)).length;
    },
    async insertFilm(db) {
      await db.query(
        "insert into film (title, description, language_id, `fulltext`) values ('SERVICE WRITTEN', 'after the deploy', 1, '''service'':1')",
      );
      const [row] = await db.query(`select film_id from film where title = 'SERVICE WRITTEN'`);
      return Number(row!.film_id);
    },
    reverseTable: (table, database) => `${database}.${table.split('.')[1]}=${table}`,
  },
};

describe.each(['postgres', 'mysql'] as const)(
  'pagila through the runbook under a writer, to %s',
  (dialect) => {
    const engine = engines[dialect];
    let source: TestPg;
    let target: TestPg | TestMysql;
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

    const replicate = (config: string) => {
      const child = spawnSeam(['replicate', '--config', config], env);
      replicators.push(child);
      return child;
    };
    const stop = stopSeam;

    beforeAll(async () => {
      source = await createPgDatabase('rdb_pagila_src');
      target = await engine.create();
      await runSqlFile('postgres', source, join(fixtures, 'schema.sql'));
      await runSqlFile('postgres', source, join(fixtures, 'data.sql'));
      dir = await tempDir('pagila');
      env = { SEAM_SOURCE_URL: source.url, SEAM_KAFKA_BROKERS: bootstrapServers() };
    });

    afterAll(async () => {
      await writer?.stop();
      for (const child of replicators) await stop(child);
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

    it('moves the film service out while the application writes, and back', async () => {
      const planPath = join(dir.path, 'plan.yaml');
      const out = join(dir.path, 'out');

      // Analyze and generate, as a user would.
      await ok(['analyze', '--source', source.url, '-o', planPath]);
      const plan = await readPlanFile(planPath);
      const holding = plan.services.find((s) => s.tables.some((t) => t.table === 'public.film'));
      expect(holding, 'a service holds public.film').toBeDefined();
      service = holding!.name;
      // The architect's decision, made with seam plan's verbs as a user would: the film side moves,
      // whatever the analyzer drew around it (its exact proposal is the analyzer's own tests' business).
      const proposed = holding!.tables.map((t) => t.table);
      const missing = MOVED.filter((t) => !proposed.includes(t));
      const extra = proposed.filter((t) => !MOVED.includes(t));
      const input = ['--plan', planPath, '--source', source.url];
      if (missing.length) await ok(['plan', 'move', service, ...missing, ...input]);
      if (extra.length) await ok(['plan', 'split', `${service}-rest`, ...extra, ...input]);
      const tables = (await readPlanFile(planPath)).services
        .find((s) => s.name === service)!
        .tables.map((t) => t.table)
        .sort();
      expect(tables).toEqual(MOVED);
      env[`SEAM_TARGET_${service.toUpperCase().replaceAll('-', '_')}_URL`] = target.url;
      await ok([
        'generate',
        '--plan',
        planPath,
        '--source',
        source.url,
        '-o',
        out,
        '--service',
        service,
        '--target-dialect',
        dialect,
        '--prefix',
        prefix,
      ]);
      const runbook = await readFile(join(out, service, 'RUNBOOK.md'), 'utf8');
      expect(runbook).toContain('sync-sequences');

      const svc = ['--dir', out, '--service', service];
      const verify = [
        'verify',
        '--plan',
        planPath,
        '--service',
        service,
        '--connector',
        `${prefix}-${service}`,
        '--group',
        `${prefix}-replicate-${service}`,
        '--recheck-timeout',
        '90',
      ];

      // The application writes from before capture until cut-over.
      writer = startWriter(source.pool);

      // Phase 1–2: schema, capture, backfill.
      await ok(['migrate', ...svc, '--to', '001_tables']);
      await ok(['migrate', ...svc, '--monolith', 'capture']);
      await ok(['capture', 'start', ...svc]);
      const atCapture = writer.committed();
      const forward = replicate(join(out, service, 'replicate.yaml'));

      // Phase 3: parity while the writer writes, and once it has stopped.
      await ok(verify);
      await writer.waitFor(atCapture + 30);
      const ledger = await writer.stop();
      writer = undefined;
      expect(ledger.failures, ledger.failures.join('\n')).toEqual([]);
      expect(ledger.transactions).toBeGreaterThanOrEqual(30);
      await ok(verify);
      for (const row of ledger.rows) {
        const where = row.key.map((k, i) => `${k} = $${i + 1}`).join(' and ');
        const onSource = await source.query(`select 1 from ${row.table} where ${where}`, row.values);
        expect(onSource.length, `${row.table} ${row.values} on the monolith`).toBe(1);
        if (MOVED.includes(row.table))
          expect(
            await engine.count(target, row.table, row.key, row.values),
            `${row.table} ${row.values}`,
          ).toBe(1);
      }
      for (const row of ledger.deleted) {
        const where = row.key.map((k, i) => `${k} = $${i + 1}`).join(' and ');
        expect(await source.query(`select 1 from ${row.table} where ${where}`, row.values)).toEqual([]);
        expect(await engine.count(target, row.table, row.key, row.values), `${row.table} ${row.values}`).toBe(
          0,
        );
      }
      const written = new Set(ledger.rows.map((r) => r.table));
      expect([...written].sort()).toEqual([
        'public.film',
        'public.film_actor',
        'public.inventory',
        'public.payment_p2007_03',
        'public.rental',
      ]);
      expect(ledger.deleted.length).toBeGreaterThan(0);

      // Phase 5: cut-over.
      await ok(['migrate', ...svc, '--monolith', 'block-writes']);
      await expect(source.query(`update film set rental_rate = 0.99 where film_id = 1`)).rejects.toThrow(
        /owns this table/,
      );
      await ok(verify);
      expect(await stop(forward)).toBe(0);
      await ok(['migrate', ...svc]);
      await ok(['migrate', ...svc, '--monolith', 'drop-foreign-keys']);
      // The service writes its own tables: its keys continue after the copied rows.
      const serviceFilm = await engine.insertFilm(target);
      const [{ max }] = (await source.query<{ max: number }>('select max(film_id) as max from film')) as [
        { max: number },
      ];
      expect(serviceFilm).toBeGreaterThan(max);

      // Rollback after the deploy: the service's rows back into the monolith, its counters past them.
      const back = join(dir.path, 'back.sql');
      const reverse = await runSeam(
        [
          'verify',
          '--source',
          target.url,
          '--target',
          source.url,
          ...MOVED.flatMap((t) => ['--table', engine.reverseTable(t, target.name)]),
          '--repair-sql',
          back,
        ],
        env,
      );
      expect(reverse.code, reverse.stderr + reverse.stdout).toBe(2);
      await ok(['migrate', ...svc, '--monolith', 'block-writes', '--down']);
      await runSqlFile('postgres', source, back);
      await ok(['migrate', ...svc, '--monolith', 'sync-sequences']);
      await ok(['migrate', ...svc, '--monolith', 'drop-foreign-keys', '--down']);
      const [{ film_id: monolithFilm }] = (await source.query<{ film_id: number }>(
        `insert into film (title, description, language_id) values ('MONOLITH AGAIN', 'after rollback', 1)
         returning film_id`,
      )) as [{ film_id: number }];
      expect(monolithFilm).toBeGreaterThan(serviceFilm);
      const copied = await source.query('select title from film where film_id = $1', [serviceFilm]);
      expect(copied).toEqual([{ title: 'SERVICE WRITTEN' }]);

      // Phase 6: replication stops.
      await ok(['capture', 'stop', ...svc, '--delete-topics']);
      await ok(['migrate', ...svc, '--monolith', 'capture', '--down']);
    });
  },
);
