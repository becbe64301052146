/**
 * Debezium's include lists are comma-separated Java regular expressions matched against the whole
 * `schema.table` (case-insensitively). A name is written literally only for letters, digits and
 * `_`; every other character — dots, spaces, quotes, commas, unicode — becomes a `\x{…}` escape,
 * so a hostile name can neither widen the match nor split the list.
 */
export function javaRegexLiteral(name: string): string {
  let out = '';
  for (const ch of name) {
    out += /^[A-Za-z0-9_]$/.test(ch) ? ch : `\\x{${ch.codePointAt(0)!.toString(16)}}`;
  }
  return out;
}

/** One include-list entry matching exactly `schema.table`. */
export function tableRegex(schema: string, table: string): string {
  return `${javaRegexLiteral(schema)}\\.${javaRegexLiteral(table)}`;
}

export function includeList(tables: Array<{ schema: string; name: string }>): string {
  return [...new Set(tables.map((t) => tableRegex(t.schema, t.name)))].join(',');
}
