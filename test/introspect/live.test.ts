import { parseSnapshot, parseTableKey, snapshotToJson, tableKey } from '@seam/core';
import { quoteIdent, quoteQualified } from '@seam/core/sql';
import { introspect, readWorkload } from '@seam/introspect';
import { createMysqlDatabase, createPgDatabase, type TestMysql, type TestPg } from '@seam/test/helpers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Names a catalog may hand us: quotes, dots, spaces, unicode, reserved words, backticks.
const HOSTILE_SCHEMA = 'my.schema "x"';
const PARENT = 'Kunden "VIP".v2';
const CHILD = 'select';
const COLUMN = 'order`s id';
const UNICODE_COLUMN = 'prix_€_注文';

describe('PostgreSQL: hostile names and live pg_stat_statements', () => {
  let db: TestPg;
  beforeAll(async () => {
    db = await createPgDatabase('introspect_live');
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('round-trips hostile schema, table and column names', async () => {
    const q = (n: string) => quoteIdent('postgres', n);
    const parent = quoteQualified('postgres', HOSTILE_SCHEMA, PARENT);
    const child = quoteQualified('postgres', HOSTILE_SCHEMA, CHILD);
    await db.query(`create schema ${q(HOSTILE_SCHEMA)}`);
    await db.query(`create table ${parent} (id bigint primary key, ${q(UNICODE_COLUMN)} numeric(10,2))`);
    await db.query(
      `create table ${child} (${q(COLUMN)} bigint not null references ${parent} (id) on delete set null, "from" text, unique (${q(COLUMN)}, "from"))`,
    );
    await db.query(`comment on table ${child} is 'a table named like a keyword'`);
    await db.query(
      `create view ${quoteQualified('postgres', HOSTILE_SCHEMA, 'v.iew')} as select * from ${parent}`,
    );
    const snapshot = parseSnapshot(snapshotToJson(await introspect(db.spec, { schemas: [HOSTILE_SCHEMA] })));
    expect(snapshot.tables.map((t) => [t.schema, t.name])).toEqual([
      [HOSTILE_SCHEMA, PARENT],
      [HOSTILE_SCHEMA, CHILD],
    ]);
    const [p, c] = snapshot.tables;
    expect(p!.columns.map((x) => x.name)).toEqual(['id', UNICODE_COLUMN]);
    expect(c).toMatchObject({
      primaryKey: [],
      comment: 'a table named like a keyword',
      uniques: [{ columns: [COLUMN, 'from'] }],
      foreignKeys: [
        {
          columns: [COLUMN],
          referencedSchema: HOSTILE_SCHEMA,
          referencedTable: PARENT,
          referencedColumns: ['id'],
          onDelete: 'SET NULL',
        },
      ],
    });
    expect(snapshot.views).toMatchObject([{ schema: HOSTILE_SCHEMA, name: 'v.iew' }]);
    expect(parseTableKey(tableKey(HOSTILE_SCHEMA, PARENT))).toEqual({ schema: HOSTILE_SCHEMA, name: PARENT });
  });

  it('reads pg_stat_statements of this database, with joins resolved against the snapshot', async () => {
    await db.query('create extension if not exists pg_stat_statements');
    await db.query('create table customers (id bigint primary key, email text)');
    await db.query('create table invoices (id bigint primary key, customer_id bigint, total numeric)');
    for (let i = 0; i < 5; i++) {
      await db.query(
        'select i.total from invoices i join customers c on c.id = i.customer_id where c.email = $1',
        [`a${i}@b`],
      );
      await db.query('insert into invoices (id, customer_id, total) values ($1, $2, 1)', [i, i]);
    }
    const snapshot = await introspect(db.spec, { schemas: ['public'] });
    const workload = await readWorkload([{ kind: 'live', source: db.spec }], { snapshot });
    expect(workload.warnings ?? []).not.toContainEqual(
      expect.objectContaining({ code: 'SEAM_NO_PG_STAT_STATEMENTS' }),
    );
    const join = workload.statements.find(
      (s) => s.reads.includes('public.customers') && s.reads.includes('public.invoices'),
    );
    expect(join).toMatchObject({ kind: 'select', calls: 5 });
    expect(join!.joins).toEqual([
      [
        { table: 'public.customers', column: 'id' },
        { table: 'public.invoices', column: 'customer_id' },
      ],
    ]);
    expect(workload.statements.find((s) => s.writes.includes('public.invoices'))?.calls).toBe(5);
    // The hostile schema's tables are in pg_stat_statements too, never a system catalog.
    expect(
      workload.statements.flatMap((s) => [...s.reads, ...s.writes]).some((t) => t.startsWith('pg_catalog.')),
    ).toBe(false);
  });

  it('warns with SEAM_NO_PG_STAT_STATEMENTS when the extension is missing', async () => {
    const bare = await createPgDatabase('introspect_nopgss');
    try {
      const workload = await readWorkload([{ kind: 'live', source: bare.spec }]);
      expect(workload.warnings?.map((w) => w.code)).toContain('SEAM_NO_PG_STAT_STATEMENTS');
      expect(workload.statements).toEqual([]);
    } finally {
      await bare.drop();
    }
  });
});

describe('MariaDB: hostile names and live statement digests', () => {
  let db: TestMysql;
  beforeAll(async () => {
    db = await createMysqlDatabase('introspect_live');
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('round-trips hostile table and column names and reads table I/O counters', async () => {
    const q = (n: string) => quoteIdent('mysql', n);
    await db.query(`create table ${q(PARENT)} (id bigint primary key, ${q(UNICODE_COLUMN)} decimal(10,2))`);
    await db.query(
      `create table ${q(CHILD)} (${q(COLUMN)} bigint, \`from\` varchar(20), unique key \`u.k\` (${q(COLUMN)}, \`from\`), constraint \`fk"1\` foreign key (${q(COLUMN)}) references ${q(PARENT)} (id) on delete cascade)`,
    );
    await db.query(`insert into ${q(PARENT)} (id) values (1), (2)`);
    await db.query(`select * from ${q(PARENT)}`);
    const snapshot = await introspect(db.spec);
    expect(snapshot.tables.map((t) => t.name).sort()).toEqual([PARENT, CHILD].sort());
    const child = snapshot.tables.find((t) => t.name === CHILD)!;
    expect(child.columns.map((c) => c.name)).toEqual([COLUMN, 'from']);
    expect(child.foreignKeys).toEqual([
      {
        name: 'fk"1',
        columns: [COLUMN],
        referencedSchema: db.name,
        referencedTable: PARENT,
        referencedColumns: ['id'],
        onDelete: 'CASCADE',
        onUpdate: 'RESTRICT',
      },
    ]);
    expect(child.uniques).toEqual([{ name: 'u.k', columns: [COLUMN, 'from'] }]);
    const parent = snapshot.tables.find((t) => t.name === PARENT)!;
    expect(parent.columns[1]).toMatchObject({
      name: UNICODE_COLUMN,
      type: { kind: 'decimal', precision: 10, scale: 2 },
    });
    expect(parent.stats?.inserts).toBe(2);
    expect(parent.stats?.reads).toBeGreaterThanOrEqual(2);
  });

  it('reads events_statements_summary_by_digest for this database', async () => {
    // A full digest table (performance_schema_digests_size, e.g. after bench:introspect's 10,000
    // CREATE TABLEs) records no new statement: empty it then, as its warning tells users to.
    const [full] = await db.query<{ full: number }>(
      'select count(*) >= @@performance_schema_digests_size as full from performance_schema.events_statements_summary_by_digest',
    );
    if (Number(full?.full)) {
      const before = await readWorkload([{ kind: 'live', source: db.spec }]);
      expect(before.warnings?.map((w) => w.message).join()).toContain('is full');
      await db.query('truncate table performance_schema.events_statements_summary_by_digest');
    }
    await db.query('create table customers (id bigint primary key, email varchar(100))');
    await db.query('create table invoices (id bigint primary key, customer_id bigint, total decimal(10,2))');
    for (let i = 0; i < 4; i++) {
      await db.query(
        `select i.total from invoices i join customers c on c.id = i.customer_id where c.email = 'a${i}@b' and i.id in (1, 2, ${i})`,
      );
    }
    const snapshot = await introspect(db.spec);
    const workload = await readWorkload([{ kind: 'live', source: db.spec }], { snapshot });
    const join = workload.statements.find((s) => s.reads.includes(`${db.name}.customers`));
    expect(join).toMatchObject({
      kind: 'select',
      calls: 4,
      reads: [`${db.name}.customers`, `${db.name}.invoices`],
    });
    expect(join!.id).toMatch(/^[0-9a-f]{32}$/);
    expect(join!.joins).toEqual([
      [
        { table: `${db.name}.customers`, column: 'id' },
        { table: `${db.name}.invoices`, column: 'customer_id' },
      ],
    ]);
  });
});
