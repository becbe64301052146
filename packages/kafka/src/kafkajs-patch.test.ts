import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// kafkajs 2.2.4 is patched (patches/kafkajs@2.2.4.patch): its record decoder adds offsets and
// timestamps as numbers while they are safe and builds headers in one pass. These tests hold the
// patched decoder to what the protocol says, past 2^53 included.
const require = createRequire(import.meta.url);
const kafkajs = require.resolve('kafkajs');
const from = (path: string) => require(new URL(path, `file://${kafkajs}`).pathname);
const Decoder = from('./src/protocol/decoder.js');
const encodeRecord = from('./src/protocol/recordBatch/record/v0/index.js');
const decodeRecord = from('./src/protocol/recordBatch/record/v0/decoder.js');
const TimestampTypes = from('./src/protocol/timestampTypes.js');
const Long = from('./src/utils/long.js');

interface Decoded {
  offset: string;
  timestamp: string;
  key: Buffer | null;
  value: Buffer | null;
  headers: Record<string, Buffer | null | Array<Buffer | null>>;
}

function roundTrip(
  record: { offsetDelta?: number; timestampDelta?: unknown; headers?: Record<string, unknown> },
  context: Record<string, unknown>,
): Decoded {
  const encoded = encodeRecord({ key: Buffer.from('k'), value: Buffer.from('v'), ...record });
  const body = new Decoder(encoded.buffer).readVarIntBytes();
  return decodeRecord(new Decoder(body), context);
}

const context = (firstOffset: string, firstTimestamp: string) => ({
  firstOffset,
  firstTimestamp,
  magicByte: 2,
  timestampType: TimestampTypes.CREATE_TIME,
  maxTimestamp: '0',
});

describe('patched kafkajs record decoder', () => {
  it('adds offset and timestamp deltas exactly, below and beyond 2^53', () => {
    const small = roundTrip({ offsetDelta: 3, timestampDelta: 123 }, context('41', '1795691992582'));
    expect(small.offset).toBe('44');
    expect(small.timestamp).toBe('1795691992705');
    const big = roundTrip({ offsetDelta: 5 }, context('9007199254740990', '1'));
    expect(big.offset).toBe('9007199254740995');
    const negative = roundTrip({ timestampDelta: -5 }, context('0', '1000'));
    expect(negative.timestamp).toBe('995');
  });

  it('reads timestamp deltas too long for a number through Long', () => {
    const delta = Long.fromValue('1152921504606846977'); // 2^60 + 1: a 9-byte varlong
    const r = roundTrip({ timestampDelta: delta }, context('0', '10'));
    expect(r.timestamp).toBe('1152921504606846987');
    expect(r.key?.toString()).toBe('k');
    expect(r.value?.toString()).toBe('v');
  });

  it('takes the batch max timestamp under LOG_APPEND_TIME', () => {
    const r = roundTrip(
      { timestampDelta: 7 },
      { ...context('0', '10'), timestampType: TimestampTypes.LOG_APPEND_TIME, maxTimestamp: '99' },
    );
    expect(r.timestamp).toBe('99');
  });

  it('keeps every header, repeated names as arrays, any name as an own property', () => {
    const headers: Record<string, unknown> = {
      a: Buffer.from('1'),
      twice: [Buffer.from('x'), Buffer.from('y'), Buffer.from('z')],
      constructor: Buffer.from('c'),
    };
    // A header really named __proto__ (an object literal would set the prototype instead).
    Object.defineProperty(headers, '__proto__', { value: Buffer.from('p'), enumerable: true });
    const r = roundTrip({ headers }, context('0', '0'));
    expect(r.headers.a?.toString()).toBe('1');
    expect((r.headers.twice as Buffer[]).map(String)).toEqual(['x', 'y', 'z']);
    expect(Object.hasOwn(r.headers, '__proto__')).toBe(true);
    expect(String(Object.getOwnPropertyDescriptor(r.headers, '__proto__')?.value)).toBe('p');
    expect(Object.getPrototypeOf(r.headers)).toBe(Object.prototype);
    expect(String(r.headers.constructor)).toBe('c');
  });
});
