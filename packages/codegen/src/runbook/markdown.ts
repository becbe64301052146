/**
 * Writing hostile names into Markdown and shell commands: a table called `` a`b|c `` or one holding
 * a newline must neither break a code span, a table row, nor a command line.
 */

/** An inline code span that holds any text (backtick fences longer than any run inside; no newlines). */
export function code(text: string): string {
  const flat = text.replace(/[\r\n\u2028\u2029]+/g, ' ');
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A table cell: pipes escaped (GFM splits cells on them even inside code spans). */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** Plain text in Markdown: characters that would start markup or HTML are escaped. */
export function text(s: string): string {
  return s.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

export function table(head: string[], rows: string[][]): string {
  if (!rows.length) return '';
  const line = (r: string[]) => `| ${r.map(cell).join(' | ')} |`;
  return [line(head), `| ${head.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** A word for the shell: as is when plain, else single-quoted. */
export function sh(word: string): string {
  if (/^[A-Za-z0-9_./:=@%+,-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

export function shellBlock(lines: string[]): string {
  return ['```bash', ...lines, '```'].join('\n');
}
