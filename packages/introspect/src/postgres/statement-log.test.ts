import { readFileSync } from 'node:fs';
import { SeamError } from '@seam/core';
import { describe, expect, it } from 'vitest';
import { readWorkload, sniffWorkloadFile } from '../workload/read-workload.js';
import { compileLogLinePrefix } from './log-line-prefix.js';
import { detectPgLogFormat } from './statement-log.js';

const PREFIX = '%m [%p] %q%u@%d vxid=%v xid=%x ';
const readLog = (text: string, logLinePrefix = PREFIX, database?: string) =>
  readWorkload([
    { kind: 'pg-log', path: 'test.log', text, logLinePrefix, ...(database ? { database } : {}) },
  ]);

// Two sessions interleaved, as PostgreSQL writes them with log_statement = 'all'.
const LOG = `2025-03-14 09:00:00.029 UTC [41070] shop@shop vxid=13/1971 xid=0 LOG:  statement: BEGIN
2025-03-14 09:00:00.031 UTC [41021] shop@shop vxid=6/1292 xid=0 LOG:  statement: SELECT * FROM products WHERE id = 5
2025-03-14 09:00:00.053 UTC [41070] shop@shop vxid=13/1971 xid=0 LOG:  statement: INSERT INTO orders (user_id, total) VALUES (1, 9.50)
2025-03-14 09:00:00.060 UTC [41021] shop@shop vxid=6/1293 xid=0 LOG:  statement: BEGIN
2025-03-14 09:00:00.078 UTC [41070] shop@shop vxid=13/1971 xid=918001 LOG:  statement: INSERT INTO order_items (order_id, sku)
	SELECT o.id, c.sku
	FROM carts c JOIN orders o ON o.cart_id = c.id
	WHERE c.id = 7
2025-03-14 09:00:00.079 UTC [41021] shop@shop vxid=6/1293 xid=0 LOG:  statement: UPDATE carts SET touched = now() WHERE id = 3
2025-03-14 09:00:00.080 UTC [41070] shop@shop vxid=13/1971 xid=918001 LOG:  statement: UPDATE stock SET reserved = reserved + 1 WHERE sku = 'x'
2025-03-14 09:00:00.081 UTC [41021] shop@shop vxid=6/1293 xid=918002 LOG:  statement: ROLLBACK
2025-03-14 09:00:00.090 UTC [41070] shop@shop vxid=13/1971 xid=918001 LOG:  statement: COMMIT
2025-03-14 09:00:00.095 UTC [41021] shop@shop vxid=6/1294 xid=0 LOG:  statement: SELEC broken
2025-03-14 09:00:00.095 UTC [41021] shop@shop vxid=6/1294 xid=0 ERROR:  syntax error at or near "SELEC" at character 1
2025-03-14 09:00:00.095 UTC [41021] shop@shop vxid=6/1294 xid=0 STATEMENT:  SELEC broken
2025-03-14 09:00:00.099 UTC [41021] shop@shop vxid=6/1295 xid=0 LOG:  statement: INSERT INTO page_views (path) VALUES ('/p/1')
2025-03-14 09:00:00.100 UTC [41021] shop@shop vxid=6/1296 xid=0 LOG:  statement: INSERT INTO page_views (path) VALUES ('/p/2')
2025-03-14 09:00:00.101 UTC [41099] other@analytics vxid=9/1 xid=0 LOG:  statement: INSERT INTO elsewhere VALUES (1)
`;

