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

describe('pairColumns', () => {
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
