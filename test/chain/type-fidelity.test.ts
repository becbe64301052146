import type { ChildProcess } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generate, writeGenerated } from '@seam/codegen';
import { type Dialect, type Plan, planToYaml, type SchemaSnapshot, tableKey } from '@seam/core';
import { mysqlOptions } from '@seam/core/sql';
import { bootstrapServers } from '@seam/infra';
import { introspect } from '@seam/introspect';
import mysql from 'mysql2/promise';
import { describe, it } from 'vitest';
import { runSeam, spawnSeam } from '../cli/run-seam.js';
import { planWith, tempDir } from '../codegen/sample.js';
import { createMysqlDatabase, createPgDatabase, kafka, type TestPg, uniqueName } from '../helpers/index.js';

/**
 * Type fidelity on the real chain, for every engine pair: a table holding the values that have no
 * exact counterpart on the other engine (NaN and ±Infinity in real/double/numeric, a numeric of 40
 * digits with scale 35, ±infinity dates and timestamps, intervals, time 24:00:00, MySQL TIME past
 * 24 hours and negative, arrays, tsvector, a domain, an enum) goes through seam generate → migrate
 * → capture → replicate, then `seam verify` must exit 0; a value corrupted in the target makes it
 * exit 2; the repair SQL it writes applies in strict mode and verify exits 0 again.
 */

const STRICT =
  'STRICT_ALL_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION';
const SERVICE = 'fidelity';

const PG_SETUP = [
  'create domain posint as integer check (value > 0)',
  "create type mood as enum ('sad', 'ok', 'it''s')",
  `create table special (
    id integer primary key,
    c_real real, c_double double precision, c_num numeric, c_num2 numeric(12,2),
    c_ts timestamp, c_ts3 timestamp(3), c_tstz timestamptz, c_date date,
    c_interval interval, c_time time,
    c_text_arr text[], c_int_arr integer[], c_tsv tsvector, c_dom posint, c_mood mood,
    c_note text not null default 'n'
  )`,
];
const PG_COLUMNS =
  'id, c_real, c_double, c_num, c_num2, c_ts, c_ts3, c_tstz, c_date, c_interval, c_time, c_text_arr, c_int_arr, c_tsv, c_dom, c_mood';
const PG_ROWS = [
  `(1, 'NaN', 'Infinity', 'NaN', 1.50, 'infinity', 'infinity', '-infinity', 'infinity', '1 year 2 mons -3 days 04:05:06.789', '24:00:00', '{"a,b",NULL,"é \\"q\\""}', '{1,NULL,-3}', 'a fat cat sat', 5, 'it''s')`,
  `(2, '-Infinity', '-Infinity', 'Infinity', -1.5, '-infinity', '-infinity', 'infinity', '-infinity', '-1 mons', '00:00:00', '{}', '{}', '', 1, 'sad')`,
  `(3, 1.1, 0.1, '-Infinity', 0, '2024-01-01 12:34:56.789012', '2024-01-01 12:34:56.789', '2024-01-01 00:00:00.5+02', '2024-01-01', '100 hours', '12:34:56.5', NULL, NULL, NULL, NULL, NULL)`,
  `(4, 3.4028235e38, 1e300, '12345.12345678901234567890123456789012345', 9999999999.99, '0001-01-01 00:00:00', '1999-12-31 23:59:59.999', '1970-01-01 00:00:00+00', '0001-01-01', '-3 days -04:00:00.000001', '23:59:59.999999', '{"",NULL}', '{2147483647}', 'x:1A y:2', 2147483647, 'ok')`,
  `(5, -1.17549435e-38, -4.9e-324, '0.00000001000', -0.01, NULL, NULL, NULL, NULL, '0', NULL, '{"[x]"}', NULL, NULL, NULL, NULL)`,
];
const PG_STREAMED = `(6, 'NaN', '-Infinity', '-98765.43210987654321098765432109876543210', 7, 'infinity', '-infinity', 'infinity', '-infinity', 'P1Y2M3DT4H5M6.5S', '24:00:00', '{q}', '{7}', 'streamed', 9, 'ok'),
  (7, 'Infinity', 'NaN', 'Infinity', 3, '-infinity', 'infinity', '-infinity', 'infinity', '-1 days +00:00:00.5', '00:00:00.000001', '{}', '{0}', 'two', 2, 'sad')`;

const MY_SETUP = [
  `create table special (
    id int primary key,
    c_float float, c_double double, c_dec decimal(65,30), c_dec2 decimal(12,2) unsigned,
    c_time time, c_time6 time(6), c_dt datetime(6), c_ts timestamp(3) null, c_date date,
    c_enum enum('sad','ok','it''s'), c_set set('a','b'), c_json json, c_year year, c_bit bit(10),
    c_note varchar(20) not null
  )`,
];
const MY_COLUMNS =
  'id, c_float, c_double, c_dec, c_dec2, c_time, c_time6, c_dt, c_ts, c_date, c_enum, c_set, c_json, c_year, c_bit, c_note';
