import {
  type CanonColumn,
  floatToCanon,
  mapTable,
  mysqlSql,
  openConnection,
  postgresSql,
  readMysqlTable,
  readPgTable,
  Side,
  sameHash,
} from '@seam/parity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMysqlDatabase, createPgDatabase, type TestMysql, type TestPg } from '../helpers/index.js';
import { createEverythingMy, createEverythingPg, GOLDEN_ROW_1, onMysql } from './fixtures.js';

// Canon v1 golden tests: both real engines render every supported type to the same bytes.
describe('canon v1 on PostgreSQL and MariaDB', () => {
  let pg: TestPg;
  let my: TestMysql;
  let pgConn: Awaited<ReturnType<typeof openConnection>>;
  let myConn: Awaited<ReturnType<typeof openConnection>>;

  beforeAll(async () => {
    [pg, my] = await Promise.all([createPgDatabase('golden'), createMysqlDatabase('golden')]);
    await Promise.all([createEverythingPg(pg), createEverythingMy(my)]);
    [pgConn, myConn] = await Promise.all([openConnection(pg.spec), openConnection(my.spec)]);
  });
  afterAll(async () => {
    await pgConn?.close();
    await myConn?.close();
    await Promise.all([pg?.drop(), my?.drop()]);
  });

  async function sides() {
    const s = (await readPgTable(pgConn, 'public', 'everything'))!;
    const t = (await readMysqlTable(myConn, my.name, 'everything'))!;
    const mapping = mapTable(s, t);
    return {
      mapping,
      pgSide: new Side('source', pgConn, s, mapping),
      mySide: new Side('target', myConn, t, mapping),
    };
  }

  it('maps every column of the fixture with no problem', async () => {
    const { mapping } = await sides();
    expect(mapping.problems).toEqual([]);
    expect(mapping.columns.map((c) => c.pair.source.cls)).toEqual([
      'number',
      'number',
      'number',
      'number',
      'number',
      'number',
      'float',
      'float',
      'text',
      'text',
      'text',
      'json',
      'uuid',
      'binary',
      'date',
      'timestamp',
      'timestamp',
      'timestamp',
      'time',
      'bit',
      'text',
    ]);
  });

  it('renders the golden canonical text on both engines', async () => {
    const { mapping } = await sides();
    const select = (d: typeof postgresSql, cols: CanonColumn[]) =>
      cols.map((c, i) => `${d.canon(c)} AS c${i}`).join(', ');
    const pgCols = mapping.columns.map((c) => c.pair.source);
    const myCols = mapping.columns.map((c) => c.pair.target);
    const [p] = await pgConn.query<Record<string, string>>(
      `select ${select(postgresSql, pgCols)} from everything where id = 1`,
    );
    const [m] = await myConn.query<Record<string, string>>(
      `select ${select(mysqlSql, myCols)} from everything where id = 1`,
    );
    mapping.columns.forEach((c, i) => {
      if (c.source === 'j') return; // JSON text differs by design (jsonb normalizes); compared as documents
      expect({ column: c.source, pg: p![`c${i}`] }).toEqual({ column: c.source, pg: GOLDEN_ROW_1[c.source] });
      expect({ column: c.source, mariadb: m![`c${i}`] }).toEqual({
        column: c.source,
        mariadb: GOLDEN_ROW_1[c.source],
      });
    });
  });

  it('gives equal row hashes for every row except the JSON-normalized one, and equal lane sums', async () => {
    const noJson = await (async () => {
      const s = (await readPgTable(pgConn, 'public', 'everything'))!;
      const t = (await readMysqlTable(myConn, my.name, 'everything'))!;
      const mapping = mapTable(s, t, { columns: s.columns.map((c) => c.name).filter((n) => n !== 'j') });
      return {
        pgSide: new Side('source', pgConn, s, mapping),
        mySide: new Side('target', myConn, t, mapping),
      };
    })();
    const [a, b] = await Promise.all([noJson.pgSide.fetchHashes({}), noJson.mySide.fetchHashes({})]);
    expect([...a.entries()].sort()).toEqual([...b.entries()].sort());
    const [ha, hb] = await Promise.all([noJson.pgSide.hashBuckets({}), noJson.mySide.hashBuckets({})]);
    expect(ha[0]!.n).toBe(4n);
    expect(sameHash(ha[0]!, hb[0]!)).toBe(true);
  });

  it('floats: shortest round-trip digits agree for random doubles, subnormals and exponents', async () => {
    const values = [
      '0.1',
      '1e20',
      '1e-7',
      '-2.5e-300',
      '123456789012345680',
      '5e-324',
      '1.7976931348623157e308',
      '0.3',
      '-0.000123',
      '1e15',
      '1e16',
      '100',
    ];
    for (let i = 0; i < 40; i++)
      values.push(String((Math.random() - 0.5) * 10 ** Math.floor(Math.random() * 40 - 20)));
    await pg.query('create table floats (id int primary key, f double precision)');
    await my.query('create table floats (id int primary key, f double)');
    await pg.query(`insert into floats values ${values.map((v, i) => `(${i}, ${v})`).join(', ')}`);
    await onMysql(my, [`insert into floats values ${values.map((v, i) => `(${i}, ${v})`).join(', ')}`]);
    const s = (await readPgTable(pgConn, 'public', 'floats'))!;
    const t = (await readMysqlTable(myConn, my.name, 'floats'))!;
    const mapping = mapTable(s, t);
    const keys = values.map((_, i) => [String(i)]);
    const [a, b] = await Promise.all([
      new Side('source', pgConn, s, mapping).fetchRows(keys),
      new Side('target', myConn, t, mapping).fetchRows(keys),
    ]);
    expect(a.size).toBe(values.length);
    for (const [id, row] of a) {
      const expected = floatToCanon(Number(values[Number(JSON.parse(id)[0])]));
      expect({ id, pg: row.values[1], mariadb: b.get(id)?.values[1] }).toEqual({
        id,
        pg: expected,
        mariadb: expected,
      });
    }
  });

  it('timestamps: a MariaDB DATETIME(3) copy of a timestamp(6) compares with truncation, PostgreSQL with rounding', async () => {
    await pg.query('create table stamps (id int primary key, at timestamp(6))');
    await pg.query(
      "insert into stamps values (1, '2024-01-01 10:00:00.123999'), (2, '2024-01-01 10:00:00.9995')",
    );
    await my.query('create table stamps (id int primary key, at datetime(3))');
    await onMysql(my, [
      "insert into stamps values (1, '2024-01-01 10:00:00.123'), (2, '2024-01-01 10:00:00.999')",
    ]);
    await pg.query('create table stamps3 (id int primary key, at timestamp(3))');
    await pg.query(
      "insert into stamps3 values (1, '2024-01-01 10:00:00.123999'), (2, '2024-01-01 10:00:00.9995')",
    );
    const s = (await readPgTable(pgConn, 'public', 'stamps'))!;
    for (const [conn, t] of [
      [myConn, (await readMysqlTable(myConn, my.name, 'stamps'))!],
      [pgConn, (await readPgTable(pgConn, 'public', 'stamps3'))!],
    ] as const) {
      const mapping = mapTable(s, t);
      expect(mapping.notes.join()).toMatch(conn === myConn ? /truncated to 3/ : /rounded to 3/);
      const [a, b] = await Promise.all([
        new Side('source', pgConn, s, mapping).hashBuckets({}),
        new Side('target', conn, t, mapping).hashBuckets({}),
      ]);
      expect(sameHash(a[0]!, b[0]!)).toBe(true);
    }
  });

  it('text: latin1 and utf8mb3 columns hash as the same UTF-8 bytes as PostgreSQL text', async () => {
    await pg.query('create table enc (id int primary key, l text, m text, n text)');
    await pg.query("insert into enc values (1, 'café ÿ', 'naïve', 'x'), (2, '', null, 'ok')");
    await onMysql(my, [
      'create table enc (id int primary key, l varchar(20) character set latin1, m varchar(20) character set utf8mb3, n varchar(20) collate utf8mb4_general_ci)',
      "insert into enc values (1, 'café ÿ', 'naïve', 'X'), (2, '', null, 'ok')",
    ]);
    const s = (await readPgTable(pgConn, 'public', 'enc'))!;
    const t = (await readMysqlTable(myConn, my.name, 'enc'))!;
    const mapping = mapTable(s, t);
    const keys = [['1'], ['2']];
    const [a, b] = await Promise.all([
      new Side('source', pgConn, s, mapping).fetchRows(keys),
      new Side('target', myConn, t, mapping).fetchRows(keys),
    ]);
    expect(b.get('["1"]')?.values).toEqual(['1', 'café ÿ', 'naïve', 'X']);
    // Same bytes for latin1 and utf8mb3; a case-insensitive collation does not hide 'x' vs 'X'.
    expect(a.get('["2"]')?.hash).toBe(b.get('["2"]')?.hash);
    expect(a.get('["1"]')?.hash).not.toBe(b.get('["1"]')?.hash);
    await onMysql(my, ["update enc set n = 'x' where id = 1"]);
    const again = await new Side('target', myConn, t, mapping).fetchRows(keys);
    expect(a.get('["1"]')?.hash).toBe(again.get('["1"]')?.hash);
  });
});
