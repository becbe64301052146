import type { StatementAnalysis } from './statement-analysis.js';

/** A statement as a dialect reader understood it: a stable id, its normalized text, its analysis. */
export interface ReadStatement {
  id: string;
  text: string;
  analysis: StatementAnalysis;
}

/**
 * The per-dialect part of workload reading: splits and parses SQL text with the dialect's real
 * parser and says what each statement does. Throws UnparsableStatement for text it cannot parse.
 */
export interface StatementReader {
  readonly dialect: 'postgres' | 'mysql';
  /** `id` is the source's own id for the statement (a digest), when it has one. */
  read(text: string, defaultSchema?: string | null, id?: string): ReadStatement[];
  /** Splits a script into statement texts without parsing them (so one bad statement spoils only itself). */
  split(script: string): string[];
}
