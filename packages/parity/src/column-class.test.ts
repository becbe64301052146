import { describe, expect, it } from 'vitest';
import { pairColumns } from './column-class.js';
import type { ColumnInfo } from './types.js';

const col = (kind: ColumnInfo['kind'], extra: Partial<ColumnInfo> = {}): ColumnInfo => ({
  name: 'c',
  kind,
  native: extra.native ?? kind,
  nullable: true,
  ...extra,
});
const cross = { source: 'postgres', target: 'mysql' } as const;
const back = { source: 'mysql', target: 'postgres' } as const;

describe('pairColumns', () => {
  it('compares through the homes seam generate chooses (@seam/ddl), and only those', () => {
    const home = (s: ColumnInfo, t: ColumnInfo, dialects: typeof cross | typeof back = cross) => {
      const p = pairColumns(s, t, dialects, false);
      return 'problem' in p ? p.problem : [p.source.cls, p.target.home ?? 'direct'];
    };
    const text = col('text', { native: 'varchar(32)' });
    expect(home(col('float8'), text)).toEqual(['float', 'float-text']);
    expect(home(col('decimal'), col('text', { native: 'mediumtext' }))).toEqual(['number', 'decimal-text']);
    expect(home(col('array', { native: 'text[]' }), col('json'))).toEqual(['json', 'json-array']);
    expect(home(col('interval'), text)).toEqual(['text', 'interval-text']);
    expect(home(col('other', { native: 'tsvector' }), col('text', { native: 'longtext' }))).toEqual([
      'text',
      'source-text',
    ]);
    expect(home(col('time'), col('interval'), back)).toEqual(['time', 'time-interval']);
    // ±infinity timestamps compare as the range ends MySQL stores.
    const ts = pairColumns(
      col('timestamp', { precision: 6 }),
      col('timestamp', { precision: 3 }),
      cross,
      false,
    );
    expect('problem' in ts ? ts : ts.source.ends).toEqual({ digits: 3 });
    // Not a home generate would choose: still incompatible.
    expect(home(col('float8'), col('int'))).toMatch(/incompatible types/);
    expect(home(col('decimal', { scale: 2 }), text)).toMatch(/incompatible types/);
    expect(home(col('interval'), col('interval'), back)).toMatch(/incompatible types/);
    // A home is not a key.
    const key = pairColumns(col('float8'), text, cross, true);
    expect('problem' in key && key.problem).toMatch(/key column/);
  });

  it('gives numbers, booleans and decimals one class across engines', () => {
    expect(pairColumns(col('bool'), col('int'), cross, false)).toMatchObject({
      source: { cls: 'number' },
      soft: false,
    });
    expect(
      pairColumns(col('decimal', { scale: 20 }), col('int', { unsigned: true }), cross, true),
    ).toMatchObject({ target: { cls: 'number' } });
  });
  it('reduces a more precise source timestamp with the target engine rule', () => {
    const toMaria = pairColumns(
      col('timestamp', { precision: 6 }),
      col('timestamp', { precision: 3 }),
      cross,
      false,
    );
    expect(toMaria).toMatchObject({ source: { reduce: { digits: 3, rule: 'truncate' } } });
    const toPg = pairColumns(
      col('timestamp', { precision: 6 }),
      col('timestamp', { precision: 0 }),
      { source: 'mysql', target: 'postgres' },
      false,
    );
    expect(toPg).toMatchObject({ source: { reduce: { digits: 0, rule: 'round' } } });
    expect(
      pairColumns(col('timestamp', { precision: 3 }), col('timestamp', { precision: 6 }), cross, false),
    ).not.toHaveProperty('source.reduce');
  });
  it('trims CHAR(n) on both sides, compares cross-engine JSON as documents, maps UUID text and BINARY(16)', () => {
    expect(pairColumns(col('char'), col('text'), cross, false)).toMatchObject({
      source: { rtrim: true },
      target: { rtrim: true },
    });
    expect(
      pairColumns(col('json', { native: 'jsonb' }), col('json', { native: 'longtext' }), cross, false),
    ).toMatchObject({ soft: true });
    expect(
      pairColumns(
        col('json', { native: 'jsonb' }),
        col('json', { native: 'jsonb' }),
        { source: 'postgres', target: 'postgres' },
        false,
      ),
    ).toMatchObject({ soft: false });
    expect(pairColumns(col('uuid'), col('binary', { length: 16 }), cross, true)).toMatchObject({
      target: { cls: 'uuid' },
    });
  });
  it('refuses incompatible types and unsupported keys with a reason', () => {
    expect(pairColumns(col('int', { native: 'integer' }), col('date'), cross, false)).toEqual({
      problem: 'incompatible types: integer on the source, date on the target',
    });
    expect(pairColumns(col('float8'), col('float8'), cross, true)).toHaveProperty('problem');
    expect(
      pairColumns(col('other', { native: 'interval' }), col('other', { native: 'time' }), cross, false),
    ).toHaveProperty('problem');
    expect(
      pairColumns(
        col('other', { native: 'int4[]' }),
        col('other', { native: 'int4[]' }),
        { source: 'postgres', target: 'postgres' },
        false,
      ),
    ).toMatchObject({ source: { cls: 'native' } });
  });
});
