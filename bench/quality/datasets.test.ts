import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDatasets } from './labelled-schema.js';

const root = fileURLToPath(new URL('./datasets', import.meta.url));
const datasets = loadDatasets(root);
const index = readFileSync(join(root, 'README.md'), 'utf8');

describe('labelled datasets', () => {
  it('are there', () => {
    expect(datasets.length).toBeGreaterThanOrEqual(5);
  });

  for (const d of datasets) {
    describe(d.name, () => {
      const names = d.snapshot.tables.map((t) => t.name).sort();

      it('has a README naming its source and licence, and a row in datasets/README.md', () => {
        const readme = readFileSync(join(d.dir, 'README.md'), 'utf8');
        expect(readme).toMatch(/source/iu);
        expect(readme).toMatch(/licen[cs]e/iu);
        expect(index).toContain(`| ${d.name} |`);
      });

      it('has truths that cover exactly the tables of the schema', () => {
        expect(d.truths.get('truth')).toBeDefined();
        const groups = new Set(Object.values(d.truths.get('truth')!));
        for (const g of d.sharedGroups) expect(groups.has(g), `shared group ${g}`).toBe(true);
        for (const [file, truth] of d.truths) {
          expect(Object.keys(truth).sort(), file).toEqual(names);
          expect(
            Object.values(truth).every((g) => typeof g === 'string' && g.length > 0),
            file,
          ).toBe(true);
        }
      });

      it('has a schema.sql with the same tables and stats.json with their count', () => {
        const sql = readFileSync(join(d.dir, 'schema.sql'), 'utf8');
        const created = [
          ...sql.matchAll(/CREATE TABLE\s+(?:IF NOT EXISTS\s+)?(?:[`"]([^`"]+)[`"]|(\w+))/giu),
        ].map((m) => m[1] ?? m[2]);
        expect(created.sort()).toEqual(names);
        const stats = JSON.parse(readFileSync(join(d.dir, 'stats.json'), 'utf8')) as { tables: number };
        expect(stats.tables).toBe(names.length);
      });

      it('has foreign keys and known relations that point at tables and columns of the schema', () => {
        const columns = new Map(
          d.snapshot.tables.map((t) => [t.name, new Set(t.columns.map((c) => c.name))]),
        );
        const refs = [
          ...d.snapshot.tables.flatMap((t) =>
            t.foreignKeys.map((f) => ({ table: t.name, columns: f.columns, refTable: f.referencedTable })),
          ),
          ...(d.relations ?? []),
        ];
        for (const r of refs) {
          expect(columns.has(r.refTable), `${r.table} → ${r.refTable}`).toBe(true);
          for (const c of r.columns) expect(columns.get(r.table)?.has(c), `${r.table}.${c}`).toBe(true);
        }
        if (existsSync(join(d.dir, 'relations.json'))) expect(d.relations?.length).toBeGreaterThan(0);
      });
    });
  }
});
