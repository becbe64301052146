import { UnparsableStatement } from './statement-analysis.js';
import type { StatementReader } from './statement-reader.js';
import type { WorkloadBuilder } from './workload-builder.js';

/** Aggregated figures for one normalized statement (a pg_stat_statements row, a digest). */
export interface AggregateRow {
  id: string | null;
  text: string;
  calls: number;
  totalTimeMs: number;
  rows?: number;
  defaultSchema?: string | null;
}

/** Parses one aggregated statement and records it; an unparsable one is counted, never fatal. */
export function recordAggregate(builder: WorkloadBuilder, reader: StatementReader, row: AggregateRow): void {
  let statements: ReturnType<StatementReader['read']>;
  try {
    statements = reader.read(row.text, row.defaultSchema, row.id ?? undefined);
  } catch (error) {
    if (error instanceof UnparsableStatement) {
      builder.unparsable(row.text, error.message);
      return;
    }
    throw error;
  }
  statements.forEach((s, i) => {
    const one = statements.length === 1;
    builder.statement(
      {
        id: one && row.id ? row.id : s.id,
        text: one ? row.text : s.text,
        calls: row.calls,
        totalTimeMs: i === 0 ? row.totalTimeMs : 0,
        ...(row.rows === undefined || i > 0 ? {} : { rows: row.rows }),
      },
      s.analysis,
    );
  });
}
