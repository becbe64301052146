import type { Key } from 'ink';

/**
 * Key names the key map binds: a printable character as itself (`j`, `G`, `/`, ` `), or one of
 * `up down left right pageup pagedown home end enter escape tab shift-tab backspace delete`, or
 * `ctrl-<letter>`.
 */
export type KeyName = string;

const SPECIAL: Array<[keyof Key, KeyName]> = [
  ['upArrow', 'up'],
  ['downArrow', 'down'],
  ['leftArrow', 'left'],
  ['rightArrow', 'right'],
  ['pageUp', 'pageup'],
  ['pageDown', 'pagedown'],
  ['home', 'home'],
  ['end', 'end'],
  ['return', 'enter'],
  ['escape', 'escape'],
  ['backspace', 'backspace'],
  ['delete', 'delete'],
];

function charKey(c: string): KeyName {
  if (c === '\r' || c === '\n') return 'enter';
  if (c === '\t') return 'tab';
  if (c === '\x7f' || c === '\b') return 'backspace';
  if (c === '\x1b') return 'escape';
  const code = c.codePointAt(0)!;
  if (code >= 1 && code <= 26) return `ctrl-${String.fromCharCode(code + 96)}`;
  return c;
}

/**
 * The keys in one piece of input, in order. Terminals deliver a paste or fast typing as one chunk
 * (`jjj`, `orders\r`): each character becomes its own key, so a burst acts exactly like the keys
 * typed one by one. Escape sequences (arrows, PgDn) arrive alone and carry ink's flags.
 */
export function keysOf(input: string, key: Key): KeyName[] {
  if (key.tab) return [key.shift ? 'shift-tab' : 'tab'];
  for (const [flag, name] of SPECIAL) if (key[flag]) return [name];
  if (key.ctrl && /^[a-z]$/u.test(input)) return [`ctrl-${input}`];
  const out: KeyName[] = [];
  for (const c of input) {
    const code = c.codePointAt(0)!;
    // Other C0/C1 controls (a stray escape sequence's bytes) never reach the screen or a filter.
    if (code < 32 || (code >= 0x7f && code <= 0x9f)) {
      if (code === 0x7f || (code >= 1 && code <= 27)) out.push(charKey(c));
      continue;
    }
    out.push(c);
  }
  return out;
}

const DISPLAY: Record<string, string> = {
  up: '↑',
  down: '↓',
  left: '←',
  right: '→',
  pageup: 'PgUp',
  pagedown: 'PgDn',
  home: 'Home',
  end: 'End',
  enter: 'Enter',
  escape: 'Esc',
  tab: 'Tab',
  'shift-tab': 'Shift+Tab',
  backspace: 'Backspace',
  delete: 'Del',
  ' ': 'Space',
};

/** How a key is written in help and hints: `Ctrl+r`, `PgDn`, `Space`, `j`. */
export function displayKey(name: KeyName): string {
  if (name.startsWith('ctrl-')) return `Ctrl+${name.slice(5)}`;
  return DISPLAY[name] ?? name;
}

/** Whether a key types a character into a text field. */
export function isText(name: KeyName): boolean {
  return [...name].length === 1;
}
