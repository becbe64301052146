import { SeamError } from '@seam/core';

/** PostgreSQL's default log_line_prefix (since 13). */
export const DEFAULT_LOG_LINE_PREFIX = '%m [%p] ';

const TIMESTAMP = String.raw`\d{4}-\d\d-\d\d \d\d:\d\d:\d\d`;
const ZONE = '(?: [A-Za-z0-9+:_/-]+)?';

/** What each log_line_prefix escape looks like in a log line (PostgreSQL docs, "log_line_prefix"). */
const ESCAPES: Record<string, string> = {
  a: '(?<app>.*?)',
  u: '(?<user>.*?)',
  d: '(?<db>.*?)',
  r: String.raw`(?:\S*)`,
  h: String.raw`(?:\S*)`,
  b: '(?:.*?)',
  p: String.raw`(?<pid>\d+)`,
  P: String.raw`(?:\d*)`,
  t: TIMESTAMP + ZONE,
  m: `${TIMESTAMP}\\.\\d+${ZONE}`,
  n: String.raw`(?:\d+\.\d+)`,
  i: '(?:.*?)',
  e: '(?:[0-9A-Z]{5})',
  c: String.raw`(?<session>[0-9a-f]+\.[0-9a-f]+)`,
  l: String.raw`(?:\d+)`,
  s: TIMESTAMP + ZONE,
  v: String.raw`(?<vxid>-?\d+/-?\d+)?`,
  x: String.raw`(?<xid>\d+)`,
  Q: String.raw`(?:-?\d+)`,
};

export interface LogLine {
  pid?: string;
  session?: string;
  vxid?: string;
  xid?: string;
  db?: string;
  user?: string;
  level: string;
  message: string;
}

export interface CompiledPrefix {
  /** Parses a line that starts a log entry; null for continuation or foreign lines. */
  match(line: string): LogLine | null;
  has: { pid: boolean; session: boolean; vxid: boolean; xid: boolean };
}

/**
 * Compiles a log_line_prefix setting into a matcher for the lines it produces. This reads the
 * log's own framing only; the SQL inside a message goes to the real parser.
 */
export function compileLogLinePrefix(prefix: string): CompiledPrefix {
  let pattern = '';
  let optionalFrom = -1;
  const seen = new Set<string>();
  for (let i = 0; i < prefix.length; i++) {
    const ch = prefix[i]!;
    if (ch !== '%') {
      pattern += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      continue;
    }
    let j = i + 1;
    let padded = false;
    while (j < prefix.length && /[-0-9]/.test(prefix[j]!)) {
      padded = true;
      j++;
    }
    const letter = prefix[j];
    i = j;
    if (letter === undefined) break;
    if (letter === '%') {
      pattern += '%';
    } else if (letter === 'q') {
      optionalFrom = pattern.length;
    } else {
      const part = ESCAPES[letter];
      if (!part) {
        throw new SeamError('SEAM_LOG_FORMAT', `log_line_prefix escape %${letter} is not known.`);
      }
      // A named group may appear once only; a repeated escape matches without capturing.
      const once = seen.has(letter) ? part.replace(/\(\?<[a-z]+>/, '(?:') : part;
      seen.add(letter);
      pattern += padded ? `\\s*${once}\\s*` : once;
    }
  }
  if (optionalFrom >= 0) pattern = `${pattern.slice(0, optionalFrom)}(?:${pattern.slice(optionalFrom)})?`;
  const regex = new RegExp(
    `^${pattern}(?<level>DEBUG[1-5]?|LOG|INFO|NOTICE|WARNING|ERROR|FATAL|PANIC|DETAIL|HINT|CONTEXT|STATEMENT|QUERY|LOCATION):\\s+(?<message>.*)$`,
    's',
  );
  return {
    has: { pid: seen.has('p'), session: seen.has('c'), vxid: seen.has('v'), xid: seen.has('x') },
    match(line) {
      const m = regex.exec(line);
      if (!m?.groups) return null;
      const g = m.groups;
      return {
        ...(g.pid ? { pid: g.pid } : {}),
        ...(g.session ? { session: g.session } : {}),
        ...(g.vxid ? { vxid: g.vxid } : {}),
        ...(g.xid ? { xid: g.xid } : {}),
        ...(g.db ? { db: g.db } : {}),
        ...(g.user ? { user: g.user } : {}),
        level: g.level!,
        message: g.message!,
      };
    },
  };
}
