/**
 * Writes schema.json and stats.json of a dataset folder from its schema.sql (PostgreSQL dialect):
 * loads the DDL into a fresh database on the local PostgreSQL (PGHOST/PGPORT/PGUSER, default
 * 127.0.0.1:5432 postgres), reads it back with Seam's own introspection, and drops the database.
 *   npx tsx --conditions=source bench/quality/datasets/derive-from-sql.ts <folder>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConnectionUrl } from '@seam/core';
import { introspect } from '@seam/introspect';
import pg from 'pg';

const folder = process.argv[2];
if (!folder) throw new Error('usage: derive-from-sql.ts <dataset folder>');
const dir = join(fileURLToPath(new URL('.', import.meta.url)), folder);
const host = process.env.PGHOST ?? '127.0.0.1';
const port = process.env.PGPORT ?? '5432';
const user = process.env.PGUSER ?? 'postgres';
const database = `seam_dataset_${folder.replace(/\W/gu, '_')}_${process.pid}`;
const admin = new pg.Client({ host, port: Number(port), user, database: 'postgres' });
await admin.connect();
await admin.query(`CREATE DATABASE ${database}`);
try {
  const db = new pg.Client({ host, port: Number(port), user, database });
  await db.connect();
  await db.query(readFileSync(join(dir, 'schema.sql'), 'utf8'));
  await db.end();
  const snap = await introspect(parseConnectionUrl(`postgres://${user}@${host}:${port}/${database}`), {
    schemas: ['public'],
  });
  const tables = snap.tables.map((t) => ({
    name: t.name,
    columns: t.columns.map((c) => ({ name: c.name, type: c.nativeType, nullable: c.nullable })),
    primaryKey: t.primaryKey,
    foreignKeys: t.foreignKeys.map((f) => ({
      columns: f.columns,
      refTable: f.referencedTable,
      refColumns: f.referencedColumns,
      onDelete: f.onDelete,
    })),
    indexes: t.indexes.map((i) => ({ name: i.name, columns: i.columns, unique: i.unique })),
  }));
  writeFileSync(
    join(dir, 'schema.json'),
    `${JSON.stringify({ name: folder, dialect: 'postgres', tables }, null, 1)}\n`,
  );
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as Record<string, string>;
  const edges = new Set<string>();
  for (const t of snap.tables)
    for (const f of t.foreignKeys) if (f.referencedTable !== t.name) edges.add([t.name, f.referencedTable].sort().join('\0'));
  const linked = new Set([...edges].flatMap((e) => e.split('\0')));
  const sizes: Record<string, number> = {};
  for (const g of Object.values(truth)) sizes[g] = (sizes[g] ?? 0) + 1;
  const stats = {
    tables: snap.tables.length,
    columns: snap.tables.reduce((a, t) => a + t.columns.length, 0),
    foreign_keys: snap.tables.reduce((a, t) => a + t.foreignKeys.length, 0),
    fk_table_edges: edges.size,
    fk_table_edges_crossing_truth: [...edges].filter((e) => {
      const [a, b] = e.split('\0') as [string, string];
      return truth[a] !== truth[b];
    }).length,
    tables_isolated_in_fk_graph: snap.tables.filter((t) => !linked.has(t.name)).length,
    groups: Object.keys(sizes).length,
    group_sizes: sizes,
  };
  writeFileSync(join(dir, 'stats.json'), `${JSON.stringify(stats, null, 1)}\n`);
  const missing = snap.tables.map((t) => t.name).filter((n) => !(n in truth));
  if (missing.length) throw new Error(`tables without a group in truth.json: ${missing.join(', ')}`);
  process.stdout.write(`${folder}: ${JSON.stringify(stats)}\n`);
} finally {
  await admin.query(`DROP DATABASE ${database}`);
  await admin.end();
}
