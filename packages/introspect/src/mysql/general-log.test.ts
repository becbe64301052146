import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { detectWorkloadKind, readWorkload } from '../workload/read-workload.js';

// Recorded from MariaDB 10.11 (general_log = 1, log_output = FILE): two clients interleaving —
// one in START TRANSACTION … COMMIT, one with autocommit off, a multi-line INSERT, a prepared
// statement (Prepare, then Execute with its values), a ROLLBACK, a third client in autocommit.
const fixture = new URL('./fixtures/general-mariadb-10.11.log', import.meta.url);

describe('MySQL/MariaDB general query log', () => {
  it('is told apart from other workload files', async () => {
    const text = await readFile(fixture, 'utf8');
    expect(detectWorkloadKind('general.log', text)).toBe('mysql-general-log');
    const mysql8 = [
      '2024-01-15T10:00:00.123456Z\t    8 Connect\troot@localhost on shop using Socket',
      '2024-01-15T10:00:00.123789Z\t    8 Query\tSELECT 1',
      '2024-01-15T10:00:00.124000Z\t    8 Quit\t',
    ].join('\n');
    expect(detectWorkloadKind('mysqld.log', mysql8)).toBe('mysql-general-log');
    expect(detectWorkloadKind('x.sql', 'SELECT 1;\nINSERT INTO t VALUES (1);')).toBe('sql');
  });

  it('groups statements into transactions per connection, as the server ran them', async () => {
    const w = await readWorkload([{ kind: 'mysql-general-log', path: fixture.pathname }], {
      dialect: 'mysql',
      defaultSchema: 'seam_gl_shop',
    });
    const tx = w.transactions.map((t) => ({ writes: t.writes, count: t.count }));
    expect(tx).toEqual(
      expect.arrayContaining([
        // START TRANSACTION … COMMIT on connection 142, interleaved with the others.
        {
          writes: ['seam_gl_shop.customers', 'seam_gl_shop.order_lines', 'seam_gl_shop.orders'],
          count: 1,
        },
        // autocommit = 0 on connection 143: the UPDATE and the INSERT up to its COMMIT.
        { writes: ['seam_gl_shop.audit_log', 'seam_gl_shop.orders'], count: 1 },
      ]),
    );
    // The rolled-back BEGIN … ROLLBACK (customers + audit_log) is not a transaction shape.
    expect(
      w.transactions.some((t) => t.writes.includes('seam_gl_shop.customers') && t.writes.length === 2),
    ).toBe(false);
    // The prepared SELECT counts once (its Execute), with the join of the other client.
    const select = w.statements.find(
      (s) => s.kind === 'select' && s.reads.includes('seam_gl_shop.order_lines'),
    );
    expect(select?.calls).toBe(1);
    const join = w.statements.find((s) => s.joins.length > 0);
    expect(join?.reads).toEqual(['seam_gl_shop.customers', 'seam_gl_shop.orders']);
    expect(w.unparsed.count).toBe(0);
    // Values the application wrote never reach the workload file: texts are stored with `?`.
    expect(JSON.stringify(w.statements)).not.toMatch(/Ann|9\.50|b alone|order changed/);
    expect(w.sources).toEqual([{ kind: 'mysql general log', name: fixture.pathname }]);
  });

  it('drops what a connection had open when it quits or the server restarts', async () => {
    const text = [
      '/usr/sbin/mariadbd, Version: 10.11.19-MariaDB-log (Debian 12). started with:',
      'Tcp port: 3306  Unix socket: /run/mysqld/mysqld.sock',
      'Time\t\t    Id Command\tArgument',
      '261207 12:00:00\t    5 Query\tBEGIN',
      '\t\t    5 Query\tINSERT INTO a (x) VALUES (1)',
      '\t\t    5 Quit\t',
      '\t\t    6 Query\tSET autocommit=0',
      '\t\t    6 Query\tINSERT INTO b (x) VALUES (1)',
      '/usr/sbin/mariadbd, Version: 10.11.19-MariaDB-log (Debian 12). started with:',
      'Tcp port: 3306  Unix socket: /run/mysqld/mysqld.sock',
      'Time\t\t    Id Command\tArgument',
      '261207 12:00:09\t    6 Query\tINSERT INTO c (x) VALUES (1)',
    ].join('\n');
    const w = await readWorkload([{ kind: 'mysql-general-log', path: 'general.log', text }], {
      dialect: 'mysql',
      defaultSchema: 'shop',
    });
    expect(w.transactions.map((t) => t.writes)).toEqual([['shop.c']]);
    expect(w.statements.map((s) => s.writes[0]).sort()).toEqual(['shop.a', 'shop.b', 'shop.c']);
  });

  it('warns when a file holds no entry, and names a missing file', async () => {
    const w = await readWorkload([{ kind: 'mysql-general-log', path: 'x.log', text: 'hello\nworld' }], {
      dialect: 'mysql',
    });
    expect(w.warnings?.map((x) => x.code)).toContain('SEAM_LOG_FORMAT');
    await expect(
      readWorkload([{ kind: 'mysql-general-log', path: '/nonexistent/general.log' }], { dialect: 'mysql' }),
    ).rejects.toMatchObject({ code: 'SEAM_FILE_NOT_FOUND' });
  });
});
