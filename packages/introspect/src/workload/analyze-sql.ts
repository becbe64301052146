import type { SchemaSnapshot } from '@seam/core';
import { MysqlStatementReader } from '../mysql/statement-reader.js';
import { PgStatementReader } from '../postgres/statement-reader.js';
import { TableResolver } from './resolver.js';
import type { StatementAnalysis } from './statement-analysis.js';

export interface AnalyzeSqlOptions {
  dialect: 'postgres' | 'mysql';
  snapshot?: SchemaSnapshot | null;
  defaultSchema?: string | null;
}

/**
 * What each statement of an SQL text reads, writes and joins, with the dialect's real parser.
 * Throws UnparsableStatement (an Error) when the text does not parse.
 */
export function analyzeSql(
  sql: string,
  options: AnalyzeSqlOptions,
): Array<StatementAnalysis & { id: string; text: string }> {
  const defaultSchema =
    options.defaultSchema ??
    (options.dialect === 'postgres' ? 'public' : (options.snapshot?.database ?? null));
  const resolver = new TableResolver(options.dialect, defaultSchema, options.snapshot);
  const reader =
    options.dialect === 'postgres' ? new PgStatementReader(resolver) : new MysqlStatementReader(resolver);
  return reader.read(sql).map((s) => ({ ...s.analysis, id: s.id, text: s.text }));
}
