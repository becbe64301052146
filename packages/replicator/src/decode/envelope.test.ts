import { describe, expect, it } from 'vitest';
import type { ColumnHint } from './column-hint.js';
import { type ChangeEvent, snapshotOf, TopicDecoder } from './envelope.js';
import { buf, loadRecording, withoutSchema } from './fixtures.js';
import { JsonMessageParser } from './json-text.js';
import { TransactionMarkerDecoder, transactionKey } from './transaction-marker.js';
import { Placeholders, UNAVAILABLE } from './unavailable.js';

const placeholders = new Placeholders();

function decodeAll(name: 'postgres' | 'mariadb', decoder = new TopicDecoder({ placeholders })) {
  const rec = loadRecording(name);
  return rec.events
    .filter((e) => !e.topic.endsWith('.transaction'))
    .map((e) => ({ event: decoder.decode(buf(e.key), buf(e.value)) as ChangeEvent, headers: e.headers }));
}

describe('PostgreSQL events (Debezium 3.6.1, embedded schemas)', () => {
  const events = decodeAll('postgres');

  it('reads ops r, u, d, tombstone, c and t in order, with keys', () => {
    expect(events.map((e) => e.event.op)).toEqual([
      'r',
      'r',
      'r',
      'u',
      'd',
      'tombstone',
      'c',
      'd',
      'tombstone',
      'u',
      'u',
      't',
    ]);
    expect(events[4]!.event.key).toEqual({ id: 3 });
    expect(events[4]!.headers['__debezium.newkey']).toBe('{"id":20}');
    expect(events[6]!.event.key).toEqual({ id: 20 });
    expect(events[6]!.headers['__debezium.oldkey']).toBe('{"id":3}');
    expect(events[5]!.event.key).toEqual({ id: 3 });
    expect(events[11]!.event.key).toBeNull();
  });

  it('decodes every type exactly', () => {
    const row = events[1]!.event.after!;
    expect(row).toMatchObject({
      id: 2,
      c_bool: true,
      c_int2: 12,
      c_int4: 1234,
      c_int8: 1234567890123,
      c_num: '1234.560000',
      c_num_free: '3.14159265358979323846',
      c_real: 1.5,
      c_double: 2.25,
      c_char: 'abc',
      c_varchar: 'Ünïcode ☕ 中文',
      c_text: '',
      c_date: '2024-03-15',
      c_time: '12:34:56.789012',
      c_time3: '12:34:56.789',
      c_ts: '2024-03-15 12:34:56.789012',
      c_ts3: '2024-03-15 12:34:56.789',
      c_tstz: '2024-03-15T10:34:56.789012Z',
      c_interval: '1 days 02:03:04.5',
      c_json: '{"a": [1, 2, {"b": null}], "ü": "☕"}',
      c_jsonb: '{"a": "x", "z": 1}',
      c_uuid: 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11',
      c_enum: 'happy',
      c_bit1: true,
      c_bits: '1010101010',
      c_varbit: '101',
      c_int_arr: [1, null, -3],
      c_text_arr: ['a,b', 'c"d', null, ''],
    });
    expect(row.c_bytea).toEqual(Buffer.from([0, 1, 2, 255]));
    expect(typeof row.c_big_text).toBe('string');
    expect((row.c_big_text as string).length).toBe(40_000);
  });

  it('keeps extremes and ±infinity without loss', () => {
    const row = events[2]!.event.after!;
    expect(row).toMatchObject({
      c_int2: -32768,
      c_int4: 2147483647,
      c_int8: '9223372036854775807',
      c_num: '-99999999999999.999999',
      c_num_free: '-123456789012345678901234567890.12345678901234567890123456789',
      c_real: -3.4e38,
      c_double: 1.7976931348623157e308,
      c_char: '   ',
      c_text: 'line\nbreak\ttab "quote" \\ backslash',
      c_date: '9999-12-31',
      c_time: '23:59:59.999999',
      c_time3: '00:00:00',
      c_ts: 'infinity',
      c_ts3: '-infinity',
      c_tstz: 'infinity',
      c_bits: '1',
      c_varbit: '',
      c_int_arr: [],
    });
    expect(row.c_bytea).toEqual(Buffer.alloc(0));
  });

  it('marks unchanged TOASTed values unavailable, per type', () => {
    const update = events[3]!.event;
    expect(update.before).toBeNull();
    expect(update.after!.c_varchar).toBe('toast untouched');
    expect(update.after!.c_big_text).toBe(UNAVAILABLE);
    expect(update.after!.c_big_bytea).toBe(UNAVAILABLE);
    expect(update.after!.c_big_arr).toBe(UNAVAILABLE);
    expect(update.after!.c_text).toBe('');
  });

  it('carries the source position and the transaction', () => {
    const update = events[9]!.event;
    expect(update.source).toMatchObject({ connector: 'postgresql', schema: 'public', table: 'every_type' });
    expect(update.source!.lsn).toMatch(/^\d+$/);
    expect(update.transaction!.id).toMatch(/^\d+:\d+$/);
    expect(events[0]!.event.source!.snapshot).toBe('first');
    expect(update.source!.snapshot).toBeUndefined();
    expect(transactionKey(events[9]!.event.transaction!.id)).toBe(
      transactionKey(events[10]!.event.transaction!.id),
    );
  });

  it('decodes the same events written without embedded schemas, from column hints', () => {
    const hints: Record<string, ColumnHint> = {
      id: { kind: 'integer' },
      c_num: { kind: 'decimal', precision: 20, scale: 6 },
      c_num_free: { kind: 'decimal' },
      c_bytea: { kind: 'binary' },
      c_date: { kind: 'date' },
      c_time: { kind: 'time', precision: 6 },
      c_time3: { kind: 'time', precision: 3 },
      c_ts: { kind: 'timestamp', precision: 6 },
      c_ts3: { kind: 'timestamp', precision: 3 },
      c_tstz: { kind: 'timestamptz', precision: 6 },
      c_interval: { kind: 'interval' },
      c_bits: { kind: 'bit', length: 10 },
      c_int8: { kind: 'integer' },
      c_big_bytea: { kind: 'binary' },
      c_big_arr: { kind: 'array', element: { kind: 'text' } },
      c_int_arr: { kind: 'array', element: { kind: 'integer' } },
    };
    const decoder = new TopicDecoder({ placeholders, hintFor: (f) => hints[f], flavor: 'postgresql' });
    const rec = loadRecording('postgres').events.filter((e) => !e.topic.endsWith('.transaction'));
    const plain = rec.map(
      (e) => decoder.decode(buf(withoutSchema(e.key)), buf(withoutSchema(e.value))) as ChangeEvent,
    );
    const withSchema = decodeAll('postgres');
    for (const [i, e] of plain.entries()) {
      expect(e.op).toBe(withSchema[i]!.event.op);
      expect(e.key).toEqual(withSchema[i]!.event.key);
      if (!e.after) continue;
      for (const column of Object.keys(hints)) {
        expect([i, column, e.after[column]]).toEqual([i, column, withSchema[i]!.event.after![column]]);
      }
    }
  });
});