describe('PostgreSQL statement logs', () => {
  it('groups the tables written in one transaction by virtual xid, across interleaved sessions', async () => {
    const w = await readLog(LOG, PREFIX, 'shop');
    const checkout = w.transactions.find((t) => t.writes.includes('public.orders'));
    expect(checkout).toMatchObject({
      writes: ['public.order_items', 'public.orders', 'public.stock'],
      reads: ['public.carts'],
      count: 1,
    });
    // The rolled-back transaction wrote nothing; the two autocommit inserts are one shape, twice.
    expect(w.transactions.some((t) => t.writes.includes('public.carts'))).toBe(false);
    expect(w.transactions.find((t) => t.writes[0] === 'public.page_views')?.count).toBe(2);
    // The other database's line was left out.
    expect(w.statements.some((s) => s.writes.includes('public.elsewhere'))).toBe(false);
  });

  it('reads multi-line statements, normalizes constants, counts calls and the unparsable', async () => {
    const w = await readLog(LOG, PREFIX, 'shop');
    const insertSelect = w.statements.find((s) => s.writes.includes('public.order_items'))!;
    expect(insertSelect.reads).toEqual(['public.carts', 'public.orders']);
    expect(insertSelect.joins).toEqual([
      [
        { table: 'public.carts', column: 'id' },
        { table: 'public.orders', column: 'cart_id' },
      ],
    ]);
    expect(insertSelect.text).toContain('c.id = $1');
    expect(w.statements.find((s) => s.writes.includes('public.page_views'))?.calls).toBe(2);
    expect(w.unparsed.count).toBe(1);
    expect(w.unparsed.samples[0]).toContain('SELEC broken');
    expect(w.warnings?.map((x) => x.code)).toContain('SEAM_WORKLOAD_UNPARSED');
  });

  it('groups by session and BEGIN/COMMIT when the prefix has %p but no %v', async () => {
    const log = [
      '2025-03-14 09:00:00.001 UTC [7] LOG:  statement: BEGIN',
      '2025-03-14 09:00:00.002 UTC [8] LOG:  statement: INSERT INTO audit (a) VALUES (1)',
      '2025-03-14 09:00:00.003 UTC [7] LOG:  statement: INSERT INTO a (x) VALUES (1)',
      '2025-03-14 09:00:00.004 UTC [7] LOG:  duration: 0.512 ms',
      '2025-03-14 09:00:00.005 UTC [7] LOG:  statement: UPDATE b SET x = 1',
      '2025-03-14 09:00:00.006 UTC [7] LOG:  statement: COMMIT',
    ].join('\n');
    const w = await readLog(log, '%m [%p] ');
    expect(w.transactions.map((t) => t.writes)).toEqual([['public.a', 'public.b'], ['public.audit']]);
  });

  it('reads log_min_duration_statement lines with their durations and execute lines of the extended protocol', async () => {
    const log = [
      '2025-03-14 09:00:00 UTC [7] LOG:  duration: 12.500 ms  statement: SELECT * FROM users WHERE id = 1',
      '2025-03-14 09:00:01 UTC [7] LOG:  duration: 2.500 ms  execute <unnamed>: SELECT * FROM users WHERE id = $1',
      "2025-03-14 09:00:01 UTC [7] DETAIL:  parameters: $1 = '5'",
    ].join('\n');
    const w = await readLog(log, '%t [%p] ');
    expect(w.statements).toHaveLength(1);
    expect(w.statements[0]).toMatchObject({ calls: 2, totalTimeMs: 15, reads: ['public.users'] });
  });

  it('warns when the prefix cannot tell transactions apart, and fails when no line matches it', async () => {
    const w = await readLog('2025-03-14 09:00:00.001 UTC LOG:  statement: INSERT INTO a VALUES (1)', '%m ');
    expect(w.warnings?.map((x) => x.code)).toContain('SEAM_LOG_NO_TRANSACTIONS');
    await expect(readLog('this is not a postgres log\nat all\n', PREFIX)).rejects.toMatchObject({
      code: 'SEAM_LOG_FORMAT',
    });
    expect(() => compileLogLinePrefix('%m %Z ')).toThrow(SeamError);
    await expect(
      readWorkload([{ kind: 'pg-log', path: '/nonexistent/postgresql.log' }]),
    ).rejects.toMatchObject({
      code: 'SEAM_FILE_NOT_FOUND',
    });
  });

  it('compiles log_line_prefix escapes, padding and %q', () => {
    const p = compileLogLinePrefix('%t [%p]: user=%u,db=%d,app=%a,client=%h %-10c %x ');
    expect(p.has).toEqual({ pid: true, session: true, vxid: false, xid: true });
    expect(
      p.match(
        '2025-03-14 09:00:00 CET [123]: user=shop,db=main,app=psql,client=10.0.0.1 65f1a2b3.7b   42 LOG:  statement: SELECT 1',
      ),
    ).toMatchObject({
      pid: '123',
      session: '65f1a2b3.7b',
      xid: '42',
      db: 'main',
      user: 'shop',
      level: 'LOG',
      message: 'statement: SELECT 1',
    });
    const q = compileLogLinePrefix('%m [%p] %q%u@%d ');
    expect(q.match('2025-03-14 09:00:00.1 UTC [9] LOG:  checkpoint starting: time')).toMatchObject({
      pid: '9',
      level: 'LOG',
    });
  });
});

