import { type TableKey, tableKey } from '@seam/core';

/**
 * The tables a stored routine's body names (reads or writes), as neither engine records a routine's
 * dependencies: every identifier outside string literals and comments that is a known table —
 * unqualified, of the routine's own schema, or qualified `schema.table` — quoted with backticks
 * (MySQL/MariaDB) or double quotes (PostgreSQL) or not at all. Over-inclusion (a variable named like
 * a table) lists a routine once too often; it never hides one.
 */
export function tablesNamedIn(
  body: string,
  schema: string,
  isTable: (schema: string, name: string) => boolean,
  options: {
    /** How the engine folds an unquoted name (PostgreSQL: to lower case); unchanged by default. */
    foldUnquoted?: (name: string) => string;
    /** Whether `#` starts a comment (MySQL/MariaDB; on PostgreSQL it is an operator). */
    hashComments?: boolean;
    /** Whether a backslash escapes a quote inside a string (MySQL/MariaDB; not standard SQL's). */
    backslashEscapes?: boolean;
  } = {},
): TableKey[] {
  const fold = options.foldUnquoted ?? ((name: string) => name);
  // Strings and comments out; identifiers (quoted or bare) and dots in.
  const hash = options.hashComments === false ? '' : '|#[^\\n]*';
  const string = options.backslashEscapes === false ? `'(?:[^']|'')*'` : `'(?:[^'\\\\]|\\\\.|'')*'`;
  const token = new RegExp(
    `${string}|--[^\\n]*${hash}|/\\*[\\s\\S]*?\\*/|\`((?:[^\`]|\`\`)+)\`|"((?:[^"]|"")+)"|([A-Za-z_][\\w$]*)|(\\.)|\\s+|[\\s\\S]`,
    'g',
  );
  const parts: (string | null)[] = []; // an identifier, '.', or null for anything else
  for (const m of body.matchAll(token)) {
    if (m[1] !== undefined) parts.push(m[1].replaceAll('``', '`'));
    else if (m[2] !== undefined) parts.push(m[2].replaceAll('""', '"'));
    else if (m[3] !== undefined) parts.push(fold(m[3]));
    else if (m[4] !== undefined) parts.push('.');
    else if (!/^\s+$/.test(m[0])) parts.push(null);
  }
  const found = new Set<TableKey>();
  for (let i = 0; i < parts.length; i++) {
    const name = parts[i];
    if (name === null || name === '.' || name === undefined) continue;
    const qualified = parts[i + 1] === '.' && typeof parts[i + 2] === 'string' && parts[i + 2] !== '.';
    if (qualified && isTable(name, parts[i + 2] as string)) {
      found.add(tableKey(name, parts[i + 2] as string));
      i += 2;
      continue;
    }
    if (parts[i - 1] === '.') continue; // a column of an alias: `f.title`
    // Unqualified, or `table.column`.
    if (isTable(schema, name)) found.add(tableKey(schema, name));
  }
  return [...found].sort();
}
