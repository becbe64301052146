/**
 * pnpm bench:verify — seam verify on a 10-million-row table, PostgreSQL → MariaDB and
 * PostgreSQL → PostgreSQL, against (1) the floor: each database computing the same aggregate
 * hash over the whole table in one query, and (2) fetching every row into Node and comparing.
 * Then again with 100 scattered differences. Ends with one JSON line.
 * BENCH_ROWS=200000 pnpm bench:verify runs a small version.
 */
import { parseConnectionUrl, withDatabase } from '@seam/core';
import { mysqlOptions, pgOptions, quoteMysqlIdent, quotePgIdent } from '@seam/core/sql';
import {
  mapTable,
  openConnection,
  readMysqlTable,
  readPgTable,
  Side,
  type VerifyJob,
  type VerifyReport,
  verify,
} from '@seam/parity';
import mysqlCallback from 'mysql2';
import mysql from 'mysql2/promise';
import pg from 'pg';

const ROWS = Number(process.env.BENCH_ROWS ?? 10_000_000);
const DIFFS = 100;
const PG_ADMIN = parseConnectionUrl(
  process.env.SEAM_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
);
const MY_ADMIN = parseConnectionUrl(process.env.SEAM_MYSQL_ADMIN_URL ?? 'mysql://root@127.0.0.1:3306/');
const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
const names = { src: `bench_vsrc_${suffix}`, pgT: `bench_vpg_${suffix}`, myT: `bench_vmy_${suffix}` };

const log = (s: string) => process.stderr.write(`${s}\n`);
const secs = (ms: number) => Math.round(ms) / 1000;

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const v = await fn();
  return [v, performance.now() - t0];
}

