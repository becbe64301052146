import { describe, expect, it } from 'vitest';
import { cell, code, sh } from './markdown.js';

describe('hostile names in Markdown and shell', () => {
  it('code spans hold backticks and never break lines', () => {
    expect(code('a`b')).toBe('``a`b``');
    expect(code('`x`')).toBe('`` `x` ``');
    expect(code('line\nbreak')).toBe('`line break`');
    expect(cell(code('a|b'))).toBe('`a\\|b`');
  });

  it('shell words are quoted unless plain', () => {
    expect(sh('out/orders/replicate.yaml')).toBe('out/orders/replicate.yaml');
    expect(sh("it's $HOME; rm -rf /")).toBe(`'it'\\''s $HOME; rm -rf /'`);
    expect(sh('public."a b"')).toBe(`'public."a b"'`);
  });
});
