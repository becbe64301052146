import {
  redactText,
  type TableKey,
  WORKLOAD_FORMAT,
  WORKLOAD_VERSION,
  type Workload,
  type WorkloadStatement,
} from '@seam/core';
import type { Warning } from '../progress.js';
import type { StatementAnalysis } from './statement-analysis.js';

const MAX_SAMPLES = 20;
const MAX_SAMPLE_CHARS = 400;
const MAX_TX_STATEMENTS = 5;
const MAX_OPEN = 50_000;

/** One execution (or an aggregate of executions) of a statement, as a reader saw it. */
export interface StatementUse {
  id: string;
  text: string;
  calls: number;
  totalTimeMs: number;
  rows?: number;
}

/**
 * Collects statements (merged by id), transactions (merged by shape) and unparsable input from
 * one or more readers into a Workload.
 */
export class WorkloadBuilder {
  readonly #statements = new Map<string, WorkloadStatement>();
  readonly #transactions = new Map<
    string,
    { writes: TableKey[]; reads: TableKey[]; count: number; statements: string[] }
  >();
  readonly #sources: Workload['sources'] = [];
  readonly #warnings: Warning[] = [];
  readonly #unparsed = { count: 0, samples: [] as string[] };

  source(kind: string, name: string): void {
    this.#sources.push({ kind, name });
  }

  warn(code: string, message: string): void {
    if (!this.#warnings.some((w) => w.code === code && w.message === message))
      this.#warnings.push({ code, message });
  }

  unparsable(text: string, reason?: string): void {
    this.#unparsed.count++;
    if (this.#unparsed.samples.length < MAX_SAMPLES) {
      const flat = text.replace(/\s+/g, ' ').trim();
      const sample = flat.length > MAX_SAMPLE_CHARS ? `${flat.slice(0, MAX_SAMPLE_CHARS)}…` : flat;
      this.#unparsed.samples.push(redactText(reason ? `${sample}  -- ${reason}` : sample));
    }
  }

  /** Records a statement; statements that touch no table (SET, SHOW, BEGIN, DDL) are left out. */
  statement(use: StatementUse, analysis: StatementAnalysis): void {
    if (analysis.reads.length === 0 && analysis.writes.length === 0) return;
    const existing = this.#statements.get(use.id);
    if (existing) {
      existing.calls += use.calls;
      existing.totalTimeMs += use.totalTimeMs;
      if (use.rows !== undefined) existing.rows = (existing.rows ?? 0) + use.rows;
      return;
    }
    this.#statements.set(use.id, {
      id: use.id,
      text: redactText(use.text),
      kind: analysis.kind,
      calls: use.calls,
      totalTimeMs: use.totalTimeMs,
      ...(use.rows === undefined ? {} : { rows: use.rows }),
      reads: analysis.reads,
      writes: analysis.writes,
      joins: analysis.joins,
    });
  }

  /** Adds time to a statement already recorded (a log's separate `duration:` line). */
  addTime(id: string, ms: number): void {
    const existing = this.#statements.get(id);
    if (existing) existing.totalTimeMs += ms;
  }

  /** Records one committed transaction; only those that wrote something are kept. */
  transaction(writes: Iterable<TableKey>, reads: Iterable<TableKey>, statementIds: Iterable<string>): void {
    const w = [...new Set(writes)].sort();
    if (w.length === 0) return;
    const written = new Set(w);
    const r = [...new Set(reads)].filter((t) => !written.has(t)).sort();
    const key = `${w.join('\u0000')}\u0001${r.join('\u0000')}`;
    const existing = this.#transactions.get(key);
    if (existing) {
      existing.count++;
      return;
    }
    this.#transactions.set(key, {
      writes: w,
      reads: r,
      count: 1,
      statements: [...new Set(statementIds)].slice(0, MAX_TX_STATEMENTS),
    });
  }

  get statementCount(): number {
    return this.#statements.size;
  }

  build(): Workload {
    const statements = [...this.#statements.values()].sort(
      (a, b) => b.calls - a.calls || (a.id < b.id ? -1 : 1),
    );
    const transactions = [...this.#transactions.values()]
      .sort((a, b) => b.count - a.count || (a.writes.join() < b.writes.join() ? -1 : 1))
      .map((t) => ({
        writes: t.writes,
        reads: t.reads,
        count: t.count,
        ...(t.statements.length ? { statements: t.statements } : {}),
      }));
    const warnings = [...this.#warnings];
    if (statements.length === 0) {
      warnings.push({ code: 'SEAM_WORKLOAD_EMPTY', message: 'No statement touching a table was found.' });
    }
    if (this.#unparsed.count > 0) {
      warnings.push({
        code: 'SEAM_WORKLOAD_UNPARSED',
        message: `${this.#unparsed.count} statement(s) could not be parsed and were left out.`,
      });
    }
    return {
      format: WORKLOAD_FORMAT,
      version: WORKLOAD_VERSION,
      sources: this.#sources,
      statements,
      transactions,
      unparsed: this.#unparsed,
      ...(warnings.length ? { warnings } : {}),
    };
  }
}

/**
 * Groups statements into transactions as they stream by: keyed by a transaction or session id,
 * opened by BEGIN, closed by COMMIT (kept) or ROLLBACK (dropped). Outside BEGIN…COMMIT a
 * statement is its own transaction, as in autocommit.
 */
export class TransactionTracker {
  readonly #open = new Map<
    string,
    { writes: Set<TableKey>; reads: Set<TableKey>; ids: string[]; explicit: boolean }
  >();

  constructor(readonly builder: WorkloadBuilder) {}

  /**
   * Feeds one statement. `key` identifies its transaction (a virtual xid, or a session when
   * BEGIN/COMMIT mark the blocks); `implicit` says the key is the transaction itself (a vxid), so
   * no BEGIN is needed to hold statements together.
   */
  add(key: string, analysis: StatementAnalysis, id: string | null, implicit = false): void {
    if (analysis.transaction === 'begin') {
      this.flush(key);
      this.#open.set(key, { writes: new Set(), reads: new Set(), ids: [], explicit: true });
      return;
    }
    if (analysis.transaction === 'commit') {
      this.flush(key);
      return;
    }
    if (analysis.transaction === 'rollback') {
      this.#open.delete(key);
      return;
    }
    let tx = this.#open.get(key);
    if (!tx) {
      tx = { writes: new Set(), reads: new Set(), ids: [], explicit: implicit };
      this.#open.set(key, tx);
      // A log of autocommit statements without session ids never says when a vxid ends:
      // keep memory bounded by closing the oldest open transactions.
      if (this.#open.size > MAX_OPEN) this.flush(this.#open.keys().next().value!);
    }
    for (const t of analysis.writes) tx.writes.add(t);
    for (const t of analysis.reads) tx.reads.add(t);
    if (id && (analysis.reads.length || analysis.writes.length)) tx.ids.push(id);
    if (!tx.explicit) this.flush(key);
  }

  flush(key: string): void {
    const tx = this.#open.get(key);
    if (!tx) return;
    this.#open.delete(key);
    this.builder.transaction(tx.writes, tx.reads, tx.ids);
  }

  /** Drops what a transaction wrote so far (a connection that quit or a server that restarted rolls it back). */
  discard(key: string): void {
    this.#open.delete(key);
  }

  /** Ends the input: transactions still open (the log was cut) are kept as they are. */
  end(): void {
    for (const key of [...this.#open.keys()]) this.flush(key);
  }
}
