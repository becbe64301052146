import { describe, expect, it } from 'vitest';
import type { ConnectSchema } from '../decode/connect-schema.js';
import type { ChangeEvent } from '../decode/envelope.js';
import { everyTypeRoute } from './fixtures.js';
import { schemaDrift } from './schema-drift.js';

const options = { decimalsAsText: false };

function withFields(fields: ConnectSchema[], row: Record<string, unknown> = {}): ChangeEvent {
  return {
    op: 'u',
    key: null,
    before: null,
    after: row,
    source: undefined,
    transaction: undefined,
    tsMs: undefined,
    shape: { id: JSON.stringify(fields), fields },
  };
}

const int32 = (field: string): ConnectSchema => ({ field, type: 'int32', optional: false });
const text = (field: string): ConnectSchema => ({ field, type: 'string', optional: true });
const decimal = (field: string, precision: number, scale: number): ConnectSchema => ({
  field,
  type: 'bytes',
  optional: true,
  name: 'org.apache.kafka.connect.data.Decimal',
  parameters: { scale: String(scale), 'connect.decimal.precision': String(precision) },
});

describe('schemaDrift', () => {
  it('says nothing while the mapped columns arrive with types their targets take', () => {
    const r = everyTypeRoute(['id', 'qty', 'name'], { integers: ['id', 'qty'] });
    expect(
      schemaDrift(r, withFields([int32('id'), int32('qty'), text('name'), text('extra')]), options),
    ).toBe(undefined);
  });

  it('names a mapped column that is gone (dropped or renamed)', () => {
    const r = everyTypeRoute(['id', 'qty', 'name'], { integers: ['id', 'qty'] });
    expect(schemaDrift(r, withFields([int32('id'), int32('qty'), text('full_name')]), options)).toEqual({
      missing: ['name'],
      retyped: [],
    });
  });

  it('names a column whose new type the target cannot hold: text or a fraction into an integer', () => {
    const r = everyTypeRoute(['id', 'qty', 'name'], { integers: ['id', 'qty'] });
    expect(schemaDrift(r, withFields([int32('id'), text('qty'), text('name')]), options)?.retyped).toEqual([
      { column: 'qty', now: 'text', target: 'integer' },
    ]);
    expect(
      schemaDrift(r, withFields([int32('id'), decimal('qty', 10, 2), text('name')]), options)?.retyped,
    ).toEqual([{ column: 'qty', now: 'decimal(10,2)', target: 'integer' }]);
    // Anything has a text form: a number into a text column is no change that matters.
    expect(schemaDrift(r, withFields([int32('id'), int32('qty'), int32('name')]), options)).toBe(undefined);
    // A whole decimal (an unsigned BIGINT in precise mode) still fits an integer column.
    expect(schemaDrift(r, withFields([int32('id'), decimal('qty', 20, 0), text('name')]), options)).toBe(
      undefined,
    );
  });

  it('names an integer wider than the target column holds', () => {
    const r = everyTypeRoute(['id', 'qty', 'name'], { integers: ['id', 'qty'] });
    r.columns[1]!.target.hint.bytes = 4;
    const int64 = (field: string): ConnectSchema => ({ field, type: 'int64', optional: true });
    expect(schemaDrift(r, withFields([int32('id'), int64('qty'), text('name')]), options)?.retyped).toEqual([
      { column: 'qty', now: 'a 64-bit integer', target: 'integer' },
    ]);
    r.columns[1]!.target.hint.bytes = 8;
    expect(schemaDrift(r, withFields([int32('id'), int64('qty'), text('name'), text('x')]), options)).toBe(
      undefined,
    );
  });

  it('reads schemaless events by their row', () => {
    const r = everyTypeRoute(['id', 'name']);
    const event = { ...withFields([], { id: 1 }), shape: undefined };
    expect(schemaDrift(r, event, options)).toEqual({ missing: ['name'], retyped: [] });
    expect(schemaDrift(r, { ...event, after: { id: 1, name: null } }, options)).toBe(undefined);
  });
});
