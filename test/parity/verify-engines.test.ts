import type { ConnectionSpec } from '@seam/core';
import { RepairSql, type RowDifference, type VerifyTable, verify } from '@seam/parity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMysqlDatabase, createPgDatabase, type TestMysql, type TestPg } from '../helpers/index.js';
import { createEverythingMy, createEverythingPg, onMysql } from './fixtures.js';

const table = (schema: string, name: string, target = schema, targetName = name): VerifyTable => ({
  source: { schema, name },
  target: { schema: target, name: targetName },
});

function byKey(details: RowDifference[]) {
  return details
    .map((d) => ({
      kind: d.kind,
      key: d.key,
      columns: d.columns?.map((c) => c.column).sort(),
      count: d.count,
    }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

// Every supported type, equal data across engines, then each kind of injected difference.
describe('verify across PostgreSQL and MariaDB', () => {
  let pg: TestPg;
  let pg2: TestPg;
  let my: TestMysql;
  const nopkPg = 'create table nopk (a int, b text)';
  const nopkMy = 'create table nopk (a int, b text)';
  const nopkRows = "insert into nopk values (1, 'x'), (1, 'x'), (2, null), (3, '')";

  beforeAll(async () => {
    [pg, pg2, my] = await Promise.all([
      createPgDatabase('veng'),
      createPgDatabase('veng2'),
      createMysqlDatabase('veng'),
    ]);
    await Promise.all([createEverythingPg(pg), createEverythingPg(pg2), createEverythingMy(my)]);
    for (const db of [pg, pg2]) {
      await db.query(nopkPg);
      await db.query(nopkRows);
    }
    await my.query(nopkMy);
    await my.query(nopkRows);
  });
  afterAll(async () => {
    await Promise.all([pg?.drop(), pg2?.drop(), my?.drop()]);
  });

  const job = (source: ConnectionSpec, target: ConnectionSpec, s: string, t: string) => ({
    source,
    target,
    tables: [table(s, 'everything', t), table(s, 'nopk', t)],
  });

  it('finds no difference in equal data, PG → MariaDB, MariaDB → PG and PG → PG', async () => {
    const report = await verify([
      job(pg.spec, my.spec, 'public', my.name),
      job(my.spec, pg.spec, my.name, 'public'),
      job(pg.spec, pg2.spec, 'public', 'public'),
    ]);
    for (const t of report.tables) {
      expect({ table: t.table, status: t.status, details: t.details, problems: t.problems }).toEqual({
        table: t.table,
        status: 'equal',
        details: [],
        problems: [],
      });
      expect(t.rows.source).toBe(4);
      expect(t.rows.target).toBe(4);
    }
    expect(report.tables.find((t) => t.table === 'public.nopk')?.stats.mode).toBe('multiset');
    // jsonb vs MariaDB's verbatim JSON text: compared as documents, and said so.
    expect(report.tables[0]!.notes.join('\n')).toMatch(/JSON/);
  });

  it('finds each injected difference exactly, and the repair SQL makes the copy equal', async () => {
    await onMysql(my, [
      'delete from everything where id = 4',
      "insert into everything (id, t) values (99, 'extra')",
      'update everything set i2 = 1 where id = 3',
      'update everything set vc = null where id = 1',
      "update everything set ts = '2024-02-29 23:59:59.999998' where id = 1",
      'update everything set d = 123456789.120 where id = 3',
      "update everything set t = 'Zoe\u0308' where id = 3",
      "insert into nopk values (1, 'x')",
    ]);
    let sql = '';
    const repair = new RepairSql('mysql', (s) => {
      sql += s;
    });
    const report = await verify([job(pg.spec, my.spec, 'public', my.name)], {
      onDifference: (t, mapping) => repair.table(t.target.schema, t.target.name, mapping),
    });
    const [everything, nopk] = report.tables;
    expect(everything!.status).toBe('different');
    expect(everything!.differences).toEqual({ missing: 1, extra: 1, changed: 2 });
    expect(byKey(everything!.details)).toEqual([
      { kind: 'changed', key: { id: '1' }, columns: ['ts', 'vc'], count: undefined },
      { kind: 'changed', key: { id: '3' }, columns: ['d', 'i2', 't'], count: undefined },
      { kind: 'extra', key: { id: '99' }, columns: undefined, count: undefined },
      { kind: 'missing', key: { id: '4' }, columns: undefined, count: undefined },
    ]);
    const row1 = everything!.details.find((d) => d.key.id === '1')!;
    expect(row1.columns).toContainEqual({ column: 'vc', target: 'vc', source: '', targetValue: null });
    expect(row1.columns).toContainEqual({
      column: 'ts',
      target: 'ts',
      source: '2024-02-29 23:59:59.999999',
      targetValue: '2024-02-29 23:59:59.999998',
    });
    const row3 = everything!.details.find((d) => d.key.id === '3')!;
    expect(row3.columns).toContainEqual({
      column: 'd',
      target: 'd',
      source: '123456789.125',
      targetValue: '123456789.12',
    });
    expect(row3.columns).toContainEqual({
      column: 't',
      target: 't',
      source: 'Zoë',
      targetValue: 'Zoe\u0308',
    });
    expect(nopk!.differences).toEqual({ missing: 0, extra: 1, changed: 0 });
    expect(nopk!.details).toEqual([
      { kind: 'extra', key: { a: '1', b: 'x' }, row: { a: '1', b: 'x' }, count: 1 },
    ]);

    expect(sql).toMatch(/ON DUPLICATE KEY UPDATE/);
    expect(sql).toMatch(/DELETE FROM `[^`]+`\.`everything` WHERE `id` = '99';/);
    const statements = sql
      .split('\n')
      .filter((l) => !l.startsWith('--'))
      .join('\n')
      .split(';\n')
      .filter((s) => s.trim());
    await onMysql(my, statements);
    const after = await verify([job(pg.spec, my.spec, 'public', my.name)]);
    expect(after.tables.map((t) => [t.table, t.status, t.details])).toEqual([
      ['public.everything', 'equal', []],
      ['public.nopk', 'equal', []],
    ]);
  });

  it('reports a missing table, a missing column and incompatible types without comparing wrongly', async () => {
    await pg.query('create table shape (id int primary key, a int, b text, c jsonb)');
    await onMysql(my, ['create table shape (id int primary key, a date, c json)']);
    const report = await verify([
      {
        source: pg.spec,
        target: my.spec,
        tables: [
          table('public', 'shape', my.name),
          table('public', 'nowhere', my.name),
          table('public', 'everything', my.name, 'absent'),
        ],
      },
    ]);
    const [shape, nowhere, absent] = report.tables;
    expect(shape!.status).toBe('different');
    expect(shape!.problems).toEqual([
      'column a: incompatible types: integer on the source, date on the target',
      'column b is missing on the target',
    ]);
    expect(nowhere!.status).toBe('missing-table');
    expect(nowhere!.problems[0]).toMatch(/public\.nowhere does not exist on the source/);
    expect(absent!.status).toBe('missing-table');
    expect(absent!.problems[0]).toMatch(/absent does not exist on the target/);
  });
});
