import { describe, expect, it } from 'vitest';
import type { ConnectSchema } from './connect-schema.js';
import { ExactNumber, JsonMessageParser } from './json-text.js';
import { roundingCheck } from './rounding-check.js';

const row = (fields: ConnectSchema[]): ConnectSchema => ({ type: 'struct', fields });
const envelope = (rowSchema: ConnectSchema): ConnectSchema => ({
  type: 'struct',
  fields: [
    { ...rowSchema, field: 'before', optional: true },
    { ...rowSchema, field: 'after', optional: true },
    {
      type: 'struct',
      field: 'source',
      fields: [
        { type: 'int64', field: 'lsn' },
        { type: 'int64', field: 'ts_ns' },
      ],
    },
    { type: 'string', field: 'op' },
    { type: 'int64', field: 'ts_ns' },
  ],
});
const decimal: ConnectSchema = {
  type: 'bytes',
  name: 'org.apache.kafka.connect.data.Decimal',
  parameters: { scale: '2' },
};

describe('roundingCheck', () => {
  const items = envelope(
    row([
      { type: 'int64', field: 'id' },
      { ...decimal, field: 'amount' },
    ]),
  );
  const check = roundingCheck(items, true);
  const event = (after: unknown, source = { lsn: 1, ts_ns: 1.7e18 }) => ({
    before: null,
    after,
    source,
    op: 'c',
    ts_ns: 1.795e18,
  });

  it('passes safe integers, base64 decimals and the unread ts_ns fields', () => {
    expect(typeof check).toBe('function');
    if (typeof check !== 'function') return;
    expect(check(event({ id: 9007199254740991, amount: 'AQ==' }))).toBe(false);
  });

  it('flags an int64 past 2^53, in a row or in the source block, and a decimal sent as a number', () => {
    if (typeof check !== 'function') throw new Error('no check');
    expect(check(event({ id: 9007199254740992, amount: 'AQ==' }))).toBe(true);
    expect(check(event({ id: 1, amount: 12.5 }))).toBe(true);
    expect(check(event({ id: 1, amount: null }, { lsn: 2 ** 60, ts_ns: 1 }))).toBe(true);
  });

  it('never skips a row column that happens to be called ts_ns', () => {
    const c = roundingCheck(envelope(row([{ type: 'int64', field: 'ts_ns' }])), true);
    if (typeof c !== 'function') throw new Error('no check');
    expect(c(event({ ts_ns: 2 ** 60 }))).toBe(true);
  });

  it('needs no check for types JSON.parse cannot round, and scans maps of int64', () => {
    const plain = row([
      { type: 'string', field: 's' },
      { type: 'float64', field: 'f' },
      { type: 'int32', field: 'i' },
    ]);
    expect(roundingCheck(plain, false)).toBe('none');
    const map = row([{ type: 'map', field: 'm', keys: { type: 'string' }, values: { type: 'int64' } }]);
    expect(roundingCheck(map, false)).toBe('scan');
    const list = roundingCheck(row([{ type: 'array', field: 'a', items: { type: 'int64' } }]), false);
    if (typeof list !== 'function') throw new Error('no check');
    expect(list({ a: [1, 2 ** 60] })).toBe(true);
    expect(list({ a: [1, 2] })).toBe(false);
  });
});

describe('JsonMessageParser with a remembered schema', () => {
  it('keeps every digit of an int64 past 2^53 and of a numeric decimal', () => {
    const schema = envelope(
      row([
        { type: 'int64', field: 'id' },
        { ...decimal, field: 'amount' },
      ]),
    );
    const message = (payload: string) =>
      Buffer.from(`{"schema":${JSON.stringify(schema)},"payload":${payload}}`);
    const parser = new JsonMessageParser({ envelope: true });
    const payload = (id: string, amount: string) =>
      `{"before":null,"after":{"id":${id},"amount":${amount}},"source":{"lsn":5,"ts_ns":1795691992582612000},"op":"c","ts_ns":1795691992639510983}`;
    // The first message teaches the parser the schema; the next ones take the remembered path.
    parser.parse(message(payload('1', '"AQ=="')));
    const safe = parser.parse(message(payload('2', '"AQ=="'))).payload as { after: { id: unknown } };
    expect(safe.after.id).toBe(2);
    const big = parser.parse(message(payload('12345678901234567890', '"AQ=="'))).payload as {
      after: { id: unknown };
    };
    expect(big.after.id).toEqual(new ExactNumber('12345678901234567890'));
    const numeric = parser.parse(message(payload('3', '1.00000000000000000001'))).payload as {
      after: { amount: unknown };
    };
    expect(numeric.after.amount).toEqual(new ExactNumber('1.00000000000000000001'));
  });
});