async function pgAdmin(sql: string): Promise<void> {
  const c = new pg.Client(pgOptions(PG_ADMIN));
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

async function pgIn(db: string, sqls: string[]): Promise<void> {
  const c = new pg.Client(pgOptions(withDatabase(PG_ADMIN, db)));
  await c.connect();
  try {
    for (const s of sqls) await c.query(s);
  } finally {
    await c.end();
  }
}

async function myIn(sqls: string[]): Promise<void> {
  const c = await mysql.createConnection({ ...mysqlOptions(MY_ADMIN), multipleStatements: false });
  try {
    await c.query("SET time_zone = '+00:00'");
    for (const s of sqls) await c.query(s);
  } finally {
    await c.end();
  }
}

const PG_TABLE =
  'create table t (id bigint primary key, a int, b text, c numeric(12,2), d timestamptz(6), e boolean)';
const PG_FILL = `insert into t select g, (g * 7) % 100000, md5(g::text), (g % 100000) / 100.0,
  timestamptz '2020-01-01 00:00:00+00' + g * interval '1.234567 second', g % 2 = 0 from generate_series(1, ${ROWS}) g`;

async function setup(): Promise<void> {
  for (const db of [names.src, names.pgT]) {
    await pgAdmin(`create database ${quotePgIdent(db)}`);
    await pgIn(db, [PG_TABLE, PG_FILL, 'vacuum analyze t']);
  }
  const my = quoteMysqlIdent(names.myT);
  await myIn([
    `create database ${my}`,
    `use ${my}`,
    `create table ${my}.t (id bigint primary key, a int, b varchar(64), c decimal(12,2), d datetime(6), e tinyint(1))`,
    `insert into ${my}.t select seq, (seq * 7) % 100000, md5(seq), (seq % 100000) / 100,
       timestamp '2020-01-01 00:00:00' + interval seq * 1234567 microsecond, seq % 2 = 0 from seq_1_to_${ROWS}`,
    `analyze table ${my}.t`,
  ]);
}

async function teardown(): Promise<void> {
  for (const db of [names.src, names.pgT])
    await pgAdmin(`drop database if exists ${quotePgIdent(db)} with (force)`).catch(() => {});
  await myIn([`drop database if exists ${quoteMysqlIdent(names.myT)}`]).catch(() => {});
}

const srcSpec = () => withDatabase(PG_ADMIN, names.src);
const pgSpec = () => withDatabase(PG_ADMIN, names.pgT);
const mySpec = () => withDatabase(MY_ADMIN, names.myT);
const job = (target: 'pg' | 'my'): VerifyJob => ({
  source: srcSpec(),
  target: target === 'pg' ? pgSpec() : mySpec(),
  tables: [
    {
      source: { schema: 'public', name: 't' },
      target: { schema: target === 'pg' ? 'public' : names.myT, name: 't' },
    },
  ],
});

/** The floor: one query hashing the whole table with the same canonical expression verify uses. */
async function floor(target: 'src' | 'pg' | 'my'): Promise<number> {
  const src = await openConnection(srcSpec());
  const other = target === 'src' ? src : await openConnection(target === 'pg' ? pgSpec() : mySpec());
  try {
    const s = (await readPgTable(src, 'public', 't'))!;
    const t =
      target === 'my'
        ? (await readMysqlTable(other, names.myT, 't'))!
        : (await readPgTable(other, 'public', 't'))!;
    const mapping = mapTable(s, t);
    const side = new Side(target === 'src' ? 'source' : 'target', other, target === 'src' ? s : t, mapping);
    const [, ms] = await timed(() => side.hashBuckets({}));
    return ms;
  } finally {
    if (other !== src) await other.close();
    await src.close();
  }
}

/** Baseline: stream every row's canonical values from both sides in key order and compare in Node. */
async function fetchAll(target: 'pg' | 'my'): Promise<{ ms: number; differences: number }> {
  const src = await openConnection(srcSpec());
  const tgt = await openConnection(target === 'pg' ? pgSpec() : mySpec());
  const s = (await readPgTable(src, 'public', 't'))!;
  const t =
    target === 'my' ? (await readMysqlTable(tgt, names.myT, 't'))! : (await readPgTable(tgt, 'public', 't'))!;
  const mapping = mapTable(s, t);
  const select = (side: Side) => side.cols.map((c) => side.sql.canon(c)).join(', ');
  const a = new Side('source', src, s, mapping);
  const b = new Side('target', tgt, t, mapping);
  await src.close();
  await tgt.close();
  const t0 = performance.now();
  async function* pgRows(spec: ReturnType<typeof srcSpec>, sql: string) {
    const c = new pg.Client({
      ...pgOptions(spec, { options: '-c TimeZone=UTC -c DateStyle=ISO -c extra_float_digits=1' }),
      rowMode: 'array',
    } as pg.ClientConfig);
    await c.connect();
    try {
      await c.query('begin');
      await c.query(`declare cur no scroll cursor for ${sql}`);
      for (;;) {
        const r = await c.query({ text: 'fetch 20000 from cur', rowMode: 'array' });
        if (r.rows.length === 0) break;
        yield* r.rows as unknown[][];
      }
      await c.query('commit');
    } finally {
      await c.end();
    }
  }
  async function* myRows(sql: string) {
    const c = mysqlCallback.createConnection(mysqlOptions(mySpec()));
    c.query("SET time_zone = '+00:00'");
    try {
      const stream = c.query({ sql, rowsAsArray: true }).stream({ highWaterMark: 20000 });
      for await (const row of stream) yield row as unknown[];
    } finally {
      c.end();
    }
  }
  const left = pgRows(srcSpec(), `select ${select(a)} from public.t order by t.id`);
  const right =
    target === 'pg'
      ? pgRows(pgSpec(), `select ${select(b)} from public.t order by t.id`)
      : myRows(`select ${select(b)} from ${quoteMysqlIdent(names.myT)}.t order by t.id`);
  let differences = 0;
  let dbg = 0;
  let l = await left.next();
  let r = await right.next();
  while (!l.done || !r.done) {
    const lk = l.done ? Number.POSITIVE_INFINITY : Number(l.value[0]);
    const rk = r.done ? Number.POSITIVE_INFINITY : Number(r.value[0]);
    if (lk === rk) {
      if (l.value!.some((v, i) => String(v ?? '~') !== String(r.value![i] ?? '~'))) {
        if (differences < 2 && process.env.BENCH_DEBUG)
          log(`${JSON.stringify(l.value)} ${JSON.stringify(r.value)}`);
        differences++;
      }
      l = await left.next();
      r = await right.next();
    } else if (lk < rk) {
      if (process.env.BENCH_DEBUG && dbg++ < 3)
        log(`key ${lk} < ${rk} ${JSON.stringify(l.value)} ${JSON.stringify(r.value)}`);
      differences++;
      l = await left.next();
    } else {
      differences++;
      r = await right.next();
    }
  }
  return { ms: performance.now() - t0, differences };
}

async function run(target: 'pg' | 'my'): Promise<[VerifyReport, number]> {
  return timed(() => verify([job(target)]));
}

function found(report: VerifyReport): number {
  const d = report.tables[0]!.differences;
  if (report.tables[0]!.status === 'error') throw new Error(JSON.stringify(report.tables[0]!.error));
  return d.missing + d.extra + d.changed;
}

async function main(): Promise<void> {
  log(
    `bench:verify — ${ROWS.toLocaleString('en-US')} rows; databases ${names.src}, ${names.pgT}, ${names.myT}`,
  );
  const [, setupMs] = await timed(setup);
  log(`setup (generate data in SQL): ${secs(setupMs)} s`);
  // Other work on a shared machine moves every figure: each verify is compared with floors
  // measured right before it, so both see the same load.
  const floors = async () => ({
    pgSource: await floor('src'),
    pgTarget: await floor('pg'),
    mariadb: await floor('my'),
  });
  const f1 = await floors();
  log(
    `floor: PostgreSQL ${secs(f1.pgSource)} s / ${secs(f1.pgTarget)} s, MariaDB ${secs(f1.mariadb)} s (one aggregate-hash query each)`,
  );
  const [eqMy, eqMyMs] = await run('my');
  const [eqPg, eqPgMs] = await run('pg');
  const rssEqualMb = Math.round(process.resourceUsage().maxRSS / 1024);
  log(
    `verify equal: PG → MariaDB ${secs(eqMyMs)} s (${found(eqMy)} differences), PG → PG ${secs(eqPgMs)} s (${found(eqPg)}); peak RSS ${rssEqualMb} MB`,
  );

  // 100 scattered differences in each target: changed values, deletes and inserts.
  const ids = Array.from({ length: DIFFS }, (_, i) => Math.floor(((i + 0.5) * ROWS) / DIFFS) + (i % 7));
  const changed = ids.slice(0, 80);
  const deleted = ids.slice(80, 90);
  const inserted = Array.from({ length: 10 }, (_, i) => ROWS + 1000 + i * 997);
  await pgIn(names.pgT, [
    `update t set a = -1 where id in (${changed.join(',')})`,
    `delete from t where id in (${deleted.join(',')})`,
    `insert into t (id, a) values ${inserted.map((i) => `(${i}, 0)`).join(',')}`,
  ]);
  await myIn([
    `update ${quoteMysqlIdent(names.myT)}.t set a = -1 where id in (${changed.join(',')})`,
    `delete from ${quoteMysqlIdent(names.myT)}.t where id in (${deleted.join(',')})`,
    `insert into ${quoteMysqlIdent(names.myT)}.t (id, a) values ${inserted.map((i) => `(${i}, 0)`).join(',')}`,
  ]);
  const f2 = await floors();
  log(
    `floor again: PostgreSQL ${secs(f2.pgSource)} s / ${secs(f2.pgTarget)} s, MariaDB ${secs(f2.mariadb)} s`,
  );
  const [dMy, dMyMs] = await run('my');
  const [dPg, dPgMs] = await run('pg');
  const rssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  log(
    `verify 100 differences: PG → MariaDB ${secs(dMyMs)} s (${found(dMy)} found), PG → PG ${secs(dPgMs)} s (${found(dPg)} found); peak RSS ${rssMb} MB`,
  );

  const fetchMy = await fetchAll('my');
  const fetchPg = await fetchAll('pg');
  log(
    `fetch every row into Node and compare: PG → MariaDB ${secs(fetchMy.ms)} s (${fetchMy.differences}), PG → PG ${secs(fetchPg.ms)} s (${fetchPg.differences})`,
  );

  const slower = (f: typeof f1) => Math.max(f.pgSource, f.mariadb);
  const pgPair = (f: typeof f1) => Math.max(f.pgSource, f.pgTarget);
  const ms = (f: typeof f1) => ({
    postgres: Math.round(f.pgSource),
    postgresTarget: Math.round(f.pgTarget),
    mariadb: Math.round(f.mariadb),
  });
  const result = {
    bench: 'verify',
    rows: ROWS,
    floorMs: ms(f1),
    floorBeforeDiffsMs: ms(f2),
    equalMs: { pgToMariadb: Math.round(eqMyMs), pgToPg: Math.round(eqPgMs) },
    diffsMs: { pgToMariadb: Math.round(dMyMs), pgToPg: Math.round(dPgMs) },
    fetchAllMs: { pgToMariadb: Math.round(fetchMy.ms), pgToPg: Math.round(fetchPg.ms) },
    found: { pgToMariadb: found(dMy), pgToPg: found(dPg), expected: DIFFS },
    ratioToFloor: {
      equalPgToMariadb: +(eqMyMs / slower(f1)).toFixed(2),
      equalPgToPg: +(eqPgMs / pgPair(f1)).toFixed(2),
      diffsPgToMariadb: +(dMyMs / slower(f2)).toFixed(2),
      diffsPgToPg: +(dPgMs / pgPair(f2)).toFixed(2),
    },
    targets: { equal: 1.5, diffs: 2 },
    peakRssMb: rssMb,
    rssAfterEqualMb: rssEqualMb,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

try {
  await main();
} finally {
  await teardown();
}
