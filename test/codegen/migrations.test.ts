import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type GenerateResult, generate, type ManifestUnit, migrate, writeGenerated } from '@seam/codegen';
import { describeConnection, parseTableKey, SeamError } from '@seam/core';
import { mysqlOptions, pgOptions, quoteIdent } from '@seam/core/sql';
import { debeziumTopic, readReplicatorConfigFile } from '@seam/replicator';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migration } from '../../packages/codegen/src/migration/migration.js';
import { typeormMigrationFile } from '../../packages/codegen/src/migration/typeorm-file.js';
import {
  createMysqlDatabase,
  createPgDatabase,
  kafka,
  type TestMysql,
  type TestPg,
  uniqueName,
} from '../helpers/index.js';
import { startReplicator, testConfig } from '../replicator/harness.js';
import { mysqlCatalog, pgCatalog } from './catalog.js';
import { samplePlan, tempDir } from './sample.js';
import { runSqlFile } from './sql-client.js';
import { TYPEORM_OBJECTS, typeormUpDown } from './typeorm.js';

/**
 * Every migration generated for the bundled sample runs up, then down, on real PostgreSQL and
 * MariaDB — through a TypeORM DataSource, through `seam migrate`, and as plain SQL files through
 * psql / mysql — and leaves the database exactly as it found it.
 */

