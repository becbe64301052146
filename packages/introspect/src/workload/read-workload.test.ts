import { describe, expect, it } from 'vitest';
import { detectWorkloadKind, readWorkload } from './read-workload.js';

describe('pg_stat_statements exports', () => {
  const csv = [
    'userid,dbid,toplevel,queryid,query,calls,total_exec_time,rows',
    '10,5,t,-4411,"SELECT o.id FROM orders o JOIN users u ON u.id = o.user_id WHERE u.email = $1",1200,340.5,1200',
    '10,5,t,77,"UPDATE users SET last_login_at = now() WHERE id = $1",300,12.25,300',
    '10,5,t,78,"<insufficient privilege>",3,1,3',
    '10,5,t,79,"SELECT broken FROM",1,1,1',
  ].join('\n');

  it('reads the CSV of psql \\copy, keeping queryid, calls and time', async () => {
    const w = await readWorkload([{ kind: 'pg-stat-statements', path: 'pgss.csv', text: csv }]);
    expect(w.statements[0]).toMatchObject({
      id: '-4411',
      calls: 1200,
      totalTimeMs: 340.5,
      rows: 1200,
      reads: ['public.orders', 'public.users'],
    });
    expect(w.statements[1]).toMatchObject({ id: '77', kind: 'update', writes: ['public.users'] });
    expect(w.unparsed.count).toBe(1);
    expect(w.warnings?.map((x) => x.code)).toEqual(
      expect.arrayContaining(['SEAM_STATS_UNAVAILABLE', 'SEAM_WORKLOAD_UNPARSED']),
    );
  });

  it('reads the JSON form (json_agg of the view) and the PostgreSQL 12 column name total_time', async () => {
    const json = JSON.stringify([
      { queryid: 1, query: 'DELETE FROM sessions WHERE expires_at < now()', calls: 4, total_time: 8 },
    ]);
    const w = await readWorkload([{ kind: 'pg-stat-statements', path: 'pgss.json', text: json }]);
    expect(w.statements[0]).toMatchObject({
      id: '1',
      kind: 'delete',
      calls: 4,
      totalTimeMs: 8,
      writes: ['public.sessions'],
    });
  });

  it('rejects malformed exports with SEAM_WORKLOAD_INVALID', async () => {
    const bad = (text: string) => readWorkload([{ kind: 'pg-stat-statements', path: 'x.csv', text }]);
    await expect(bad('')).rejects.toMatchObject({ code: 'SEAM_WORKLOAD_INVALID' });
    await expect(bad('[{"query": "select 1"')).rejects.toMatchObject({ code: 'SEAM_WORKLOAD_INVALID' });
    await expect(bad('a,b\n1,2\n')).rejects.toMatchObject({
      code: 'SEAM_WORKLOAD_INVALID',
      message: expect.stringContaining('no column query'),
    });
    await expect(bad('query,calls\n"unterminated,1\n')).rejects.toMatchObject({
      code: 'SEAM_WORKLOAD_INVALID',
    });
  });
});

describe('MySQL digest exports', () => {
  it('reads a mysql -B (TSV) export with the digest as id and SCHEMA_NAME as default database', async () => {
    const tsv = [
      'SCHEMA_NAME\tDIGEST\tDIGEST_TEXT\tCOUNT_STAR\tSUM_TIMER_WAIT\tSUM_ROWS_SENT\tSUM_ROWS_AFFECTED',
      'shop\tabc123\tSELECT * FROM `orders` `o` JOIN `users` `u` ON `u` . `id` = `o` . `user_id` WHERE `o` . `id` IN (...)\t50\t2000000000\t50\t0',
      'mysql\tdef\tSELECT * FROM `user`\t9\t1\t1\t0',
      'NULL\tfff\tSHOW VARIABLES\t1\t1\t1\t0',
    ].join('\n');
    const w = await readWorkload([{ kind: 'mysql-digests', path: 'digests.tsv', text: tsv }]);
    expect(w.statements).toHaveLength(1);
    expect(w.statements[0]).toMatchObject({
      id: 'abc123',
      calls: 50,
      totalTimeMs: 2,
      rows: 50,
      reads: ['shop.orders', 'shop.users'],
    });
  });
});

describe('SQL files', () => {
  it('splits with the dialect, groups BEGIN…COMMIT into transactions and survives a bad statement', async () => {
    const sql = `-- a session replayed
BEGIN;
INSERT INTO orders (id, note) VALUES (1, 'semi;colon');
UPDATE stock SET n = n - 1 WHERE sku = $$a;b$$;
COMMIT;
SELEC oops;
INSERT INTO page_views (path) VALUES ('/');
`;
    const w = await readWorkload([{ kind: 'sql', path: 'app.sql', text: sql }]);
    expect(w.transactions.map((t) => t.writes)).toEqual([
      ['public.orders', 'public.stock'],
      ['public.page_views'],
    ]);
    expect(w.unparsed.count).toBe(1);
    const my = await readWorkload(
      [
        {
          kind: 'sql',
          path: 'app.sql',
          dialect: 'mysql',
          text: "START TRANSACTION; INSERT INTO `a` VALUES (';'); UPDATE b SET x = 1; COMMIT;",
        },
      ],
      { defaultSchema: 'shop' },
    );
    expect(my.transactions[0]?.writes).toEqual(['shop.a', 'shop.b']);
  });

  it('guesses the kind of a file', () => {
    expect(detectWorkloadKind('x.csv', 'queryid,query,calls\n1,select 1,1')).toBe('pg-stat-statements');
    expect(detectWorkloadKind('d.tsv', 'DIGEST\tDIGEST_TEXT\tCOUNT_STAR\n')).toBe('mysql-digests');
    expect(
      detectWorkloadKind('postgresql.log', '2025-01-01 00:00:00 UTC [1] LOG:  statement: select 1'),
    ).toBe('pg-log');
    expect(detectWorkloadKind('app.sql', 'select 1;')).toBe('sql');
  });
});