describe('MariaDB events (Debezium 3.5.0, embedded schemas)', () => {
  const events = decodeAll('mariadb');

  it('decodes every type exactly', () => {
    const ops = events.map((e) => e.event.op);
    expect(ops).toEqual(['r', 'r', 'r', 'u', 'd', 'tombstone', 'c', 'd', 'tombstone', 't']);
    const row = events[1]!.event.after!;
    expect(row).toMatchObject({
      c_bool: 1,
      c_tiny: -5,
      c_small: 65535,
      c_med: -8388608,
      c_dec: '1234.560000',
      c_date: '2024-03-15',
      c_time: '-838:59:59',
      c_datetime: '2024-03-15 12:34:56',
      c_datetime3: '2024-03-15 12:34:56.789',
      c_datetime6: '2024-03-15 12:34:56.789012',
      c_ts: '2024-03-15T12:34:56.789012Z',
      c_year: 2024,
      c_enum: 'happy',
      c_set: 'a,c',
      c_bit1: true,
      c_bits: '1010101010',
      c_uuid: 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11',
    });
    expect(row.c_binary).toEqual(Buffer.from([0, 1, 2, 255]));
    const extreme = events[2]!.event.after!;
    expect(extreme).toMatchObject({
      c_big: '9223372036854775807',
      c_time: '838:59:59.999999',
      c_datetime: '1000-01-01 00:00:00',
      c_datetime3: '9999-12-31 23:59:59.999',
      c_datetime6: '1970-01-01 00:00:00.000001',
      c_bits: '1',
    });
    // The old row of an update is not needed (upserts carry the whole new row), so it is not decoded.
    expect(events[3]!.event.before).toBeNull();
    expect(events[7]!.event.before).toMatchObject({ id: 1 });
    expect(events[3]!.event.source).toMatchObject({
      connector: 'mariadb',
      gtid: expect.stringMatching(/^0-1-\d+$/),
    });
  });
});

