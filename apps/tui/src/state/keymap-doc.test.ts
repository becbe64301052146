import { readFileSync } from 'node:fs';
import { VERBS } from '@seam/plan';
import { describe, expect, it } from 'vitest';
import { type Binding, KEYMAP } from './keymap.js';
import { displayKey } from './keys.js';

const doc = readFileSync(new URL('../../../../docs/tui.md', import.meta.url), 'utf8');
const flat = (s: string) => s.replace(/\\\|/g, '|').replace(/\s+/g, ' ');

describe('docs/tui.md', () => {
  it('lists every key of the main screen as the key map binds it', () => {
    for (const b of KEYMAP.normal as Binding[]) {
      const row = `| ${b.keys.map((k) => `\`${displayKey(k)}\``).join(' ')} | ${b.help} |`;
      expect(flat(doc), b.action).toContain(flat(row));
    }
  });

  it('lists every verb with its usage', () => {
    for (const v of VERBS) expect(flat(doc), v.name).toContain(flat(`\`${v.usage}`));
  });
});
