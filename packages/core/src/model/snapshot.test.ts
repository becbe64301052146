import { describe, expect, it } from 'vitest';
import type { SeamError } from '../errors/seam-error.js';
import { parseSnapshot, snapshotToJson } from './files.js';
import { type SchemaSnapshot, snapshotFingerprint } from './snapshot.js';

function snap(): SchemaSnapshot {
  return {
    format: 'seam.snapshot',
    version: 1,
    engine: { dialect: 'postgres', flavor: 'postgresql', version: '15.20' },
    database: 'shop',
    schemas: ['public'],
    capturedAt: '2026-11-26T00:00:00Z',
    source: 'postgres://u:hunter2@h/shop',
    tables: [
      {
        schema: 'public',
        name: 'orders',
        columns: [
          {
            name: 'id',
            nativeType: 'bigint',
            type: { kind: 'integer', bytes: 8 },
            nullable: false,
            default: null,
          },
          {
            name: 'total',
            nativeType: 'numeric(12,2)',
            type: { kind: 'decimal', precision: 12, scale: 2 },
            nullable: true,
            default: '0',
          },
        ],
        primaryKey: ['id'],
        uniques: [],
        foreignKeys: [],
        indexes: [{ name: 'orders_pkey', columns: ['id'], unique: true, primary: true }],
        rowEstimate: 10,
        bytes: 8192,
        stats: { reads: 1, inserts: 2, updates: 3, deletes: 0 },
      },
    ],
    views: [],
  };
}

describe('snapshot files', () => {
  it('round-trip and never keep a password', () => {
    const json = snapshotToJson(snap());
    expect(json).not.toContain('hunter2');
    expect(parseSnapshot(json).tables[0]?.columns[1]?.type).toEqual({
      kind: 'decimal',
      precision: 12,
      scale: 2,
    });
  });
  it('report the failing field', () => {
    const bad = snap() as unknown as { tables: Array<{ columns: Array<{ type: unknown }> }> };
    bad.tables[0]!.columns[0]!.type = { kind: 'integer', bytes: 5 };
    expect(() => parseSnapshot(JSON.stringify(bad))).toThrow(/tables\.0\.columns\.0\.type/);
  });
  it('refuse other versions and non-JSON with stable codes', () => {
    const codeOf = (text: string) => {
      try {
        parseSnapshot(text);
        return 'none';
      } catch (e) {
        return (e as SeamError).code;
      }
    };
    expect(codeOf(JSON.stringify({ ...snap(), version: 99 }))).toBe('SEAM_SNAPSHOT_VERSION');
    expect(codeOf('{not json')).toBe('SEAM_SNAPSHOT_INVALID');
  });
  it('fingerprints structure, not statistics', () => {
    const a = snap();
    const b = snap();
    b.tables[0]!.rowEstimate = 999;
    b.capturedAt = 'later';
    expect(snapshotFingerprint(b)).toBe(snapshotFingerprint(a));
    b.tables[0]!.columns[1]!.nullable = false;
    expect(snapshotFingerprint(b)).not.toBe(snapshotFingerprint(a));
  });
});
