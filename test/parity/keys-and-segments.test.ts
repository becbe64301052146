import type { ConnectionSpec } from '@seam/core';
import { verify } from '@seam/parity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMysqlDatabase, createPgDatabase, type TestMysql, type TestPg } from '../helpers/index.js';
import { onMysql } from './fixtures.js';

const one = (source: ConnectionSpec, target: ConnectionSpec, s: string, t: string, name: string) => ({
  source,
  target,
  tables: [{ source: { schema: s, name }, target: { schema: t, name } }],
});

// Key shapes: composite, text under PAD SPACE collations, UUIDs; empty tables; bisection over a
// skewed key distribution with gaps.
describe('keys and segments', () => {
  let pg: TestPg;
  let my: TestMysql;

  beforeAll(async () => {
    [pg, my] = await Promise.all([createPgDatabase('vkeys'), createMysqlDatabase('vkeys')]);
  });
  afterAll(async () => {
    await Promise.all([pg?.drop(), my?.drop()]);
  });

  it('compares composite text keys in byte order on both sides, PAD SPACE traps included', async () => {
    const keys = ["'a'", "'a '", "'a\\t'", "'A'", "'é'", "'b'", "''"];
    const rows = keys.flatMap((k, i) => [`(${k}, 1, 'v${i}')`, `(${k}, 2, 'w${i}')`]);
    // PostgreSQL: a linguistic ICU collation (ranges need COLLATE "C"); MariaDB: NO PAD binary
    // (ranges on the index) and PAD SPACE binary, where 'a' = 'a ' and 'a\t' sorts before 'a'.
    await pg.query('create table comp (k text collate "und-x-icu", n int, v text, primary key (k, n))');
    await pg.query(`insert into comp values ${rows.map((r) => r.replace(/^\(/, '(E')).join(', ')}`);
    const padRows = rows.filter((r) => !r.startsWith("('a '"));
    await pg.query('create table pad (k text, n int, v text, primary key (k, n))');
    await pg.query(`insert into pad values ${padRows.map((r) => r.replace(/^\(/, '(E')).join(', ')}`);
    await onMysql(my, [
      'create table comp (k varchar(10) collate utf8mb4_nopad_bin, n int, v text, primary key (k, n))',
      `insert into comp values ${rows.join(', ')}`,
      'create table pad (k varchar(10) collate utf8mb4_bin, n int, v text, primary key (k, n))',
      `insert into pad values ${padRows.join(', ')}`,
    ]);
    const tables = [
      { source: { schema: 'public', name: 'comp' }, target: { schema: my.name, name: 'comp' } },
      { source: { schema: 'public', name: 'pad' }, target: { schema: my.name, name: 'pad' } },
    ];
    const equal = await verify([{ source: pg.spec, target: my.spec, tables }], {
      segmentRows: 2,
      leafRows: 2,
    });
    expect(equal.tables.map((t) => [t.status, t.rows.source, t.rows.target])).toEqual([
      ['equal', 14, 14],
      ['equal', 12, 12],
    ]);
    await onMysql(my, [
      "update comp set v = 'changed' where k = 'a\\t' and n = 2",
      "delete from comp where k = 'a ' and n = 1",
      "update pad set v = 'changed' where k = 'a\\t' and n = 1",
      "insert into pad values ('c', 1, 'extra')",
    ]);
    const diff = await verify([{ source: pg.spec, target: my.spec, tables }], {
      segmentRows: 2,
      leafRows: 2,
    });
    const found = diff.tables.map((t) => t.details.map((d) => [d.kind, d.key]).sort());
    expect(found).toEqual([
      [
        ['changed', { k: 'a\t', n: '2' }],
        ['missing', { k: 'a ', n: '1' }],
      ],
      [
        ['changed', { k: 'a\t', n: '1' }],
        ['extra', { k: 'c', n: '1' }],
      ],
    ]);
    expect(diff.tables[1]!.notes.join()).toMatch(/not in byte order/);
  });

  it('compares UUID keys (PostgreSQL uuid, MariaDB UUID and CHAR(36))', async () => {
    const ids = Array.from(
      { length: 40 },
      (_, i) =>
        `'${(i * 7919).toString(16).padStart(8, '0')}-0000-4000-8000-${(i * 104729).toString(16).padStart(12, '0')}'`,
    );
    await pg.query('create table ids (id uuid primary key, n int)');
    await pg.query(`insert into ids values ${ids.map((u, i) => `(${u}, ${i})`).join(', ')}`);
    await onMysql(my, [
      'create table ids (id uuid primary key, n int)',
      'create table ids36 (id char(36) primary key, n int)',
      `insert into ids values ${ids.map((u, i) => `(${u}, ${i})`).join(', ')}`,
      `insert into ids36 values ${ids.map((u, i) => `(${u}, ${i})`).join(', ')}`,
      'update ids set n = -1 where n = 17',
    ]);
    const report = await verify(
      [
        one(pg.spec, my.spec, 'public', my.name, 'ids'),
        {
          source: pg.spec,
          target: my.spec,
          tables: [{ source: { schema: 'public', name: 'ids' }, target: { schema: my.name, name: 'ids36' } }],
        },
      ],
      { segmentRows: 5, leafRows: 4 },
    );
    expect(report.tables[0]!.details.map((d) => [d.kind, d.key.id, d.columns?.[0]?.targetValue])).toEqual([
      ['changed', ids[17]!.slice(1, -1), '-1'],
    ]);
    expect(report.tables[1]).toMatchObject({ status: 'equal', rows: { source: 40, target: 40 } });
  });

  it('reports empty tables as equal and a table empty on one side row by row', async () => {
    await pg.query('create table empty (id bigint primary key, v text)');
    await onMysql(my, ['create table empty (id bigint primary key, v text)']);
    const equal = await verify([one(pg.spec, my.spec, 'public', my.name, 'empty')]);
    expect(equal.tables[0]).toMatchObject({ status: 'equal', rows: { source: 0, target: 0 } });
    await onMysql(my, ["insert into empty values (1, 'x'), (2, 'y')"]);
    const diff = await verify([one(pg.spec, my.spec, 'public', my.name, 'empty')]);
    expect(diff.tables[0]!.details.map((d) => [d.kind, d.key.id])).toEqual([
      ['extra', '1'],
      ['extra', '2'],
    ]);
  });

  it('narrows skewed key ranges with gaps down to the scattered differing rows', async () => {
    // 20,000 keys: dense at the start, then squares (huge gaps) — arithmetic splits would be lopsided.
    const ddl = 'create table skew (id bigint primary key, a int, b text)';
    await pg.query(ddl);
    await pg.query(
      'insert into skew select case when g <= 10000 then g else g::bigint * g end, g % 97, md5(g::text) from generate_series(1, 20000) g',
    );
    await pg.query('analyze skew');
    await onMysql(my, [
      ddl,
      'insert into skew select case when seq <= 10000 then seq else seq * seq end, seq % 97, md5(seq) from seq_1_to_20000',
      'analyze table skew',
    ]);
    const changed = [7, 5000, 10001 * 10001, 15000 * 15000, 20000 * 20000];
    await onMysql(my, [
      `update skew set a = -1 where id in (${changed.join(', ')})`,
      'delete from skew where id = 123',
      'insert into skew values (50000000, 0, null)',
    ]);
    const report = await verify([one(pg.spec, my.spec, 'public', my.name, 'skew')], {
      segmentRows: 1000,
      leafRows: 50,
      splitFactor: 8,
    });
    const t = report.tables[0]!;
    expect(t.rows).toEqual({ source: 20000, target: 20000 });
    expect(t.details.map((d) => `${d.kind}:${d.key.id}`).sort()).toEqual(
      [...changed.map((id) => `changed:${id}`), 'missing:123', 'extra:50000000'].sort(),
    );
    expect(t.stats.segments).toBeGreaterThan(10);
    expect(t.stats.splits).toBeGreaterThan(0);
    // Only rows near the differences were fetched, not the table.
    expect(t.stats.leafRows).toBeLessThan(2000);
  });
});
