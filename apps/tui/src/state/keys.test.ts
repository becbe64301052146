import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { displayKey, isText, keysOf } from './keys.js';

const none: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};
const key = (patch: Partial<Key>): Key => ({ ...none, ...patch });

describe('keysOf', () => {
  it('splits a burst (paste, fast typing) into one key per character, in order', () => {
    expect(keysOf('jjj', none)).toEqual(['j', 'j', 'j']);
    expect(keysOf('/orders\r', none)).toEqual(['/', 'o', 'r', 'd', 'e', 'r', 's', 'enter']);
    expect(keysOf('ab\x7fc\t', none)).toEqual(['a', 'b', 'backspace', 'c', 'tab']);
    expect(keysOf('ü€😀', none)).toEqual(['ü', '€', '😀']);
  });

  it('names special keys from ink’s flags', () => {
    expect(keysOf('', key({ downArrow: true }))).toEqual(['down']);
    expect(keysOf('', key({ pageDown: true }))).toEqual(['pagedown']);
    expect(keysOf('', key({ return: true }))).toEqual(['enter']);
    expect(keysOf('', key({ escape: true, meta: true }))).toEqual(['escape']);
    expect(keysOf('', key({ tab: true }))).toEqual(['tab']);
    expect(keysOf('', key({ tab: true, shift: true }))).toEqual(['shift-tab']);
    expect(keysOf('', key({ delete: true }))).toEqual(['delete']);
    expect(keysOf('r', key({ ctrl: true }))).toEqual(['ctrl-r']);
    expect(keysOf('G', key({ shift: true }))).toEqual(['G']);
    expect(keysOf(' ', none)).toEqual([' ']);
  });

  it('keeps stray control characters off the screen', () => {
    expect(keysOf('a\x00\x1d\x9bb', none)).toEqual(['a', 'b']);
    expect(keysOf('\x12', none)).toEqual(['ctrl-r']);
  });
});

describe('displayKey', () => {
  it('writes keys as people know them', () => {
    expect(['ctrl-r', 'pagedown', ' ', 'down', 'j', 'escape'].map(displayKey)).toEqual([
      'Ctrl+r',
      'PgDn',
      'Space',
      '↓',
      'j',
      'Esc',
    ]);
    expect(isText('j')).toBe(true);
    expect(isText('😀')).toBe(true);
    expect(isText('enter')).toBe(false);
  });
});
