import type { Segment } from '@seam/plan';
import stringWidth from 'string-width';

/** One line of a pane: pieces of text with their tone. */
export type Row = Segment[];

// Names come from a catalog and are hostile: no control character may reach the terminal.
export { printable } from '@seam/core';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Cuts or pads to a width in terminal columns (as ink measures them, with string-width): a CJK
 * character or an emoji takes two columns, a combining mark none.
 */
export function fit(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  if (width <= 0) return '';
  const used = stringWidth(text);
  if (used > width) {
    let out = '';
    let w = 0;
    for (const { segment } of graphemes.segment(text)) {
      const sw = stringWidth(segment);
      if (w + sw > width - 1) break;
      out += segment;
      w += sw;
    }
    return `${out}…${' '.repeat(width - 1 - w)}`;
  }
  const pad = ' '.repeat(width - used);
  return align === 'left' ? text + pad : pad + text;
}

/** Word-wraps a line to a width in terminal columns, continuation lines indented like the first. */
export function wrap(text: string, width: number): string[] {
  const indent = /^\s*/u.exec(text)![0];
  const words = text.trim().split(/\s+/u);
  const out: string[] = [];
  let line = indent;
  for (const w of words) {
    if (line.trim() && stringWidth(line) + 1 + stringWidth(w) > width) {
      out.push(line);
      line = `${indent}  ${w}`;
    } else line = line.trim() ? `${line} ${w}` : `${line}${w}`;
  }
  out.push(line);
  return out;
}

export const heading = (text: string): Row => [{ text, tone: 'strong' }];
export const plain = (text: string): Row => [{ text }];
