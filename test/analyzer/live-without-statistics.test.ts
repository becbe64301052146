import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '@seam/analyzer';
import type { SchemaSnapshot } from '@seam/core';
import { mysqlOptions } from '@seam/core/sql';
import { introspect } from '@seam/introspect';
import mysql from 'mysql2/promise';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDatasets } from '../../bench/quality/labelled-schema.js';
import { createMysqlDatabase, createPgDatabase, type TestMysql, type TestPg } from '../helpers/index.js';

// A labelled schema loaded into a live database and never analyzed (PostgreSQL reltuples = -1,
// pg_stat rows of zeros, sizes of empty pages; MariaDB's 0 estimates) must give the plan its snapshot
// without statistics gives, and the analysis must say that statistics were absent.
const datasets = fileURLToPath(new URL('../../bench/quality/datasets/', import.meta.url));
const sql = (name: string) => readFileSync(`${datasets}${name}/schema.sql`, 'utf8');

function stripped(snapshot: SchemaSnapshot): SchemaSnapshot {
  return {
    ...snapshot,
    tables: snapshot.tables.map((t) => ({ ...t, rowEstimate: 0, bytes: 0, stats: null })),
  };
}

/** Assignments by bare table name, so that a dataset's own snapshot compares with a live one. */
function plan(snapshot: SchemaSnapshot) {
  const { analysis } = analyze(snapshot, undefined, { seed: 1 });
  const byName: Record<string, string> = {};
  for (const t of analysis.tables) {
    const a = analysis.assignments[t.table]!;
    byName[t.table.split('.').pop()!] = a.kind === 'service' ? a.service : a.kind;
  }
  return { analysis, byName };
}

function expectSamePlans(live: SchemaSnapshot, datasetName: string) {
  const fromLive = plan(live);
  expect(fromLive.analysis.evidence.statistics).toBe('absent');
  expect(fromLive.analysis.evidence.notes.join('\n')).toMatch(/statistics absent/);
  // The live snapshot does carry figures: empty pages, zero counters.
  expect(live.tables.some((t) => t.bytes > 0 || t.stats !== null)).toBe(true);
  expect(fromLive.byName).toEqual(plan(stripped(live)).byName);
  // The same schema read from the dataset's files (the DDL path) gives the same plan too.
  const dataset = loadDatasets(datasets).find((d) => d.name === datasetName)!;
  expect(fromLive.byName).toEqual(plan(dataset.snapshot).byName);
  // Nothing is set aside as reference data for being "small": the share stays that of the shape rule.
  const shared = Object.values(fromLive.byName).filter((s) => s === 'reference' || s === 'technical');
  expect(shared.length / live.tables.length).toBeLessThanOrEqual(0.25);
}

describe('a live database without statistics', () => {
  let pg: TestPg | undefined;
  let my: TestMysql | undefined;
  afterAll(async () => {
    await pg?.drop();
    await my?.drop();
  });

  it('PostgreSQL (wideworldimporters, never analyzed) plans as its snapshot without statistics', async () => {
    pg = await createPgDatabase('seam_analyzer_nostats');
    await pg.query(sql('wideworldimporters'));
    const live = await introspect(pg.spec, { schemas: ['public'] });
    expect(live.tables).toHaveLength(32);
    expectSamePlans(live, 'wideworldimporters');
  }, 120_000);

  it('MariaDB (magento2, InnoDB estimates of 0) plans as its snapshot without statistics', async () => {
    my = await createMysqlDatabase('seam_analyzer_nostats');
    const conn = await mysql.createConnection({ ...mysqlOptions(my.spec), multipleStatements: true });
    try {
      await conn.query(sql('magento2'));
    } finally {
      await conn.end();
    }
    const live = await introspect(my.spec, { schemas: [my.name] });
    expect(live.tables).toHaveLength(320);
    expectSamePlans(live, 'magento2');
  }, 300_000);
});
