import { UnparsableStatement } from './statement-analysis.js';
import type { StatementReader } from './statement-reader.js';
import { TransactionTracker, type WorkloadBuilder } from './workload-builder.js';

/**
 * Reads a plain SQL file: statements separated by `;`, each counted once (repeats with other
 * constants share an id). BEGIN … COMMIT blocks become transactions.
 */
export function readSqlText(
  text: string,
  builder: WorkloadBuilder,
  reader: StatementReader,
  what: string,
): void {
  builder.source('sql', what);
  const tracker = new TransactionTracker(builder);
  for (const chunk of reader.split(text)) {
    let statements: ReturnType<StatementReader['read']>;
    try {
      statements = reader.read(chunk);
    } catch (error) {
      if (error instanceof UnparsableStatement) {
        builder.unparsable(chunk, error.message);
        continue;
      }
      throw error;
    }
    for (const s of statements) {
      builder.statement({ id: s.id, text: s.text, calls: 1, totalTimeMs: 0 }, s.analysis);
      tracker.add('file', s.analysis, s.id);
    }
  }
  tracker.end();
}
