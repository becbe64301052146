/**
 * Credential redaction. Used on every message, log line and file Seam writes, so that a
 * password never leaves the process. Scans without backtracking-prone regular expressions
 * for URLs; passwords may contain '@', ':' and '/', so the user-info part runs to the last '@'.
 */

export const REDACTED = '***';

const SCHEME = /[a-z][a-z0-9+.-]*$/i;
const TOKEN_END = new Set([' ', '\t', '\n', '\r', '"', "'", '`', '<', '>', '\u0000']);

/** Redacts the password of every `scheme://user:password@host` in a text. */
function redactUrlsInText(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const sep = text.indexOf('://', i);
    if (sep < 0) break;
    const scheme = SCHEME.exec(text.slice(Math.max(i, sep - 32), sep));
    let end = sep + 3;
    while (end < text.length && !TOKEN_END.has(text[end]!)) end++;
    const token = text.slice(sep + 3, end);
    const at = token.lastIndexOf('@');
    const colon = token.indexOf(':');
    if (scheme && at > 0 && colon >= 0 && colon < at) {
      out += text.slice(i, sep + 3) + token.slice(0, colon + 1) + REDACTED + token.slice(at);
    } else {
      out += text.slice(i, end);
    }
    i = end;
  }
  return out + text.slice(i);
}

// key=value (libpq), key: value (YAML), "key":"value" (JSON), ?key=value (URL query). Not
// MySQL's "Access denied … (using password: YES)", which holds no password and says something.
const KEY_VALUE =
  /(["']?)\b(password|passwd|pwd|sslpassword|secret|sasl\.jaas\.config|database\.password|connection\.password)\1(\s*[=:]\s*)("[^"]*"|'[^']*'|[^\s&;,"'}]+)/gi;

/** Removes passwords from free text: URLs with user-info, and password=… style pairs. */
export function redactText(text: string): string {
  if (!text) return text;
  return redactUrlsInText(text).replace(
    KEY_VALUE,
    (m: string, q: string, key: string, sep: string, value: string, at: number, all: string) => {
      if (/^(YES|NO)\)?$/u.test(value) && /\busing $/iu.test(all.slice(Math.max(0, at - 6), at))) return m;
      const quote = value.startsWith('"') ? '"' : value.startsWith("'") ? "'" : '';
      return `${q}${key}${q}${sep}${quote}${REDACTED}${quote}`;
    },
  );
}

/** Redacts one connection URL; a URL without a password is returned unchanged. */
export function redactUrl(url: string): string {
  return redactText(url);
}

/**
 * A value that must not be printed: its string, JSON and inspect forms are "<redacted>".
 * Call reveal() only at the driver boundary.
 */
export class Secret {
  readonly #value: string;
  constructor(value: string) {
    this.#value = value;
  }
  reveal(): string {
    return this.#value;
  }
  toString(): string {
    return '<redacted>';
  }
  toJSON(): string {
    return '<redacted>';
  }
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return 'Secret(<redacted>)';
  }
}
