import { createHash } from 'node:crypto';
import sqlParser from 'node-sql-parser';
import type { TableResolver } from '../workload/resolver.js';
import type { ReadStatement, StatementReader } from '../workload/statement-reader.js';
import { analyzeMysqlStatement, parseMysql } from './parse-statement.js';

const parser = new sqlParser.Parser();
const LITERALS = new Set([
  'number',
  'single_quote_string',
  'double_quote_string',
  'string',
  'bool',
  'hex_string',
  'bit_string',
]);

const isLiteral = (v: unknown): boolean =>
  !!v && typeof v === 'object' && !Array.isArray(v) && LITERALS.has(String((v as { type?: unknown }).type));

/** Replaces every literal in the AST by `?`, the way performance_schema digests do. */
function stripLiterals(node: unknown): void {
  if (!node || typeof node !== 'object') return;
  // Literals sit in properties and in lists alike (a VALUES row, an IN list).
  const holder = node as Record<string | number, unknown>;
  for (const k of Object.keys(holder)) {
    const v = holder[k];
    if (isLiteral(v)) holder[k] = { type: 'origin', value: '?' };
    else stripLiterals(v);
  }
}

/**
 * Reads MySQL/MariaDB statements with node-sql-parser. Statements from a log or file are
 * normalized (literals → ?) so that repeats with other constants share one id.
 */
export class MysqlStatementReader implements StatementReader {
  readonly dialect = 'mysql' as const;
  readonly #cache = new Map<string, ReadStatement[]>();

  constructor(readonly resolver: TableResolver) {}

  /** `id` (a digest) is used when the caller has one; else the id hashes the normalized text. */
  read(
    text: string,
    defaultSchema: string | null = this.resolver.defaultSchema,
    id?: string,
  ): ReadStatement[] {
    const cacheKey = `${defaultSchema ?? ''}\u0000${id ?? ''}\u0000${text}`;
    const cached = this.#cache.get(cacheKey);
    if (cached) return cached;
    const parsed = parseMysql(text);
    const result = parsed.map((p) => {
      const analysis = analyzeMysqlStatement(p.ast, this.resolver, defaultSchema);
      let normalized = p.text;
      if (!id || parsed.length > 1) {
        try {
          const copy = structuredClone(p.ast);
          stripLiterals(copy);
          normalized = parser.sqlify(copy as never, { database: 'MariaDB' });
        } catch {
          normalized = p.text;
        }
      }
      const statementId =
        id && parsed.length === 1 ? id : createHash('sha1').update(normalized).digest('hex').slice(0, 16);
      return { id: statementId, text: id ? text : normalized, analysis };
    });
    this.#cache.set(cacheKey, result);
    return result;
  }

  /** Splits on `;` outside quotes and comments (the grammar itself wants whole statements). */
  split(script: string): string[] {
    const parts: string[] = [];
    let start = 0;
    let i = 0;
    while (i < script.length) {
      const ch = script[i]!;
      if (ch === '`' || ch === "'" || ch === '"') {
        i++;
        while (i < script.length) {
          if (script[i] === '\\' && ch !== '`') i += 2;
          else if (script[i] === ch && script[i + 1] === ch) i += 2;
          else if (script[i] === ch) break;
          else i++;
        }
        i++;
      } else if (ch === '-' && script[i + 1] === '-') {
        const end = script.indexOf('\n', i);
        i = end < 0 ? script.length : end + 1;
      } else if (ch === '#') {
        const end = script.indexOf('\n', i);
        i = end < 0 ? script.length : end + 1;
      } else if (ch === '/' && script[i + 1] === '*') {
        const end = script.indexOf('*/', i + 2);
        i = end < 0 ? script.length : end + 2;
      } else if (ch === ';') {
        parts.push(script.slice(start, i));
        start = ++i;
      } else i++;
    }
    parts.push(script.slice(start));
    return parts.map((p) => p.trim()).filter((p) => p.length > 0 && !/^((--|#)[^\n]*\n?\s*)+$/.test(p));
  }
}
