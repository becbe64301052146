import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConnectionUrl, parseSnapshot, type SeamError, withDatabase } from '@seam/core';
import { quoteIdent } from '@seam/core/sql';
import { introspect, readWorkload } from '@seam/introspect';
import {
  createMysqlDatabase,
  createPgDatabase,
  type TestMysql,
  type TestPg,
  uniqueName,
} from '@seam/test/helpers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSeam } from '../cli/run-seam.js';

const CANARY = 'hunter2-canary';
const codeOf = async (p: Promise<unknown>) =>
  (
    (await p.then(
      () => null,
      (e: SeamError) => e,
    )) as SeamError | null
  )?.code;

describe('bad input to introspection and workload reading', () => {
  let pgDb: TestPg;
  let myDb: TestMysql;
  const pgRole = uniqueName('seam_noconnect');
  const myUser = uniqueName('seam_nogrant');
  const dir = mkdtempSync(join(tmpdir(), 'seam-introspect-'));

  beforeAll(async () => {
    [pgDb, myDb] = await Promise.all([
      createPgDatabase('introspect_bad'),
      createMysqlDatabase('introspect_bad'),
    ]);
    await pgDb.query('create schema empty_one');
    await pgDb.query('create table public.t (id int primary key)');
    await pgDb.query(`create role ${quoteIdent('postgres', pgRole)} login`);
    await pgDb.query(`revoke connect on database ${quoteIdent('postgres', pgDb.name)} from public`);
    await myDb.query(`create user ${quoteIdent('mysql', myUser)}@'%' identified by 'right-password'`);
    await myDb.query(`create table ${quoteIdent('mysql', 'secret_table')} (id int primary key)`);
  });
  afterAll(async () => {
    await pgDb?.query(`drop role if exists ${quoteIdent('postgres', pgRole)}`);
    await myDb?.query(`drop user if exists ${quoteIdent('mysql', myUser)}@'%'`);
    await Promise.all([pgDb?.drop(), myDb?.drop()]);
  });

  it('unreachable server, unknown user, wrong password: stable codes, no password in the message', async () => {
    for (const url of [`postgres://u:${CANARY}@127.0.0.1:1/x`, `mariadb://u:${CANARY}@127.0.0.1:1/x`]) {
      const error = (await introspect(parseConnectionUrl(url)).catch((e) => e)) as SeamError;
      expect(error.code).toBe('SEAM_DB_UNREACHABLE');
      expect(JSON.stringify(error.toJSON())).not.toContain(CANARY);
    }
    const nobody = withDatabase(
      parseConnectionUrl(`postgres://nobody_${Date.now()}:${CANARY}@127.0.0.1:5432/x`),
      pgDb.name,
    );
    expect(await codeOf(introspect(nobody))).toBe('SEAM_DB_AUTH_FAILED');
    const wrong = (await introspect(
      parseConnectionUrl(`mariadb://${myUser}:${CANARY}@127.0.0.1:3306/${myDb.name}`),
    ).catch((e) => e)) as SeamError;
    expect(wrong.code).toBe('SEAM_DB_AUTH_FAILED');
    expect(`${wrong.message} ${wrong.hint}`).not.toContain(CANARY);
  });

  it('no permission: a role without CONNECT, a MySQL user who cannot see the database or performance_schema', async () => {
    const noConnect = withDatabase(parseConnectionUrl(`postgres://${pgRole}@127.0.0.1:5432/`), pgDb.name);
    expect(await codeOf(introspect(noConnect))).toBe('SEAM_DB_PERMISSION_DENIED');
    const noGrant = parseConnectionUrl(`mariadb://${myUser}:right-password@127.0.0.1:3306/`);
    const error = (await introspect(noGrant, { schemas: [myDb.name] }).catch((e) => e)) as SeamError;
    expect(error.code).toBe('SEAM_SCHEMA_NOT_FOUND');
    expect(error.message).not.toContain('right-password');
    // Without a database named, the user sees no table at all: an empty snapshot with a warning.
    const empty = await introspect(noGrant);
    expect(empty.tables).toEqual([]);
    expect(empty.warnings?.map((w) => w.code)).toContain('SEAM_SCHEMA_EMPTY');
    const workload = await readWorkload([{ kind: 'live', source: noGrant }]);
    expect(workload.warnings?.map((w) => w.code)).toContain('SEAM_NO_PERFORMANCE_SCHEMA');
  });

  it('an empty schema warns; a missing one is an error', async () => {
    const snapshot = await introspect(pgDb.spec, { schemas: ['empty_one', 'public'] });
    expect(snapshot.tables.map((t) => t.name)).toEqual(['t']);
    expect(snapshot.warnings).toEqual([
      { code: 'SEAM_SCHEMA_EMPTY', message: 'Schema "empty_one" has no tables.' },
    ]);
    expect(await codeOf(introspect(pgDb.spec, { schemas: ['nope'] }))).toBe('SEAM_SCHEMA_NOT_FOUND');
  });

  it('the CLI writes a snapshot, prints JSON on stdout, and reports bad input with its code and no stack trace', async () => {
    const out = join(dir, 'snapshot.json');
    const ok = await runSeam([
      'introspect',
      '--source',
      pgDb.url,
      '--schemas',
      'public',
      '-o',
      out,
      '--json',
    ]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ file: out, tables: 1, foreignKeys: 0 });
    expect(parseSnapshot(readFileSync(out, 'utf8')).tables[0]?.name).toBe('t');

    const badCsv = join(dir, 'pgss.csv');
    writeFileSync(badCsv, 'query,calls\n"never closed,1\n');
    const invalid = await runSeam(['workload', badCsv, '--format', 'pg-stat-statements', '--json']);
    expect(invalid.code).toBe(1);
    expect(JSON.parse(invalid.stdout).error.code).toBe('SEAM_WORKLOAD_INVALID');
    expect(invalid.stderr).not.toMatch(/\n\s+at /);

    const badLog = join(dir, 'postgresql.log');
    writeFileSync(badLog, 'not a log line\nnor this\n');
    const log = await runSeam(['workload', badLog, '--format', 'pg-log', '--json']);
    expect(JSON.parse(log.stdout).error.code).toBe('SEAM_LOG_FORMAT');

    const snapshotBad = join(dir, 'bad-snapshot.json');
    writeFileSync(snapshotBad, '{"format":"seam.snapshot","version":1}');
    const snap = await runSeam(['workload', badCsv, '--snapshot', snapshotBad, '--json']);
    expect(JSON.parse(snap.stdout).error.code).toBe('SEAM_SNAPSHOT_INVALID');

    const auth = await runSeam([
      'introspect',
      '--source',
      `postgres://nobody:${CANARY}@127.0.0.1:5432/${pgDb.name}`,
    ]);
    expect(auth.code).toBe(1);
    expect(auth.stderr).toContain('SEAM_DB_AUTH_FAILED');
    expect(auth.stdout + auth.stderr).not.toContain(CANARY);

    const none = await runSeam(['introspect'], {
      SEAM_SOURCE_URL: '',
      PGHOST: '',
      PGDATABASE: '',
      PGUSER: '',
      PGPORT: '',
    });
    expect(none.stderr).toContain('SEAM_USAGE');
  });

  it('the CLI reads the sample log into a workload file', async () => {
    const out = join(dir, 'workload.json');
    const r = await runSeam([
      'workload',
      'samples/monolith/workload/postgresql.log',
      '--log-line-prefix',
      '%m [%p] %q%u@%d vxid=%v xid=%x ',
      '-o',
      out,
      '--json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const facts = JSON.parse(r.stdout);
    expect(facts.statements).toBeGreaterThan(80);
    expect(facts.transactions).toBeGreaterThan(500);
    expect(r.stderr).toContain('SEAM_WORKLOAD_UNPARSED');
    expect(JSON.parse(readFileSync(out, 'utf8')).format).toBe('seam.workload');
  });
});