describe('transaction metadata', () => {
  it('reads BEGIN and END with per-collection counts', () => {
    const rec = loadRecording('postgres');
    const decoder = new TransactionMarkerDecoder();
    const markers = rec.events
      .filter((e) => e.topic.endsWith('.transaction'))
      .map((e) => decoder.decode(buf(e.value))!);
    expect(markers.map((m) => m.status)).toEqual([
      'BEGIN',
      'END',
      'BEGIN',
      'END',
      'BEGIN',
      'END',
      'BEGIN',
      'END',
      'BEGIN',
      'END',
    ]);
    const end = markers[7]!;
    expect(end.eventCount).toBe(2);
    expect([...end.collections]).toEqual([['public.every_type', 2]]);
    expect(end.key).toBe(markers[6]!.key);
  });
});

describe('source blocks read when needed', () => {
  // The decoder cuts each event's source block out of the payload and parses it only when read:
  // what it then gives must be what the whole message says, for every recorded event.
  for (const name of ['postgres', 'mariadb'] as const) {
    it(`gives each ${name} event the source and snapshot marker of its message`, () => {
      const decoder = new TopicDecoder({ placeholders });
      const recorded = loadRecording(name).events.filter((e) => !e.topic.endsWith('.transaction') && e.value);
      expect(recorded.length).toBeGreaterThan(5);
      for (const e of recorded) {
        const event = decoder.decode(buf(e.key), buf(e.value)) as ChangeEvent;
        const whole = JSON.parse(e.value!).payload.source as Record<string, unknown>;
        const marker = whole.snapshot;
        const expected = typeof marker === 'string' && marker !== 'false' ? marker : undefined;
        // The marker first (without parsing the block), then the block itself.
        expect(snapshotOf(event)).toBe(expected);
        expect(event.source).toMatchObject({ connector: whole.connector, table: whole.table });
        expect(event.source?.snapshot).toBe(expected);
        if (whole.lsn !== undefined) expect(event.source?.lsn).toBe(String(whole.lsn));
        if (whole.pos !== undefined) expect(event.source?.pos).toBe(whole.pos);
      }
    });
  }

  it('cuts the block out of the payload once the schema is known', () => {
    const e = loadRecording('postgres').events.find((x) => x.value && !x.topic.endsWith('.transaction'))!;
    const parser = new JsonMessageParser({ envelope: true });
    expect(parser.parse(buf(e.value)!).sourceText).toBeUndefined();
    const again = parser.parse(buf(e.value)!);
    expect(JSON.parse(again.sourceText!)).toEqual(JSON.parse(e.value!).payload.source);
    expect(again.payload).not.toHaveProperty('source');
    expect(again.payload).toHaveProperty('op');
  });

  it('keeps a source block whose strings hold braces, quotes and the markers themselves', () => {
    const rec = loadRecording('postgres');
    const first = rec.events.find((e) => e.value && !e.topic.endsWith('.transaction'))!;
    const hostile = 'db},"transaction":{"snapshot":"last","source":{';
    const encoded = JSON.stringify(hostile).slice(1, -1);
    const value = first
      .value!.replace(/"db":"[^"]*"/g, () => `"db":"${encoded}"`)
      .replace(/"snapshot":"[^"]*"/g, '"snapshot":"true"');
    const decoder = new TopicDecoder({ placeholders });
    decoder.decode(buf(first.key), buf(first.value)); // learns the schema
    for (let i = 0; i < 2; i++) {
      const event = decoder.decode(buf(first.key), buf(value)) as ChangeEvent;
      expect(snapshotOf(event)).toBe('true');
      expect(event.source?.db).toBe(hostile);
      expect(event.after).toEqual((decoder.decode(buf(first.key), buf(first.value)) as ChangeEvent).after);
    }
  });
});
