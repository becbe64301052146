import { floatToCanon } from '@seam/parity';
import { kafka, type TestMysql, type TestPg } from '../helpers/index.js';

/** A Debezium JDBC sink (a real replicator; consumer group connect-<name>) writing some topics into a MariaDB database. */
export function jdbcSinkToMariadb(my: TestMysql, topics: string): Record<string, string> {
  return {
    'connector.class': 'io.debezium.connector.jdbc.JdbcSinkConnector',
    'connection.url': `jdbc:mariadb://${my.spec.host}:${my.spec.port}/${my.name}`,
    'connection.username': my.spec.user ?? 'root',
    'connection.password': my.spec.password?.reveal() ?? '',
    'insert.mode': 'upsert',
    'delete.enabled': 'true',
    'primary.key.mode': 'record_key',
    'schema.evolution': 'none',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: Debezium's own placeholder
    'collection.name.format': '${source.table}',
    topics,
    'key.converter': 'org.apache.kafka.connect.json.JsonConverter',
    'value.converter': 'org.apache.kafka.connect.json.JsonConverter',
    // Kafka 4.3's jackson-module-blackbird on the worker classpath breaks Hibernate's default
    // JSON format mapper inside the plugin; the sink never uses it, so pick another one.
    'hibernate.type.json_format_mapper': 'org.hibernate.type.format.jaxb.JaxbXmlFormatMapper',
  };
}

/** Deletes the topics a test's connectors wrote (by prefix) and a consumer group. */
export async function dropKafkaTraces(prefix: string, group: string): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  const topics = (await admin.listTopics()).filter((t) => t.startsWith(`${prefix}.`));
  await admin.deleteTopics({ topics }).catch(() => {});
  await admin.deleteGroups([group]).catch(() => {});
  await admin.disconnect();
}

/** One table with every supported type, created alike on PostgreSQL and MariaDB. */
export const PG_EVERYTHING = `(
  id int primary key, i2 smallint, i8 bigint, b boolean, d numeric(12,3), du numeric, f4 real, f8 double precision,
  t text, vc varchar(40), c char(5), j jsonb, u uuid, by bytea, dt date, ts timestamp(6), tsz timestamptz(6),
  ts3 timestamp(3), tm time(6), bt bit(4), e text)`;

export const MY_EVERYTHING = `(
  id int primary key, i2 smallint, i8 bigint, b tinyint(1), d decimal(12,3), du decimal(40,10), f4 float, f8 double,
  t text, vc varchar(40), c char(5), j json, u uuid, \`by\` varbinary(40), dt date, ts datetime(6), tsz timestamp(6) null,
  ts3 datetime(3), tm time(6), bt bit(4), e enum('red','green'))`;

interface Values {
  i2: string;
  i8: string;
  b: boolean;
  d: string;
  du: string;
  f4: string;
  f8: string;
  t: string;
  vc: string;
  c: string;
  j: string;
  u: string;
  by: string;
  dt: string;
  ts: string;
  tsz: string;
  ts3: string;
  tm: string;
  bt: string;
  e: string;
}

/** Logical rows: the same value written through each engine's own literal syntax. */
export const ROWS: Record<number, Values | null> = {
  1: {
    i2: '-32768',
    i8: '9223372036854775807',
    b: true,
    d: '-0.500',
    du: '12345678901234567890.0123456789',
    f4: '0.1',
    f8: '1.2345678901234567e-5',
    t: "a|b:c~'q'\\ ☕ 😀",
    vc: '',
    c: 'ab',
    j: '{"b": 1, "a": [1.0, 2, "é"]}',
    u: '0e37b2a6-4b5c-4d3e-9f00-1234567890ab',
    by: '00ff10',
    dt: '1999-12-31',
    ts: '2024-02-29 23:59:59.999999',
    tsz: '2038-01-19 03:14:07.5',
    ts3: '2024-01-01 00:00:00.123',
    tm: '23:59:59.000001',
    bt: '1010',
    e: 'green',
  },
  2: null,
  3: {
    i2: '0',
    i8: '-1',
    b: false,
    d: '123456789.125',
    du: '0.0000000001',
    f4: '16777216',
    f8: '1e20',
    t: 'Zoë',
    vc: 'a ',
    c: 'x',
    j: '[]',
    u: 'ffffffff-ffff-4fff-bfff-ffffffffffff',
    by: '',
    dt: '2024-01-01',
    ts: '1970-01-01 00:00:00',
    tsz: '1970-01-01 00:00:01',
    ts3: '2000-01-01 12:00:00',
    tm: '00:00:00',
    bt: '0000',
    e: 'red',
  },
  4: {
    i2: '7',
    i8: '42',
    b: true,
    d: '0.000',
    du: '-1.5',
    f4: '-3.25',
    f8: '5e-324',
    t: 'line\nbreak\ttab',
    vc: 'NULL',
    c: '~',
    j: '{"n": 12345678901234567890, "s": "x"}',
    u: '00000000-0000-0000-0000-000000000000',
    by: '7c7e',
    dt: '2000-02-29',
    ts: '2001-09-09 01:46:40.000001',
    tsz: '2001-09-09 01:46:40.25',
    ts3: '2001-09-09 01:46:40.1',
    tm: '12:34:56.5',
    bt: '1111',
    e: 'red',
  },
};

