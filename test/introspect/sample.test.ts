import { readFileSync } from 'node:fs';
import type { SchemaSnapshot } from '@seam/core';
import { mysqlOptions } from '@seam/core/sql';
import { introspect, loadSample } from '@seam/introspect';
import { createMysqlDatabase, createPgDatabase, type TestMysql, type TestPg } from '@seam/test/helpers';
import mysql from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectationsFromDdl, fkKey, SAMPLE } from './ddl-expectations.js';

const expected = expectationsFromDdl();

/** The snapshot has the DDL's tables, columns in order, primary keys and foreign keys. */
function expectMatchesDdl(snapshot: SchemaSnapshot, loose: boolean): void {
  expect(snapshot.tables.map((t) => t.name).sort()).toEqual([...expected.tables.keys()].sort());
  for (const t of snapshot.tables) {
    expect(
      t.columns.map((c) => c.name),
      t.name,
    ).toEqual(expected.tables.get(t.name)!.columns);
    expect(t.primaryKey, t.name).toEqual(expected.tables.get(t.name)!.primaryKey);
  }
  const fks = snapshot.tables.flatMap((t) => t.foreignKeys.map((f) => fkKey({ ...f, table: t.name }, loose)));
  expect(fks.sort()).toEqual(expected.fks.map((f) => fkKey(f, loose)).sort());
}

describe('the sample monolith on the real servers', () => {
  let pgDb: TestPg;
  let myDb: TestMysql;

  beforeAll(async () => {
    [pgDb, myDb] = await Promise.all([
      createPgDatabase('introspect_sample'),
      createMysqlDatabase('introspect_sample'),
    ]);
  });
  afterAll(async () => {
    await Promise.all([pgDb?.drop(), myDb?.drop()]);
  });

  it('loads into PostgreSQL and introspects completely: tables, columns, keys as the DDL declares them', async () => {
    await pgDb.query(readFileSync(`${SAMPLE}schema.postgres.sql`, 'utf8'));
    const progress: string[] = [];
    const snapshot = await introspect(pgDb.spec, { progress: (e) => progress.push(e.phase) });
    expect(progress).toEqual(expect.arrayContaining(['tables', 'columns', 'constraints', 'indexes']));
    expect(snapshot.engine).toMatchObject({ dialect: 'postgres', flavor: 'postgresql' });
    expect(snapshot.source).toBe(pgDb.url);
    expectMatchesDdl(snapshot, false);
    expect(snapshot.tables.every((t) => t.replicaIdentity === 'default')).toBe(true);
    expect(snapshot.tables.filter((t) => t.primaryKey.length === 0).map((t) => t.name)).toEqual([
      'payment_webhook_events',
    ]);

    // The embedded engine (PGlite) reads the same structure through the same queries.
    const { snapshot: embedded } = await loadSample();
    const shape = (s: typeof snapshot) =>
      s.tables.map((t) => ({
        n: t.name,
        c: t.columns.map((c) => [c.name, c.nativeType, c.nullable]),
        p: t.primaryKey,
        f: t.foreignKeys,
        i: t.indexes,
        u: t.uniques,
      }));
    expect(shape(embedded)).toEqual(shape(snapshot));
  });

  it('loads into MariaDB and introspects the same logical schema', async () => {
    const conn = await mysql.createConnection({ ...mysqlOptions(myDb.spec), multipleStatements: true });
    try {
      await conn.query(readFileSync(`${SAMPLE}schema.mysql.sql`, 'utf8'));
    } finally {
      await conn.end();
    }
    const snapshot = await introspect(myDb.spec);
    expect(snapshot.engine).toMatchObject({ dialect: 'mysql', flavor: 'mariadb' });
    expect(snapshot.schemas).toEqual([myDb.name]);
    expectMatchesDdl(snapshot, true);
    const reservations = snapshot.tables.find((t) => t.name === 'stock_reservations')!;
    expect(reservations.foreignKeys.find((f) => f.columns.length === 2)?.referencedSchema).toBe(myDb.name);
    const orders = snapshot.tables.find((t) => t.name === 'orders')!;
    expect(orders.columns.find((c) => c.name === 'total')).toMatchObject({
      nativeType: 'decimal(12,2)',
      type: { kind: 'decimal', precision: 12, scale: 2 },
    });
    expect(orders.columns.find((c) => c.name === 'id')?.type).toMatchObject({
      kind: 'integer',
      bytes: 8,
      autoIncrement: true,
    });
  });
});
