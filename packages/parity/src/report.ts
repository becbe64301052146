/** What verify found for one table. Values are canon v1 text (docs/parity.md); NULL is null. */
export interface RowDifference {
  kind: 'missing' | 'extra' | 'changed';
  /** Source key column → canonical value; for a table without a key, all columns. */
  key: Record<string, string | null>;
  /** changed: the differing columns (source names) with both values. */
  columns?: Array<{ column: string; target: string; source: string | null; targetValue: string | null }>;
  /** missing: the source row; extra: the target row (source column names). */
  row?: Record<string, string | null>;
  /** Tables without a key: how many copies differ. */
  count?: number;
  /** Lag-aware mode: diverged (still different after the replicator passed the position), in-flight (became equal), unresolved (time ran out). */
  state?: 'diverged' | 'in-flight' | 'unresolved';
}

export type TableStatus = 'equal' | 'different' | 'missing-table' | 'error';

export interface TableReport {
  /** Source table key (schema.table) and the target's. */
  table: string;
  target: string;
  service?: string;
  status: TableStatus;
  /** Why the table could not be compared, or a column could not. */
  problems: string[];
  notes: string[];
  rows: { source: number; target: number };
  differences: { missing: number; extra: number; changed: number };
  /** Up to maxRows row differences; `truncated` when there were more. */
  details: RowDifference[];
  truncated: boolean;
  stats: {
    segments: number;
    splits: number;
    leafRows: number;
    ms: number;
    mode: 'key-ranges' | 'key-hash' | 'multiset' | 'none';
  };
  recheck?: {
    rounds: number;
    inFlight: number;
    diverged: number;
    unresolved: number;
    positions: string[];
    timedOut: boolean;
    reason?: string;
  };
  error?: { code: string; message: string; hint: string };
}

export interface VerifyReport {
  format: 'seam.verify';
  version: 1;
  equal: boolean;
  tables: TableReport[];
}

/** 0 equal, 2 differences (or a table that could not be compared), 1 error. */
export function exitCodeOf(report: VerifyReport): 0 | 1 | 2 {
  if (report.tables.some((t) => t.status === 'error')) return 1;
  return report.tables.every((t) => t.status === 'equal') ? 0 : 2;
}
