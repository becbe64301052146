import { describe, expect, it } from 'vitest';
import { ExactNumber, JsonMessageParser, needsLossless, parseExact } from './json-text.js';

describe('needsLossless', () => {
  it('lets safe numbers, words and ts_ns through to JSON.parse', () => {
    expect(needsLossless('{"id":9007199254740991,"ts_us":1710506096789012}')).toBe(false);
    expect(needsLossless('{"ts_ns":1710506096789012345,"name":"a12345678901234567"}')).toBe(false);
    expect(needsLossless('{"x":0.1234567890123}')).toBe(false);
  });

  it('flags integers beyond 2^53 and decimals with more digits than a double holds', () => {
    expect(needsLossless('{"id":9007199254740992}')).toBe(true);
    expect(needsLossless('{"id":-12345678901234567}')).toBe(true);
    expect(needsLossless('{"x":1.2345678901234567}')).toBe(true);
    expect(needsLossless('[12345678901234567890]')).toBe(true);
  });

  it('keeps such numbers exact', () => {
    const parsed = parseExact('{"a":12345678901234567890,"b":1,"ts_ns":1710506096789012345}') as Record<
      string,
      unknown
    >;
    expect(parsed.a).toEqual(new ExactNumber('12345678901234567890'));
    expect(parsed.b).toBe(1);
  });
});

describe('JsonMessageParser cutting the source block out of an envelope', () => {
  const vsd = (field: string) => ({
    type: 'struct',
    field,
    fields: [
      { type: 'int32', field: 'scale' },
      { type: 'bytes', field: 'value' },
    ],
  });
  // A row whose struct columns are named like the envelope's fields around the source block.
  const row = { type: 'struct', fields: [{ type: 'int32', field: 'id' }, vsd('source'), vsd('transaction')] };
  const schema = {
    type: 'struct',
    fields: [
      { ...row, field: 'before', optional: true },
      { ...row, field: 'after', optional: true },
      { type: 'struct', field: 'source', optional: true, fields: [{ type: 'string', field: 'db' }] },
      { ...vsd('transaction'), optional: true },
      { type: 'string', field: 'op' },
    ],
  };
  const after = '{"id":1,"source":{"scale":0,"value":"AQ=="},"transaction":{"scale":1,"value":"Ag=="}}';
  const message = (source: string) =>
    Buffer.from(
      `{"schema":${JSON.stringify(schema)},"payload":{"before":null,"after":${after},"source":${source},"transaction":null,"op":"c"}}`,
    );

  it('never cuts inside a row, even when the envelope has no source block', () => {
    const parser = new JsonMessageParser({ envelope: true });
    parser.parse(message('{"db":"a"}'));
    for (const source of ['null', '{"db":"b},\\"transaction\\":{"}']) {
      const parsed = parser.parse(message(source));
      const payload = parsed.payload as { after: unknown; source?: unknown };
      expect(payload.after).toEqual(JSON.parse(after));
      const whole = JSON.parse(`{"s":${source}}`).s;
      if (parsed.sourceText === undefined) expect(payload.source).toEqual(whole);
      else expect(JSON.parse(parsed.sourceText)).toEqual(whole);
    }
    // The ordinary case takes the cut.
    expect(parser.parse(message('{"db":"c"}')).sourceText).toBe('{"db":"c"}');
  });
});
