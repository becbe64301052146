import { describe, expect, it } from 'vitest';
import { isTableKey, parseTableKey, tableKey } from './table-key.js';

describe('table keys', () => {
  const cases: Array<[string, string, string]> = [
    ['public', 'orders', 'public.orders'],
    ['public', 'odd.name', 'public."odd.name"'],
    ['my schema', 'a"b', '"my schema"."a""b"'],
    ['shop', 'Bestellungen_🧾', 'shop.Bestellungen_🧾'],
    ['s', '', 's.""'],
  ];
  it.each(cases)('formats %s + %s as %s and parses it back', (schema, name, key) => {
    expect(tableKey(schema, name)).toBe(key);
    expect(parseTableKey(key)).toEqual({ schema, name });
  });
  it('refuses malformed keys', () => {
    for (const bad of ['orders', 'a.b.c', '"a.b', 'a."b', 'a b.c', '.x']) {
      expect(isTableKey(bad), bad).toBe(false);
    }
  });
});
