import { describe, expect, it } from 'vitest';
import { ExactNumber, needsLossless, parseExact } from './json-text.js';

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
