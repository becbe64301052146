import { describe, expect, it } from 'vitest';
import { mysqlLogicalType } from '../mysql/logical-type.js';
import { pgLogicalType } from './logical-type.js';

describe('PostgreSQL types → logical types', () => {
  it('maps format_type spellings with their modifiers', () => {
    expect(pgLogicalType('character varying(40)')).toEqual({ kind: 'text', length: 40 });
    expect(pgLogicalType('numeric(12,2)')).toEqual({ kind: 'decimal', precision: 12, scale: 2 });
    expect(pgLogicalType('timestamp(3) with time zone')).toEqual({
      kind: 'timestamp',
      precision: 3,
      withTimeZone: true,
    });
    expect(pgLogicalType('time without time zone')).toEqual({ kind: 'time' });
    expect(pgLogicalType('bigint', { identity: true })).toEqual({
      kind: 'integer',
      bytes: 8,
      autoIncrement: true,
    });
    expect(pgLogicalType('integer[]')).toEqual({ kind: 'array', element: { kind: 'integer', bytes: 4 } });
    expect(pgLogicalType('interval day to second(3)')).toEqual({ kind: 'interval' });
    expect(pgLogicalType('mood', { enumName: 'mood', enumValues: ['sad', 'ok'] })).toEqual({
      kind: 'enum',
      values: ['sad', 'ok'],
      name: 'mood',
    });
    expect(pgLogicalType('geometry(Point,4326)')).toEqual({ kind: 'other', native: 'geometry(Point,4326)' });
  });
});

describe('MySQL/MariaDB types → logical types', () => {
  const col = (
    data_type: string,
    column_type: string,
    extra: Partial<Parameters<typeof mysqlLogicalType>[0]> = {},
  ) =>
    mysqlLogicalType({
      data_type,
      column_type,
      char_length: null,
      precision: null,
      scale: null,
      datetime_precision: null,
      charset: null,
      collation: null,
      extra: '',
      ...extra,
    });
  it('maps information_schema columns', () => {
    expect(col('tinyint', 'tinyint(1)')).toEqual({ kind: 'boolean' });
    expect(col('bigint', 'bigint(20) unsigned', { extra: 'auto_increment' })).toEqual({
      kind: 'integer',
      bytes: 8,
      unsigned: true,
      autoIncrement: true,
    });
    expect(col('decimal', 'decimal(12,2)', { precision: 12, scale: 2 })).toEqual({
      kind: 'decimal',
      precision: 12,
      scale: 2,
    });
    expect(
      col('varchar', 'varchar(80)', { char_length: 80, charset: 'utf8mb4', collation: 'utf8mb4_bin' }),
    ).toEqual({
      kind: 'text',
      length: 80,
      charset: 'utf8mb4',
      collation: 'utf8mb4_bin',
    });
    expect(col('datetime', 'datetime(6)', { datetime_precision: 6 })).toEqual({
      kind: 'timestamp',
      withTimeZone: false,
      precision: 6,
    });
    // A DATETIME's 0 fractional digits are kept: a PostgreSQL service must not hold microseconds.
    expect(col('datetime', 'datetime', { datetime_precision: 0 })).toEqual({
      kind: 'timestamp',
      withTimeZone: false,
      precision: 0,
    });
    expect(col('time', 'time', { datetime_precision: 0 })).toEqual({ kind: 'time', precision: 0 });
    expect(col('enum', "enum('a','b')")).toEqual({ kind: 'enum', values: ['a', 'b'] });
    expect(col('set', "set('x','y')")).toEqual({ kind: 'set', values: ['x', 'y'] });
    expect(col('geometry', 'geometry')).toEqual({ kind: 'other', native: 'geometry' });
  });
});
