import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalNumber, isJsonEqual } from './json-canon.js';

describe('canonicalJson', () => {
  it('sorts keys, drops whitespace and resolves duplicate keys last-wins like jsonb', () => {
    expect(canonicalJson('{"b": 1, "a": [1, 2], "a": {"y": true, "x": null}}')).toBe(
      '{"a":{"x":null,"y":true},"b":1e1}',
    );
  });
  it('compares numbers by value without losing digits', () => {
    expect(isJsonEqual('[1, 1.0, 1e0, 10E-1]', '[1.00,1,0.1e1,1]')).toBe(true);
    expect(isJsonEqual('12345678901234567890', '12345678901234567891')).toBe(false);
    expect(canonicalNumber('-0.00')).toBe('0');
    expect(canonicalNumber('0.0012300')).toBe('123e-2');
    expect(canonicalNumber('1e20')).toBe('1e21');
  });
  it('normalizes string escapes but keeps distinct strings distinct', () => {
    expect(isJsonEqual('"\\u00e9"', '"é"')).toBe(true);
    expect(isJsonEqual('"e\u0301"', '"é"')).toBe(false);
    expect(isJsonEqual('{"a":"1"}', '{"a":1}')).toBe(false);
  });
  it('treats non-JSON text as unequal unless identical', () => {
    expect(isJsonEqual('{oops', '{oops')).toBe(true);
    expect(isJsonEqual('{oops', '{}')).toBe(false);
    expect(() => canonicalJson('[1,]')).toThrow(SyntaxError);
  });
});