const ROWS_F8 = '1.2345678901234567e-5';

/**
 * The canonical text (canon v1) each engine must produce for row 1 — the golden values. Text,
 * UUID, hex, dates and times are their own canonical form; the others are spelled out.
 */
const row1 = ROWS[1]!;
export const GOLDEN_ROW_1: Record<string, string> = {
  ...Object.fromEntries(Object.entries(row1).map(([k, v]) => [k, String(v)])),
  id: '1',
  b: '1',
  d: '-0.5',
  f4: floatToCanon(Math.fround(0.1)),
  f8: floatToCanon(Number(ROWS_F8)),
};

const pgLit = (s: string) => `'${s.replaceAll("'", "''")}'`;
const myLit = (s: string) => `'${s.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;

export function pgInsert(table: string, id: number, v: Values | null): string {
  if (!v) return `insert into ${table} (id) values (${id})`;
  return `insert into ${table} values (${id}, ${v.i2}, ${v.i8}, ${v.b}, ${v.d}, ${v.du}, ${v.f4}, ${v.f8}, ${pgLit(v.t)}, ${pgLit(v.vc)}, ${pgLit(v.c)}, ${pgLit(v.j)}, ${pgLit(v.u)}, '\\x${v.by}', ${pgLit(v.dt)}, ${pgLit(v.ts)}, ${pgLit(`${v.tsz}+00`)}, ${pgLit(v.ts3)}, ${pgLit(v.tm)}, B'${v.bt}', ${pgLit(v.e)})`;
}

export function myInsert(table: string, id: number, v: Values | null): string {
  if (!v) return `insert into ${table} (id) values (${id})`;
  return `insert into ${table} values (${id}, ${v.i2}, ${v.i8}, ${v.b ? 1 : 0}, ${v.d}, ${v.du}, ${v.f4}, ${v.f8}, ${myLit(v.t)}, ${myLit(v.vc)}, ${myLit(v.c)}, ${myLit(v.j)}, ${myLit(v.u)}, X'${v.by}', ${myLit(v.dt)}, ${myLit(v.ts)}, ${myLit(v.tsz)}, ${myLit(v.ts3)}, ${myLit(v.tm)}, b'${v.bt}', ${myLit(v.e)})`;
}

export async function createEverythingPg(db: TestPg, table = 'everything'): Promise<void> {
  await db.query(`create table ${table} ${PG_EVERYTHING}`);
  for (const [id, v] of Object.entries(ROWS)) await db.query(pgInsert(table, Number(id), v));
}

export async function createEverythingMy(db: TestMysql, table = 'everything'): Promise<void> {
  await db.query(`create table ${table} ${MY_EVERYTHING}`);
  await onMysql(
    db,
    Object.entries(ROWS).map(([id, v]) => myInsert(table, Number(id), v)),
  );
}

/** Runs statements on one MariaDB connection in UTC (TIMESTAMP literals are read in the session zone). */
export async function onMysql(db: TestMysql, statements: string[]): Promise<void> {
  const conn = await db.pool.getConnection();
  try {
    await conn.query("set time_zone = '+00:00'");
    for (const s of statements) await conn.query(s);
  } finally {
    conn.release();
  }
}
