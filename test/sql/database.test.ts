import { type Database, type Dialect, openDatabase, probeDatabase } from '@seam/core/sql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMysqlDatabase, createPgDatabase, type TestMysql, type TestPg } from '../helpers/databases.js';

const settings: Record<Dialect, Record<string, string>> = {
  postgres: { TimeZone: 'UTC' },
  mysql: { time_zone: "'+00:00'" },
};
const zoneQuery: Record<Dialect, string> = {
  postgres: "select current_setting('TimeZone') as zone, $1::text as p",
  mysql: 'select @@session.time_zone as zone, ? as p',
};

describe('openDatabase (one connection layer for both engines)', () => {
  let pg: TestPg;
  let my: TestMysql;
  beforeAll(async () => {
    [pg, my] = await Promise.all([createPgDatabase('core_db'), createMysqlDatabase('core_db')]);
  });
  afterAll(async () => {
    await Promise.all([pg?.drop(), my?.drop()]);
  });

  const specOf = (dialect: Dialect) => ({ postgres: pg, mysql: my })[dialect].spec;

  for (const dialect of ['postgres', 'mysql'] as const) {
    for (const mode of ['dedicated', 'pool'] as const) {
      it(`${dialect}, ${mode}: rows, parameters, session settings, read-only, mapped and raw errors`, async () => {
        const db: Database = await openDatabase(specOf(dialect), {
          settings: settings[dialect],
          readOnly: true,
          ...(mode === 'pool' ? { poolSize: 2 } : {}),
        });
        try {
          expect(db.dialect).toBe(dialect);
          expect(db.target).toMatch(/^(postgres|mysql):\/\/[^:]+@/);
          const [row] = await db.query<{ zone: string; p: string }>(zoneQuery[dialect], ['x']);
          expect(row).toMatchObject({ p: 'x' });
          expect(['UTC', '+00:00']).toContain(row!.zone);
          await expect(db.query('create table t (id int)')).rejects.toMatchObject({
            name: 'SeamError',
          });
          const raw = await db.queryRaw('create table t (id int)').catch((e: unknown) => e);
          expect((raw as { name?: string }).name).not.toBe('SeamError');
          const inSession = await db.session((s) => s.query<{ one: number }>('select 1 as one'));
          expect(Number(inSession[0]!.one)).toBe(1);
        } finally {
          await db.close();
        }
      });
    }
    it(`${dialect}: a wrong database is a SeamError naming the redacted URL`, async () => {
      const spec = { ...specOf(dialect), database: 'seam_no_such_database_x' };
      await expect(openDatabase(spec)).rejects.toMatchObject({ code: 'SEAM_DB_NOT_FOUND' });
      await expect(openDatabase(spec, { poolSize: 1 })).rejects.toMatchObject({ code: 'SEAM_DB_NOT_FOUND' });
    });
    it(`${dialect}: probeDatabase reads the version`, async () => {
      const p = await probeDatabase(specOf(dialect));
      expect(p.version).toBeTruthy();
      expect(Array.isArray(p.cdcProblems)).toBe(true);
    });
  }
});
