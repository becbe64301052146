import { describe, expect, it } from 'vitest';
import { mysqlValue } from '../apply/mysql/encode.js';
import { pgText } from '../apply/postgres/encode.js';
import { codecForSchema } from './codec.js';
import { codecForHint } from './column-hint.js';
import type { ConnectSchema } from './connect-schema.js';
import { logicalTypeOfField } from './field-type.js';
import { Placeholders } from './unavailable.js';

const placeholders = new Placeholders();
const decode = (schema: ConnectSchema, raw: unknown) => codecForSchema(schema, placeholders)(raw);

// Field schemas and values as Debezium 3.6.1's PostgreSQL connector sent them (recorded with the
// connector settings seam generate writes: decimal.handling.mode=string, datatype.propagate.source.type).
const numeric = (length: string, scale?: string): ConnectSchema => ({
  type: 'string',
  optional: true,
  field: 'n',
  parameters: {
    '__debezium.source.column.type': 'NUMERIC',
    '__debezium.source.column.length': length,
    ...(scale ? { '__debezium.source.column.scale': scale } : {}),
  },
});

describe('PostgreSQL special values from Debezium', () => {
  it('reads real/double NaN and ±Infinity, which arrive as strings', () => {
    for (const type of ['float', 'double']) {
      const schema: ConnectSchema = { type, optional: true, field: 'r' };
      expect(decode(schema, 'NaN')).toBeNaN();
      expect(decode(schema, 'Infinity')).toBe(Number.POSITIVE_INFINITY);
      expect(decode(schema, '-Infinity')).toBe(Number.NEGATIVE_INFINITY);
      expect(decode(schema, 1.5)).toBe(1.5);
      expect(() => decode(schema, 'nan')).toThrow(/expected a number/);
      expect(() => decode(schema, 'Inf')).toThrow(/expected a number/);
    }
    const element: ConnectSchema = {
      type: 'array',
      optional: true,
      items: { type: 'double', optional: true },
    };
    expect(decode(element, ['NaN', 2, null])).toEqual([Number.NaN, 2, null]);
  });

  it('reads numeric NaN and ±Infinity in string mode, and keeps every digit', () => {
    expect(decode(numeric('0'), 'NAN')).toBe('NaN');
    expect(decode(numeric('0'), 'POSITIVE_INFINITY')).toBe('Infinity');
    expect(decode(numeric('0'), 'NEGATIVE_INFINITY')).toBe('-Infinity');
    expect(decode(numeric('10', '2'), 'NAN')).toBe('NaN');
    const long = '12345678901234.12345678901234567890123456789012345';
    expect(decode(numeric('0'), long)).toBe(long);
    expect(() => decode(numeric('0'), 'twelve')).toThrow(/decimal/);
    // A text column holding the same words is text.
    expect(decode({ type: 'string', optional: true, field: 't' }, 'NAN')).toBe('NAN');
  });

  it('types a string-mode numeric as a decimal with its declared precision and scale', () => {
    expect(logicalTypeOfField(numeric('0'))).toEqual({ kind: 'decimal' });
    expect(logicalTypeOfField(numeric('10', '2'))).toEqual({ kind: 'decimal', precision: 10, scale: 2 });
  });

  it('reads date ±infinity (sent as day counts no date has) and timestamp ±infinity', () => {
    const date: ConnectSchema = { type: 'int32', optional: true, name: 'io.debezium.time.Date', field: 'd' };
    expect(decode(date, -622191234)).toBe('infinity');
    expect(decode(date, -625821272)).toBe('-infinity');
    // Streamed (pgoutput) rather than read by the snapshot: PostgreSQL's int ends moved from 2000 to 1970.
    expect(decode(date, -2147472691)).toBe('-infinity');
    expect(decode(date, -2147472692)).toBe('infinity');
    expect(decode(date, -2147472690)).toMatch(/ BC$/);
    expect(decode(date, 19723)).toBe('2024-01-01');
    const ts: ConnectSchema = {
      type: 'int64',
      optional: true,
      name: 'io.debezium.time.MicroTimestamp',
      field: 't',
    };
    expect(decode(ts, 1704067200000000)).toBe('2024-01-01 00:00:00');
  });

  it('reads the same values without schemas, by the target column', () => {
    const float = codecForHint({ kind: 'float' }, 'postgresql', { decimalHandling: 'string' }, placeholders);
    expect(float('NaN')).toBeNaN();
    expect(float('-Infinity')).toBe(Number.NEGATIVE_INFINITY);
    expect(float('2.5')).toBe(2.5);
    const dec = codecForHint({ kind: 'decimal' }, 'postgresql', { decimalHandling: 'string' }, placeholders);
    expect(dec('POSITIVE_INFINITY')).toBe('Infinity');
  });
});

describe('writing special values', () => {
  it('writes them exactly into PostgreSQL', () => {
    expect(pgText(Number.NaN, { kind: 'float' })).toBe('NaN');
    expect(pgText(Number.NEGATIVE_INFINITY, { kind: 'float' })).toBe('-Infinity');
    expect(pgText('Infinity', { kind: 'decimal' })).toBe('Infinity');
  });

  it('writes their text into a MySQL text home and refuses a numeric MySQL column', () => {
    expect(mysqlValue(Number.NaN, { kind: 'text' })).toBe('NaN');
    expect(mysqlValue(Number.POSITIVE_INFINITY, { kind: 'text' })).toBe('Infinity');
    expect(mysqlValue(0.1, { kind: 'text' })).toBe('0.1');
    expect(mysqlValue(1e21, { kind: 'text' })).toBe('1e+21');
    expect(mysqlValue('-Infinity', { kind: 'text' })).toBe('-Infinity');
    expect(() => mysqlValue(Number.NaN, { kind: 'float' })).toThrow(/NaN has no float value/);
    expect(() => mysqlValue('NaN', { kind: 'decimal' })).toThrow(/NaN has no decimal value/);
    expect(mysqlValue(1.5, { kind: 'float' })).toBe(1.5);
  });

  it('writes ±infinity dates and timestamps at the ends of MySQL ranges, -infinity at year 0', () => {
    expect(mysqlValue('infinity', { kind: 'timestamp' })).toBe('9999-12-31 23:59:59.999999');
    expect(mysqlValue('-infinity', { kind: 'timestamp' })).toBe('0000-01-01 00:00:00');
    expect(mysqlValue('infinity', { kind: 'date' })).toBe('9999-12-31');
    expect(mysqlValue('-infinity', { kind: 'date' })).toBe('0000-01-01');
  });
});
