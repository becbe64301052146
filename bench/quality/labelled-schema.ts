import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LogicalType, SchemaSnapshot } from '@seam/core';

/** The plain schema format of the labelled datasets (datasets/README.md). */
interface PlainSchema {
  name: string;
  dialect: 'postgres' | 'mysql';
  tables: Array<{
    name: string;
    columns: Array<{ name: string; type: string; nullable: boolean }>;
    primaryKey: string[];
    foreignKeys: Array<{ columns: string[]; refTable: string; refColumns: string[]; onDelete?: string }>;
    indexes: Array<{ name: string; columns: string[]; unique: boolean }>;
  }>;
}

export interface LabelledDataset {
  name: string;
  dialect: 'postgres' | 'mysql';
  /** The dataset's folder (schema.sql, README.md, …). */
  dir: string;
  snapshot: SchemaSnapshot;
  /** Truth groups the labels themselves mark as shared by everyone (shared-groups.json), e.g. WWI's Application. */
  sharedGroups: string[];
  /** Relations the application enforces without declared keys (relations.json), for FK-inference scoring. */
  relations?: Array<{ table: string; columns: string[]; refTable: string }>;
  /** truth file name (`truth`, `truth-coarse`, …) → table name → group. */
  truths: Map<string, Record<string, string>>;
}

/** A coarse logical type from a native type name: enough for reference inference to compare kinds. */
export function logicalType(native: string): LogicalType {
  const t = native.toLowerCase();
  if (/^(tiny|small|medium|big)?int|^integer|^serial|^bigserial/u.test(t))
    return { kind: 'integer', bytes: /big/u.test(t) ? 8 : 4 };
  if (/^(decimal|numeric)/u.test(t)) return { kind: 'decimal' };
  if (/^(float|double|real)/u.test(t)) return { kind: 'float', bytes: 8 };
  if (/^bool|^bit\(1\)/u.test(t)) return { kind: 'boolean' };
  if (/^(timestamp|datetime)/u.test(t)) return { kind: 'timestamp', withTimeZone: /with time zone/u.test(t) };
  if (/^date/u.test(t)) return { kind: 'date' };
  if (/^time/u.test(t)) return { kind: 'time' };
  if (/^uuid/u.test(t)) return { kind: 'uuid' };
  if (/char|text|clob/u.test(t)) return { kind: 'text' };
  if (/blob|binary|bytea/u.test(t)) return { kind: 'binary' };
  if (/^json/u.test(t)) return { kind: 'json' };
  return { kind: 'other', native };
}

const ACTIONS = new Set(['NO ACTION', 'RESTRICT', 'CASCADE', 'SET NULL', 'SET DEFAULT']);

export function toSnapshot(plain: PlainSchema): SchemaSnapshot {
  const schema = plain.dialect === 'mysql' ? plain.name : 'public';
  return {
    format: 'seam.snapshot',
    version: 1,
    engine: {
      dialect: plain.dialect,
      flavor: plain.dialect === 'mysql' ? 'mysql' : 'postgresql',
      version: 'dataset',
    },
    database: plain.name,
    schemas: [schema],
    capturedAt: '1970-01-01T00:00:00Z',
    source: `dataset:${plain.name}`,
    views: [],
    tables: plain.tables.map((t) => ({
      schema,
      name: t.name,
      columns: t.columns.map((c) => ({
        name: c.name,
        nativeType: c.type,
        type: logicalType(c.type),
        nullable: c.nullable,
        default: null,
      })),
      primaryKey: t.primaryKey,
      uniques: t.indexes.filter((i) => i.unique).map((i) => ({ name: i.name, columns: i.columns })),
      foreignKeys: t.foreignKeys.map((f, i) => {
        const action = (f.onDelete ?? 'NO ACTION').toUpperCase();
        const onDelete = (ACTIONS.has(action) ? action : 'NO ACTION') as 'NO ACTION';
        return {
          name: `${t.name}_fk${i + 1}`,
          columns: f.columns,
          referencedSchema: schema,
          referencedTable: f.refTable,
          referencedColumns: f.refColumns,
          onDelete,
          onUpdate: 'NO ACTION' as const,
        };
      }),
      indexes: t.indexes.map((i) => ({ name: i.name, columns: i.columns, unique: i.unique, primary: false })),
      rowEstimate: 0,
      bytes: 0,
      stats: null,
    })),
  };
}

export function loadDatasets(root: string): LabelledDataset[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const dir = join(root, name);
      const plain = JSON.parse(readFileSync(join(dir, 'schema.json'), 'utf8')) as PlainSchema;
      const truths = new Map<string, Record<string, string>>();
      for (const file of readdirSync(dir)
        .filter((f) => /^truth.*\.json$/u.test(f))
        .sort())
        truths.set(file.replace(/\.json$/u, ''), JSON.parse(readFileSync(join(dir, file), 'utf8')));
      const relationsFile = join(dir, 'relations.json');
      const relations = existsSync(relationsFile)
        ? JSON.parse(readFileSync(relationsFile, 'utf8'))
        : undefined;
      const sharedFile = join(dir, 'shared-groups.json');
      const sharedGroups = existsSync(sharedFile) ? JSON.parse(readFileSync(sharedFile, 'utf8')) : [];
      return {
        name,
        dialect: plain.dialect,
        dir,
        snapshot: toSnapshot(plain),
        truths,
        sharedGroups,
        relations,
      };
    });
}
