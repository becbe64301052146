import { describe, expect, it } from 'vitest';
import { floatFromCanon, floatToCanon } from './float-canon.js';

describe('float canon', () => {
  it('encodes the IEEE-754 mantissa and exponent exactly', () => {
    expect(floatToCanon(1)).toBe('4503599627370496p0');
    expect(floatToCanon(0.1)).toBe('7205759403792794p-4');
    expect(floatToCanon(-0)).toBe('0');
    expect(floatToCanon(5e-324)).toBe('1p-1022');
    expect(floatToCanon(Number.MAX_VALUE)).toBe('9007199254740991p1023');
  });
  it('round-trips every double back to its shortest text', () => {
    for (const x of [
      0.1,
      1e20,
      -2.5e-300,
      5e-324,
      Number('3.3993376653078003e31'),
      123456789.125,
      Number.MAX_VALUE,
      Math.random(),
    ]) {
      expect(Number(floatFromCanon(floatToCanon(x)))).toBe(x);
    }
    expect(floatFromCanon('0')).toBe('0');
  });
});
