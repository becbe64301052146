import type { SchemaSnapshot } from '@seam/core';
import { engineFor } from '../engine.js';
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
  const engine = engineFor(options.dialect);
  const defaultSchema = options.defaultSchema ?? engine.defaultSchema(options.snapshot);
  const resolver = new TableResolver(engine, defaultSchema, options.snapshot);
  const reader = engine.statementReader(resolver);
  return reader.read(sql).map((s) => ({ ...s.analysis, id: s.id, text: s.text }));
}