for (const dialect of ['postgres', 'mysql'] as const) {
  describe(`the sample's migrations on ${dialect === 'postgres' ? 'PostgreSQL' : 'MariaDB'}`, () => {
    let db: TestPg | TestMysql;
    let result: GenerateResult;
    let dir: Awaited<ReturnType<typeof tempDir>>;
    const catalog = (ignore?: RegExp) =>
      dialect === 'postgres' ? pgCatalog(db as TestPg, ignore) : mysqlCatalog(db as TestMysql, ignore);
    let empty: string[];
    const sql = (text: string) => (db as { query(sql: string): Promise<unknown> }).query(text);

    beforeAll(async () => {
      const { plan, snapshot, workload } = await samplePlan();
      result = generate({ plan, snapshot, workload, targetDialect: dialect, timestamp: 1_750_000_000_000 });
      dir = await tempDir(`codegen-${dialect}`);
      await writeGenerated(dir.path, result.files);
      db = dialect === 'postgres' ? await createPgDatabase('cg_mig') : await createMysqlDatabase('cg_mig');
      // Someone else's table: no migration may touch it.
      await sql('CREATE TABLE bystander (id int PRIMARY KEY)');
      empty = await catalog();
      expect(empty.some((l) => l.includes('bystander'))).toBe(true);
    });

    afterAll(async () => {
      await db?.drop();
      await dir?.remove();
    });

    const serviceUnits = () =>
      result.manifest.units.filter((u) => u.database === 'service' && u.kind === 'chain');

    /** After a service's migrations ran up: each of its tables and kept foreign keys is there. */
    async function expectUp(service: string): Promise<void> {
      const summary = result.services.find((s) => s.name === service)!;
      const lines = await catalog();
      const tables = lines.filter((l) => (dialect === 'postgres' ? / r$/.test(l) : / BASE TABLE$/.test(l)));
      const own = tables.filter(
        (l) => !/seam_migrations|typeorm_migrations|bystander|seam_replicator_offsets/.test(l),
      );
      expect(own).toHaveLength(summary.tables + summary.referenceCopies);
      const fks = lines.filter((l) => (dialect === 'postgres' ? / f on / : / FOREIGN KEY$/).test(l));
      expect(fks).toHaveLength(summary.foreignKeysKept);
    }

    it('runs every service up and down through TypeORM, leaving no trace', async () => {
      for (const unit of serviceUnits()) {
        const files = result.files.filter((x) => x.path.startsWith(`${unit.service}/migrations/typeorm/`));
        expect(files).toHaveLength(2);
        await typeormUpDown(dialect, db.url, dir.path, files, () => expectUp(unit.service));
        expect(await catalog(), unit.service).toEqual(empty);
      }
    });

    it('runs every service up and down through seam migrate, leaving no trace', async () => {
      for (const unit of serviceUnits()) {
        const up = await migrate(unit, db.spec, { direction: 'up' });
        expect(up.migrations.map((m) => m.state)).toEqual(['applied', 'applied']);
        await expectUp(unit.service);
        const status = await migrate(unit, db.spec, { direction: 'status' });
        expect(status.migrations.map((m) => m.state)).toEqual(['already-applied', 'already-applied']);
        const down = await migrate(unit, db.spec, { direction: 'down', to: 'none' });
        expect(down.migrations.map((m) => [m.id, m.state])).toEqual([
          ['002_constraints', 'reverted'],
          ['001_tables', 'reverted'],
        ]);
        expect(await catalog(), unit.service).toEqual(empty);
      }
    });

    it('runs the plain SQL files with the engine’s own client, up and down', async () => {
      for (const unit of serviceUnits()) {
        const sql = (id: string, kind: string) =>
          join(dir.path, unit.service, 'migrations', 'sql', `${id}.${kind}.sql`);
        await runSqlFile(dialect, db, sql('001_tables', 'up'));
        await runSqlFile(dialect, db, sql('002_constraints', 'up'));
        await expectUp(unit.service);
        // seam move's write block on the service's side: its trigger bodies survive the client
        // (MySQL's needs DELIMITER lines).
        const script = (kind: string) => join(dir.path, unit.service, 'service', `block-writes.${kind}.sql`);
        await runSqlFile(dialect, db, script('up'));
        expect(
          (await catalog()).some((l) => /seam_block/.test(l)),
          unit.service,
        ).toBe(true);
        await runSqlFile(dialect, db, script('down'));
        await runSqlFile(dialect, db, sql('002_constraints', 'down'));
        await runSqlFile(dialect, db, sql('001_tables', 'down'));
        expect(await catalog(), unit.service).toEqual(empty);
      }
    });

    it('rolls a failing run back completely', async () => {
      const unit = serviceUnits().find((u) => u.service === 'orders')!;
      const [tables, constraints] = unit.migrations;
      // The second migration fails half-way: the first, already done in this run, goes too.
      const broken: ManifestUnit = {
        ...unit,
        migrations: [
          tables!,
          {
            ...constraints!,
            steps: [
              ...constraints!.steps.slice(0, 3),
              { sql: 'CREATE TABLE bystander (id int)', undo: [] },
              ...constraints!.steps.slice(3),
            ],
          },
        ],
      };
      const error = await migrate(broken, db.spec, { direction: 'up' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SeamError);
      expect((error as SeamError).code).toBe('SEAM_MIGRATE_FAILED');
      const details = (error as SeamError).details as {
        rollback: string;
        undone: number;
        undoFailed: string[];
      };
      expect(details.rollback).toBe(dialect === 'postgres' ? 'transaction' : 'undo-statements');
      // MariaDB has no transactional DDL: every step of the first migration, and those of the
      // second done before the failure, were undone statement by statement.
      if (dialect === 'mysql')
        expect(details.undone).toBeGreaterThan(tables!.steps.reduce((n, step) => n + step.undo.length, 0));
      expect(details.undoFailed).toEqual([]);
      expect(await catalog()).toEqual(empty);
    });

    it('shows what it would do without doing it, and refuses files that changed after applying', async () => {
      const unit = serviceUnits().find((u) => u.service === 'purchase-orders')!;
      const dry = await migrate(unit, db.spec, { direction: 'up', dryRun: true });
      expect(dry.migrations.map((m) => m.state)).toEqual(['would-apply', 'would-apply']);
      expect(dry.migrations[0]!.sql!.length).toBe(unit.migrations[0]!.steps.length);
      expect(await catalog()).toEqual(empty);

      await migrate(unit, db.spec, { direction: 'up', to: '001_tables' });
      const edited: ManifestUnit = {
        ...unit,
        migrations: [{ ...unit.migrations[0]!, checksum: 'f'.repeat(64) }, unit.migrations[1]!],
      };
      const error = await migrate(edited, db.spec, { direction: 'up' }).catch((e: unknown) => e);
      expect((error as SeamError).code).toBe('SEAM_MIGRATE_CHECKSUM');
      await migrate(unit, db.spec, { direction: 'down' });
      expect(await catalog()).toEqual(empty);
    });

    it('grants the replicator writes and the verifier reads, and nothing more', async () => {
      const unit = serviceUnits().find((u) => u.service === 'purchase-orders')!;
      await migrate(unit, db.spec, { direction: 'up', to: '001_tables' });
      const replicator = uniqueName('cg_repl');
      const verifier = uniqueName('cg_verif');
      const grants = (await readFile(join(dir.path, 'purchase-orders', 'grants', 'service.sql'), 'utf8'))
        .replaceAll('seam_replicator_purchase_orders', replicator)
        .replaceAll('seam_verifier', verifier)
        .replaceAll('`public`.', ''); // the MySQL copy lives in the connection's database
      const as = async <T>(user: string, fn: (run: (sql: string) => Promise<unknown>) => Promise<T>) => {
        const spec = { ...db.spec, user };
        if (dialect === 'postgres') {
          const c = new pg.Client(pgOptions(spec));
          await c.connect();
          try {
            return await fn((s) => c.query(s));
          } finally {
            await c.end();
          }
        }
        const c = await mysql.createConnection(mysqlOptions(spec));
        try {
          return await fn((s) => c.query(s));
        } finally {
          await c.end();
        }
      };
      try {
        for (const user of [replicator, verifier]) {
          await sql(dialect === 'postgres' ? `CREATE ROLE ${user} LOGIN` : `CREATE USER '${user}'@'%'`);
        }
        if (dialect === 'postgres') await sql(grants);
        else for (const g of grants.split('\n').filter((l) => l.startsWith('GRANT'))) await sql(g);
        const q = (n: string) => quoteIdent(dialect, n);
        await as(replicator, async (run) => {
          await run(
            `INSERT INTO ${q('suppliers')} (${q('id')}, ${q('name')}, ${q('country_code')}) VALUES (1, 'a', 'aa')`,
          );
          await run(`UPDATE ${q('suppliers')} SET ${q('name')} = 'b'`);
          await run(`DELETE FROM ${q('suppliers')}`);
          await expect(run(`DROP TABLE ${q('suppliers')}`)).rejects.toThrow();
        });
        await as(verifier, async (run) => {
          await run(`SELECT * FROM ${q('purchase_orders')}`);
          await expect(run(`DELETE FROM ${q('purchase_orders')}`)).rejects.toThrow();
        });
        // Issue 14.5: the replicator, as its least-privileged user (no CREATE anywhere), starts and
        // restarts: seam migrate created its offsets table, and it never runs CREATE itself.
        await as(replicator, async (run) => {
          await expect(run(`CREATE TABLE ${q('nope')} (id int)`)).rejects.toThrow();
        });
        const generated = (await readReplicatorConfigFile(
          join(dir.path, 'purchase-orders', 'replicate.yaml'),
        ))!;
        const prefix = uniqueName('cgpriv');
        const config = testConfig({
          ...generated,
          kafka: { groupId: uniqueName('cgpriv') },
          source: { ...generated.source, topicPrefix: prefix },
          target: { ...generated.target, schema: dialect === 'postgres' ? generated.target.schema : db.name },
          apply: { ...generated.apply, deadLetterTopic: `${prefix}.dlq` },
        });
        const topics = config.tables.map((t) => {
          const { schema, name } = parseTableKey(t.source);
          return debeziumTopic(prefix, schema, name);
        });
        const admin = kafka.admin();
        await admin.connect();
        try {
          await admin.createTopics({
            topics: topics.map((topic) => ({ topic, numPartitions: 1 })),
            waitForLeaders: true,
          });
          const targetUrl = describeConnection({ ...db.spec, user: replicator });
          for (let start = 0; start < 2; start++) {
            const r = await startReplicator(config, { targetUrl });
            await r.stop();
            await r.done;
          }
          const offsets = await sql(`SELECT topic FROM ${q('seam_replicator_offsets')}`);
          expect((offsets as unknown[]).length).toBeGreaterThanOrEqual(topics.length);
        } finally {
          await admin.deleteTopics({ topics: [...topics, `${prefix}.dlq`] }).catch(() => {});
          await admin.deleteGroups([config.kafka.groupId!]).catch(() => {});
          await admin.disconnect();
        }
      } finally {
        for (const user of [replicator, verifier]) {
          if (dialect === 'postgres') {
            await sql(`DROP OWNED BY ${user}`).catch(() => {});
            await sql(`DROP ROLE IF EXISTS ${user}`);
          } else await sql(`DROP USER IF EXISTS '${user}'@'%'`);
        }
        await migrate(unit, db.spec, { direction: 'down' });
      }
      expect(await catalog()).toEqual(empty);
    });

    it('undoes a failing TypeORM up() completely', async () => {
      const unit = serviceUnits().find((u) => u.service === 'purchase-orders')!;
      const tables = unit.migrations[0]!;
      const broken = migration(tables.id, tables.title, dialect, [
        ...tables.steps,
        { sql: 'CREATE TABLE bystander (id int)', undo: [] },
      ]);
      const path = 'broken/1750000000000-BrokenTables.ts';
      await writeGenerated(dir.path, [
        { path, content: typeormMigrationFile('broken', broken, 1_750_000_000_000, ['a step that fails']) },
      ]);
      await expect(
        typeormUpDown(dialect, db.url, dir.path, [{ path, content: '' }], async () => {}),
      ).rejects.toThrow(/bystander/);
      expect(await catalog(TYPEORM_OBJECTS)).toEqual(empty);
      await sql('DROP TABLE IF EXISTS typeorm_migrations');
    });

    if (dialect === 'mysql') {
      it('resumes a revert that stopped half-way', async () => {
        const unit = serviceUnits().find((u) => u.service === 'purchase-orders')!;
        await migrate(unit, db.spec, { direction: 'up', to: '001_tables' });
        // A table outside the service that references one of its tables blocks DROP TABLE.
        await sql(
          'CREATE TABLE blocker (id int PRIMARY KEY, c char(2), FOREIGN KEY (c) REFERENCES countries (code))',
        );
        const error = await migrate(unit, db.spec, { direction: 'down' }).catch((e: unknown) => e);
        expect((error as SeamError).code).toBe('SEAM_MIGRATE_PARTIAL');
        const undone = (error as SeamError).details.undone as number;
        expect(undone).toBeGreaterThan(0);
        // Nothing runs up over a half-reverted migration.
        const refused = await migrate(unit, db.spec, { direction: 'up' }).catch((e: unknown) => e);
        expect((refused as SeamError).code).toBe('SEAM_MIGRATE_PARTIAL');
        await sql('DROP TABLE blocker');
        const down = await migrate(unit, db.spec, { direction: 'down' });
        expect(down.migrations[0]!.statements).toBe(
          unit.migrations[0]!.steps.flatMap((s) => s.undo).length - undone,
        );
        expect(await catalog()).toEqual(empty);
      });
    }
  });
}
