import type { Segment } from '../plan/index.js';

/** One line of a pane: pieces of text with their tone. */
export type Row = Segment[];

// Names come from a catalog and are hostile: no control character may reach the terminal.
export { printable } from '@seam/core';

/** Cuts or pads to a width (in characters; names are mostly ASCII, and ink truncates what is left). */
export function fit(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  if (width <= 0) return '';
  const chars = [...text];
  if (chars.length > width) return `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
  return align === 'left' ? text.padEnd(width) : text.padStart(width);
}

/** Word-wraps a line to a width, continuation lines indented like the first. */
export function wrap(text: string, width: number): string[] {
  const indent = /^\s*/u.exec(text)![0];
  const words = text.trim().split(/\s+/u);
  const out: string[] = [];
  let line = indent;
  for (const w of words) {
    if (line.trim() && [...line].length + 1 + [...w].length > width) {
      out.push(line);
      line = `${indent}  ${w}`;
    } else line = line.trim() ? `${line} ${w}` : `${line}${w}`;
  }
  out.push(line);
  return out;
}

export const heading = (text: string): Row => [{ text, tone: 'strong' }];
export const plain = (text: string): Row => [{ text }];
