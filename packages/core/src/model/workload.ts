import { z } from 'zod';

/**
 * What the monolith's queries do, reduced to what clustering needs: for each normalized
 * statement, which tables it reads and writes, its equi-join predicates, and how often it
 * runs; for each kind of transaction seen in a log, which tables it writes together.
 */
export const WORKLOAD_FORMAT = 'seam.workload';
export const WORKLOAD_VERSION = 1;

export const columnRefSchema = z.object({ table: z.string(), column: z.string() });
export type ColumnRef = z.infer<typeof columnRefSchema>;

export const workloadStatementSchema = z.object({
  /** queryid, digest, or a hash of the normalized text. */
  id: z.string(),
  text: z.string(),
  kind: z.enum(['select', 'insert', 'update', 'delete', 'merge', 'other']),
  calls: z.number().nonnegative(),
  totalTimeMs: z.number().nonnegative(),
  rows: z.number().nonnegative().optional(),
  /** Table keys (schema.table). */
  reads: z.array(z.string()),
  writes: z.array(z.string()),
  /** Equi-join predicates `a.x = b.y` between two different tables. */
  joins: z.array(z.tuple([columnRefSchema, columnRefSchema])),
});
export type WorkloadStatement = z.infer<typeof workloadStatementSchema>;

export const workloadTransactionSchema = z.object({
  /** Tables written in the transaction, sorted. */
  writes: z.array(z.string()),
  /** Tables only read in it, sorted. */
  reads: z.array(z.string()),
  /** How many transactions had exactly this shape. */
  count: z.number().positive(),
  /** Example statement ids, to explain it. */
  statements: z.array(z.string()).optional(),
});
export type WorkloadTransaction = z.infer<typeof workloadTransactionSchema>;

export const workloadSchema = z.object({
  format: z.literal(WORKLOAD_FORMAT),
  version: z.literal(WORKLOAD_VERSION),
  sources: z.array(z.object({ kind: z.string(), name: z.string() })),
  statements: z.array(workloadStatementSchema),
  transactions: z.array(workloadTransactionSchema),
  unparsed: z.object({ count: z.number().nonnegative(), samples: z.array(z.string()) }),
  /** Problems met while reading (pg_stat_statements missing, no transaction ids, ...), by stable code. */
  warnings: z.array(z.object({ code: z.string(), message: z.string() })).optional(),
});
export type Workload = z.infer<typeof workloadSchema>;

export function emptyWorkload(): Workload {
  return {
    format: WORKLOAD_FORMAT,
    version: WORKLOAD_VERSION,
    sources: [],
    statements: [],
    transactions: [],
    unparsed: { count: 0, samples: [] },
  };
}
