import { printable } from '@seam/core';

/**
 * JSON that can sit inside `<script type="application/json">`: nothing in it can close the element
 * or open a comment (`<`, `>`, `&` become \u escapes), and the line separators some parsers choke on are
 * escaped too. JSON.parse reads it back unchanged.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/gu,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * Text for a quoted Mermaid label: every character but letters, digits, space, `_`, `.` and `-`
 * becomes a Mermaid entity (`#34;`), so no quote, bracket, pipe, `%%`, backtick or markup in a name
 * can end the label or reach the page as HTML; controls are spelt out first (`\x1b`).
 */
export function mermaidText(s: string): string {
  let out = '';
  for (const ch of printable(s)) out += /^[A-Za-z0-9 _.-]$/u.test(ch) ? ch : `#${ch.codePointAt(0)};`;
  return out;
}

/**
 * A DOT quoted label: controls spelt out (`\x1b`), then backslashes doubled (a lone one would start a
 * label escape such as \N or \G), double quotes escaped (so the string ends only where we end it) and
 * `&` written `&amp;` (Graphviz decodes entities in labels).
 */
export function dotString(s: string): string {
  return `"${printable(s).replaceAll('\\', '\\\\').replaceAll('"', '\\"').replaceAll('&', '&amp;')}"`;
}