// The same session logged by a PostgreSQL 15 server with log_destination = 'csvlog,jsonlog,stderr',
// log_statement = all and log_min_duration_statement = 0 (durations on lines of their own).
describe('PostgreSQL csvlog and jsonlog', () => {
  const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;
  const STDERR_PREFIX = '%m [%p] %q%u@%d %v %x ';
  const read = (name: string, extra: { logLinePrefix?: string } = {}) =>
    readWorkload([{ kind: 'pg-log', path: fixture(name), database: 'shop', ...extra }]);

  it('tells each format from its first line', async () => {
    expect(detectPgLogFormat(readFileSync(fixture('pg15-csvlog.csv'), 'utf8'))).toBe('csvlog');
    expect(detectPgLogFormat(readFileSync(fixture('pg15-jsonlog.json'), 'utf8'))).toBe('jsonlog');
    expect(detectPgLogFormat(readFileSync(fixture('pg15-stderr.log'), 'utf8'))).toBe('stderr');
    for (const name of ['pg15-csvlog.csv', 'pg15-jsonlog.json', 'pg15-stderr.log'])
      expect(await sniffWorkloadFile(fixture(name))).toBe('pg-log');
  });

  it('reads the same statements, transactions and durations from all three formats', async () => {
    const csv = await read('pg15-csvlog.csv');
    const json = await read('pg15-jsonlog.json');
    const stderr = await read('pg15-stderr.log', { logLinePrefix: STDERR_PREFIX });
    const shape = (w: Awaited<ReturnType<typeof read>>) => ({
      statements: w.statements.map((s) => ({
        text: s.text,
        reads: s.reads,
        writes: s.writes,
        calls: s.calls,
      })),
      transactions: w.transactions,
      time: w.statements.map((s) => s.totalTimeMs),
    });
    expect(csv.statements).toHaveLength(4);
    expect(shape(json)).toEqual(shape(csv));
    expect(shape(stderr)).toEqual(shape(csv));
    // customers and orders were written in one BEGIN … COMMIT; the multi-line quoted value survived.
    expect(csv.transactions.find((t) => t.writes.length === 2)?.writes).toEqual([
      'public.customers',
      'public.orders',
    ]);
    const join = csv.statements.find((s) => s.joins.length > 0)!;
    expect(join.reads).toEqual(['public.customers', 'public.orders']);
    // The separate duration lines were added to their statements.
    expect(csv.statements.every((s) => s.totalTimeMs > 0)).toBe(true);
  });

  it('says so when a structured log is not one', async () => {
    const error = await readWorkload([
      { kind: 'pg-log', path: 'x.json', text: '{"not":"a log line"}\n{"either":1}\n' },
    ]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeamError);
    expect((error as SeamError).code).toBe('SEAM_LOG_FORMAT');
  });
});