const MY_ROWS = [
  `(1, 1.1, 0.1, '12345678901234567890123456789012345.123456789012345678901234567891', 1.5, '838:59:59', '-838:59:58.999999', '9999-12-31 23:59:59.999999', '2038-01-19 03:14:07.999', '9999-12-31', 'it''s', 'a,b', '{"b": [1, 2.50], "a": null}', 2155, b'1010101010', 'n')`,
  `(2, -3.4e38, -1.7976931348623157e308, '-0.000000000000000000000000000001', 0, '-00:00:01', '100:00:00.5', '1000-01-01 00:00:00', '1970-01-01 00:00:01', '1000-01-01', 'sad', '', '[]', 1901, b'0', 'n')`,
  `(3, NULL, NULL, NULL, NULL, '00:00:00', '24:00:00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'n')`,
];
const MY_STREAMED = `(6, 2.5, 1e21, '1.5', 2.25, '-838:59:59', '-12:00:00.000001', '2024-02-29 12:00:00.123456', NULL, '2024-02-29', 'ok', 'b', '{"k": "v"}', 2024, b'1', 'n')`;

/** The one method this test needs from either engine's test database. */
interface Db {
  name: string;
  url: string;
  spec: TestPg['spec'];
  query(sql: string): Promise<unknown[]>;
  drop(): Promise<void>;
}

function planFor(snapshot: SchemaSnapshot, schema: string, target: Dialect, database: string): Plan {
  return planWith(snapshot, [
    {
      name: SERVICE,
      tables: [{ table: tableKey(schema, 'special') }],
      target: { dialect: target, ...(target === 'mysql' ? { database } : {}) },
    },
  ]);
}

const pairs: Array<{ source: Dialect; target: Dialect }> = [
  { source: 'postgres', target: 'postgres' },
  { source: 'postgres', target: 'mysql' },
  { source: 'mysql', target: 'postgres' },
  { source: 'mysql', target: 'mysql' },
];

const label = (d: Dialect) => (d === 'postgres' ? 'PostgreSQL' : 'MariaDB');

