import { fingerprintSync, normalizeSync, scanSync } from 'libpg-query';
import type { TableResolver } from '../workload/resolver.js';
import { UnparsableStatement } from '../workload/statement-analysis.js';
import type { ReadStatement, StatementReader } from '../workload/statement-reader.js';
import { analyzePgStatement, parsePg } from './parse-statement.js';

/**
 * Reads PostgreSQL statements with the server's own parser. Statements that differ only in their
 * constants share a fingerprint (pg_query's), which is their id and the cache key, so a log
 * that repeats a statement a million times parses it once.
 */
export class PgStatementReader implements StatementReader {
  readonly dialect = 'postgres' as const;
  readonly #cache = new Map<string, ReadStatement[]>();

  constructor(readonly resolver: TableResolver) {}

  read(text: string, defaultSchema: string | null = this.resolver.defaultSchema): ReadStatement[] {
    let fingerprint: string;
    try {
      fingerprint = fingerprintSync(text);
    } catch (error) {
      throw new UnparsableStatement(text, (error as Error).message);
    }
    const cacheKey = `${defaultSchema ?? ''}\u0000${fingerprint}`;
    const cached = this.#cache.get(cacheKey);
    if (cached) return cached;
    const parsed = parsePg(text);
    const result = parsed.map((p) => {
      const one = parsed.length === 1;
      let normalized = p.text;
      try {
        normalized = normalizeSync(p.text);
      } catch {
        // keep the text as it is
      }
      return {
        id: one ? fingerprint : fingerprintSync(p.text),
        text: normalized,
        analysis: analyzePgStatement(p.stmt, this.resolver),
      };
    });
    this.#cache.set(cacheKey, result);
    return result;
  }

  split(script: string): string[] {
    let tokens: Array<{ start: number; end: number; text: string }>;
    try {
      tokens = scanSync(script).tokens;
    } catch {
      return [script];
    }
    const bytes = Buffer.from(script, 'utf8');
    const parts: string[] = [];
    let start = 0;
    for (const t of tokens) {
      if (t.text === ';') {
        parts.push(bytes.subarray(start, t.start).toString('utf8'));
        start = t.end;
      }
    }
    parts.push(bytes.subarray(start).toString('utf8'));
    return parts.map((p) => p.trim()).filter((p) => p.length > 0 && !/^(--[^\n]*\n?\s*)+$/.test(p));
  }
}
