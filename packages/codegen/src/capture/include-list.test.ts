import { describe, expect, it } from 'vitest';
import { includeList, javaRegexLiteral, tableRegex } from './include-list.js';

/** Java's \x{h} escape, as JavaScript's \u{h} (same meaning with the u flag), to check what a list matches. */
function asJs(javaRegex: string): RegExp {
  return new RegExp(`^(?:${javaRegex.replace(/\\x\{([0-9a-f]+)\}/g, '\\u{$1}')})$`, 'u');
}

const HOSTILE = [
  'orders.v2',
  'a,b',
  'order items',
  'x"; DROP TABLE t; --',
  'a`b',
  '注文_🧾',
  '.*',
  'a|b',
  '(x)',
  'a\\b',
];

describe('Debezium include lists', () => {
  it('matches exactly the one table, whatever its name holds', () => {
    for (const name of HOSTILE) {
      const re = asJs(tableRegex('public', name));
      expect(re.test(`public.${name}`), name).toBe(true);
      expect(re.test(`public.${name}x`), name).toBe(false);
      expect(re.test(`publicX${name}`), name).toBe(false);
    }
    expect(asJs(tableRegex('public', '.*')).test('public.orders')).toBe(false);
  });

  it('never lets a name split the comma-separated list', () => {
    const list = includeList(HOSTILE.map((name) => ({ schema: 'public', name })));
    expect(list.split(',')).toHaveLength(HOSTILE.length);
    expect(javaRegexLiteral('plain_name1')).toBe('plain_name1');
  });
});
