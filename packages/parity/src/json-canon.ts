/**
 * Canonical JSON for comparing documents whose text differs (PostgreSQL jsonb reorders keys and
 * spaces, MariaDB keeps the text as written): keys sorted by code point, duplicate keys resolved
 * last-wins as jsonb does, no whitespace, strings re-escaped, numbers by value without loss
 * (`1`, `1.0` and `1e0` are equal; 12345678901234567890 keeps every digit).
 */
export function canonicalJson(text: string): string {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const fail = (): never => {
    throw new SyntaxError(`invalid JSON at ${i}`);
  };
  const str = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    if (i >= text.length) fail();
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const num = (): string => {
    const m = /^-?(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?/.exec(text.slice(i));
    if (!m) return fail();
    i += m[0].length;
    return canonicalNumber(m[0]);
  };
  const value = (): string => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const entries = new Map<string, string>();
      ws();
      if (text[i] === '}') {
        i++;
        return '{}';
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        const k = str();
        ws();
        if (text[i] !== ':') fail();
        i++;
        entries.delete(k);
        entries.set(k, value());
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          break;
        }
        fail();
      }
      const keys = [...entries.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${keys.map((k) => `${JSON.stringify(k)}:${entries.get(k)}`).join(',')}}`;
    }
    if (c === '[') {
      i++;
      const items: string[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return '[]';
      }
      for (;;) {
        items.push(value());
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          break;
        }
        fail();
      }
      return `[${items.join(',')}]`;
    }
    if (c === '"') return JSON.stringify(str());
    for (const lit of ['true', 'false', 'null']) {
      if (text.startsWith(lit, i)) {
        i += lit.length;
        return lit;
      }
    }
    return num();
  };
  const out = value();
  ws();
  if (i !== text.length) fail();
  return out;
}

/** A JSON number by value: `[-]<digits>e<exp>` (value 0.<digits> × 10^exp), or `0`. */
export function canonicalNumber(text: string): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!m) throw new SyntaxError(`not a number: ${text}`);
  const raw = `${m[2]}${m[3] ?? ''}`;
  const lead = raw.length - raw.replace(/^0+/, '').length;
  const digits = raw.replace(/^0+/, '').replace(/0+$/, '');
  if (!digits) return '0';
  const exp = m[2]!.length - lead + Number(m[4] ?? 0);
  return `${m[1]}${digits}e${exp}`;
}

/** Whether two JSON texts hold the same document; texts that are not JSON compare as text. */
export function isJsonEqual(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    return canonicalJson(a) === canonicalJson(b);
  } catch {
    return false;
  }
}