// The four pairs share nothing but the services: they run at once (each mostly waits on Debezium).
describe.concurrent('special values through the real chain', () => {
  for (const pair of pairs) {
    it(`${label(pair.source)} → ${label(pair.target)}: replicated exactly, verify exits 0, then 2 on a corrupt value, repair SQL restores 0`, async ({
      expect,
      onTestFinished,
    }) => {
      // Each pair undoes its own work, last first, as soon as it ends (the pairs clean up at once).
      const cleanups: Array<() => Promise<unknown>> = [];
      onTestFinished(async () => {
        for (const c of cleanups.reverse()) await c().catch(() => {});
      });
      const prefix = uniqueName('tf');
      const source: Db =
        pair.source === 'postgres' ? await createPgDatabase('tf_src') : await createMysqlDatabase('tf_src');
      cleanups.push(() => source.drop());
      const target: Db =
        pair.target === 'postgres' ? await createPgDatabase('tf_dst') : await createMysqlDatabase('tf_dst');
      cleanups.push(() => target.drop());
      const pg = pair.source === 'postgres';
      for (const sql of pg ? PG_SETUP : MY_SETUP) await source.query(sql);
      const columns = pg ? PG_COLUMNS : MY_COLUMNS;
      await source.query(`insert into special (${columns}) values ${(pg ? PG_ROWS : MY_ROWS).join(', ')}`);

      const schema = pg ? 'public' : source.name;
      const snapshot = await introspect(source.spec, { schemas: [schema] });
      const plan = planFor(snapshot, schema, pair.target, target.name);
      const dir = await tempDir('type-fidelity');
      cleanups.push(() => dir.remove());
      const planPath = join(dir.path, 'plan.yaml');
      await writeFile(planPath, planToYaml(plan));
      const out = join(dir.path, 'out');
      const result = generate({
        plan,
        snapshot,
        source: source.spec,
        targetDialect: pair.target,
        namePrefix: prefix,
        brokers: [bootstrapServers()],
        heartbeatMs: 1000,
        commands: { dir: out, plan: planPath },
      });
      await writeGenerated(out, result.files);

      // Generate lists, before anything moves, every mapping that is not exact, with its code.
      const typed = result.warnings.filter((w) => w.code);
      if (pair.source === pair.target) expect(typed).toEqual([]);
      if (pair.source === 'postgres' && pair.target === 'mysql') {
        const byColumn = Object.fromEntries(typed.map((w) => [w.column, w.code]));
        expect(byColumn).toMatchObject({
          c_real: 'SEAM_TYPE_CONVERTED',
          c_double: 'SEAM_TYPE_CONVERTED',
          c_num: 'SEAM_TYPE_CONVERTED',
          c_num2: 'SEAM_TYPE_LOSSY',
          c_ts: 'SEAM_TYPE_CONVERTED',
          c_date: 'SEAM_TYPE_CONVERTED',
          c_interval: 'SEAM_TYPE_CONVERTED',
          c_text_arr: 'SEAM_TYPE_CONVERTED',
          c_tsv: 'SEAM_TYPE_CONVERTED',
        });
      }
      if (pair.source === 'mysql' && pair.target === 'postgres') {
        expect(typed.filter((w) => w.column?.startsWith('c_time')).map((w) => w.code)).toEqual([
          'SEAM_TYPE_CONVERTED',
          'SEAM_TYPE_CONVERTED',
        ]);
      }

      const env = {
        SEAM_SOURCE_URL: source.url,
        SEAM_TARGET_FIDELITY_URL: target.url,
        SEAM_KAFKA_BROKERS: bootstrapServers(),
      };
      const seam = (args: string[]) => runSeam(args, env);
      const ok = async (args: string[]) => {
        const r = await seam(args);
        expect(r.code, `seam ${args.join(' ')}\n${r.stderr}\n${r.stdout}`).toBe(0);
        return r;
      };
      const svc = ['--dir', out, '--service', SERVICE];
      await ok(['migrate', ...svc, '--to', '001_tables']);
      await ok(['migrate', ...svc, '--monolith', 'capture']);
      cleanups.push(() => seam(['migrate', ...svc, '--monolith', 'capture', '--down']));
      await ok(['capture', 'start', ...svc]);
      cleanups.push(() => seam(['capture', 'stop', ...svc, '--delete-topics']));
      cleanups.push(async () => {
        const admin = kafka.admin();
        await admin.connect();
        const mine = (await admin.listTopics()).filter((t) => t.includes(prefix));
        if (mine.length) await admin.deleteTopics({ topics: mine }).catch(() => {});
        await admin.disconnect();
      });
      const replicator: ChildProcess = spawnSeam(
        ['replicate', '--config', join(out, SERVICE, 'replicate.yaml')],
        env,
      );
      let replicatorLog = '';
      replicator.stderr?.on('data', (b: Buffer) => {
        replicatorLog = (replicatorLog + b.toString()).slice(-4000);
      });
      cleanups.push(
        () =>
          new Promise<void>((resolve) => {
            if (replicator.exitCode !== null) return resolve();
            replicator.once('exit', () => resolve());
            replicator.kill('SIGTERM');
          }),
      );
      await source.query(`insert into special (${columns}) values ${pg ? PG_STREAMED : MY_STREAMED}`);

      const summary = result.services.find((s) => s.name === SERVICE)!;
      const repair = join(dir.path, 'repair.sql');
      const verify = [
        'verify',
        '--plan',
        planPath,
        '--service',
        SERVICE,
        '--connector',
        `${prefix}-${SERVICE}`,
        '--group',
        summary.groups.forward,
        '--recheck-timeout',
        '60',
        '--json',
      ];
      const first = await seam(verify);
      expect(first.code, `${first.stdout}\n${first.stderr}\nreplicator: ${replicatorLog}`).toBe(0);
      // Every column compared: none left out as incompatible or unsupported.
      const report = JSON.parse(first.stdout) as { tables: Array<{ problems: string[] }> };
      expect(report.tables.flatMap((t) => t.problems)).toEqual([]);

      // One value corrupted in the target: verify finds it (exit 2) and writes repair SQL.
      const corrupt =
        pair.target === 'postgres'
          ? `update special set ${pg ? 'c_double' : 'c_double'} = 42 where id = 1`
          : pg
            ? `update special set c_double = '42' where id = 1`
            : 'update special set c_double = 42 where id = 1';
      await target.query(corrupt);
      const second = await seam([...verify, '--repair-sql', repair]);
      expect(second.code, second.stdout + second.stderr).toBe(2);
      const sql = await readFile(repair, 'utf8');
      expect(sql).toMatch(/special/);
      // Delete the row too, so that the repair has to insert it whole (strict mode, NOT NULL columns).
      await target.query('delete from special where id = 1');
      const third = await seam([...verify, '--repair-sql', repair]);
      expect(third.code, third.stdout + third.stderr).toBe(2);
      const fix = await readFile(repair, 'utf8');
      if (pair.target === 'mysql') {
        // Strict mode, as a production server runs: a column left out without a default fails.
        const conn = await mysql.createConnection({ ...mysqlOptions(target.spec), multipleStatements: true });
        try {
          await conn.query(`SET SESSION sql_mode = '${STRICT}';\n${fix}`);
        } finally {
          await conn.end();
        }
      } else {
        await target.query(fix);
      }
      const last = await seam(verify);
      expect(last.code, last.stdout + last.stderr).toBe(0);
    }, 400_000);
  }
});
