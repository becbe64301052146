import { describe, expect, it } from 'vitest';
import { printable, printableLines, terminalSafeJson } from './terminal-text.js';

describe('terminal text', () => {
  const hostile = 'a\u001b[2J\u001b[31mb\u0007c\u009b1m\u202ed\u2066e\u2028f\nline';

  it('printable escapes every control character a terminal acts on, newlines too', () => {
    expect(printable(hostile)).toBe('a\\x1b[2J\\x1b[31mb\\x07c\\x9b1m\\u202ed\\u2066e\\u2028f\\x0aline');
    expect(printable('Bestellungen_äöü_注文 "x"')).toBe('Bestellungen_äöü_注文 "x"');
  });

  it('printableLines keeps the newlines between lines only', () => {
    expect(printableLines(`one ${hostile}\ntwo`)).toBe(
      'one a\\x1b[2J\\x1b[31mb\\x07c\\x9b1m\\u202ed\\u2066e\\u2028f\nline\ntwo',
    );
  });

  it('terminalSafeJson leaves nothing raw and parses back to the same value', () => {
    const json = terminalSafeJson(JSON.stringify({ name: hostile }));
    expect(json).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u);
    expect(JSON.parse(json)).toEqual({ name: hostile });
  });
});
