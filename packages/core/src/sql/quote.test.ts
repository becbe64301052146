import { describe, expect, it } from 'vitest';
import { SeamError } from '../errors/seam-error.js';
import { quoteIdent, quoteLiteral, quoteQualified } from './quote.js';

const hostile = {
  doubleQuote: 'a"b',
  backtick: 'a`b',
  dot: 'orders.v2',
  space: 'order items',
  unicode: 'Bestellungen_äöü_注文_🧾',
  reserved: 'select',
  sqlInjection: 'x"; DROP TABLE users; --',
  backtickInjection: 'x`; DROP TABLE users; --',
  newline: 'line\nbreak',
};

describe('quoteIdent (PostgreSQL)', () => {
  it('wraps in double quotes and doubles embedded ones', () => {
    expect(quoteIdent('postgres', hostile.doubleQuote)).toBe('"a""b"');
    expect(quoteIdent('postgres', hostile.sqlInjection)).toBe('"x""; DROP TABLE users; --"');
  });
  it('keeps dots, backticks, spaces, unicode and reserved words inside one identifier', () => {
    expect(quoteIdent('postgres', hostile.dot)).toBe('"orders.v2"');
    expect(quoteIdent('postgres', hostile.backtick)).toBe('"a`b"');
    expect(quoteIdent('postgres', hostile.space)).toBe('"order items"');
    expect(quoteIdent('postgres', hostile.unicode)).toBe(`"${hostile.unicode}"`);
    expect(quoteIdent('postgres', hostile.reserved)).toBe('"select"');
  });
});

describe('quoteIdent (MySQL/MariaDB)', () => {
  it('wraps in backticks and doubles embedded ones', () => {
    expect(quoteIdent('mysql', hostile.backtick)).toBe('`a``b`');
    expect(quoteIdent('mysql', hostile.backtickInjection)).toBe('`x``; DROP TABLE users; --`');
  });
  it('does not split a dotted name into database.table', () => {
    expect(quoteIdent('mysql', hostile.dot)).toBe('`orders.v2`');
  });
  it('keeps double quotes, unicode and reserved words inside one identifier', () => {
    expect(quoteIdent('mysql', hostile.doubleQuote)).toBe('`a"b`');
    expect(quoteIdent('mysql', hostile.unicode)).toBe(`\`${hostile.unicode}\``);
    expect(quoteIdent('mysql', hostile.reserved)).toBe('`select`');
    expect(quoteIdent('mysql', hostile.newline)).toBe('`line\nbreak`');
  });
});

describe('quoteQualified', () => {
  it('quotes each part on its own', () => {
    expect(quoteQualified('postgres', 'my.schema', 'a"b')).toBe('"my.schema"."a""b"');
    expect(quoteQualified('mysql', 'shop', 'a.b')).toBe('`shop`.`a.b`');
    expect(quoteQualified('mysql', null, 't')).toBe('`t`');
  });
});

describe('refusals', () => {
  it('refuses empty names and NUL bytes with a stable code', () => {
    for (const dialect of ['postgres', 'mysql'] as const) {
      expect(() => quoteIdent(dialect, '')).toThrow(SeamError);
      try {
        quoteIdent(dialect, 'a\u0000b');
        expect.unreachable();
      } catch (error) {
        expect((error as SeamError).code).toBe('SEAM_IDENTIFIER_INVALID');
      }
    }
  });
});

describe('quoteLiteral', () => {
  it('escapes quotes and backslashes for each engine', () => {
    expect(quoteLiteral('postgres', "it's")).toBe("'it''s'");
    expect(quoteLiteral('postgres', 'a\\b')).toBe(" E'a\\\\b'");
    expect(quoteLiteral('mysql', "it's")).toBe("'it\\'s'");
  });
});
