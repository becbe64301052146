// Names come from a catalog and are hostile: no control character may reach a terminal. That is
// C0 (ESC, BEL, CR, newline…), DEL, C1 (U+0080–U+009F: 8-bit CSI and friends), the line and
// paragraph separators, and the bidirectional embeddings, overrides and isolates that reorder
// what a reader sees.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
const UNSAFE_BUT_NEWLINE =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
const UNSAFE_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

const hex = (c: string, width: number) => c.charCodeAt(0).toString(16).padStart(width, '0');
const visible = (c: string) => (c.charCodeAt(0) <= 0xff ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`);

/** One name or value for a terminal: every control character as a visible escape (`\x1b`, `\x0a`, `\u202e`). */
export function printable(s: string): string {
  return s.replace(UNSAFE, visible);
}

/** Text made of lines (a command's output): like printable() but keeps the newlines between them. */
export function printableLines(s: string): string {
  return s.replace(UNSAFE_BUT_NEWLINE, visible);
}

/**
 * JSON text for a terminal: JSON.stringify already escapes C0; this escapes what it leaves raw
 * (DEL, C1, separators, bidi controls) as `\uXXXX`, which parses back to the same string.
 */
export function terminalSafeJson(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (c) => `\\u${hex(c, 4)}`);
}
