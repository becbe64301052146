import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { SeamError } from '@seam/core';
import type { ProgressCallback } from '../progress.js';
import { UnparsableStatement } from '../workload/statement-analysis.js';
import type { StatementReader } from '../workload/statement-reader.js';
import { TransactionTracker, type WorkloadBuilder } from '../workload/workload-builder.js';
import {
  type CompiledPrefix,
  compileLogLinePrefix,
  DEFAULT_LOG_LINE_PREFIX,
  type LogLine,
} from './log-line-prefix.js';

export interface PgLogOptions {
  /** The server's log_line_prefix; default '%m [%p] '. */
  logLinePrefix?: string;
  /** Keep only lines of this database (needs %d in the prefix). */
  database?: string;
}

interface Entry {
  line: LogLine;
  sql: string;
  durationMs: number;
}

const DURATION = 'duration: ';

/** Splits `duration: 1.2 ms  statement: …` / `execute S_1: …` / `statement: …` into time and SQL. */
function statementOf(message: string): { sql: string | null; durationMs: number } {
  let rest = message;
  let durationMs = 0;
  if (rest.startsWith(DURATION)) {
    const end = rest.indexOf(' ms', DURATION.length);
    durationMs = Number(rest.slice(DURATION.length, end)) || 0;
    rest = end < 0 ? '' : rest.slice(end + 3).trimStart();
  }
  if (rest.startsWith('statement: ')) return { sql: rest.slice('statement: '.length), durationMs };
  if (rest.startsWith('execute ')) {
    const colon = rest.indexOf(': ');
    return { sql: colon < 0 ? null : rest.slice(colon + 2), durationMs };
  }
  return { sql: null, durationMs };
}

/**
 * Reads a PostgreSQL stderr log written with log_statement=all (or log_min_duration_statement=0):
 * statements, their durations, and which of them ran in one transaction. Multi-line statements
 * continue on lines that start with a tab. Transactions are grouped by the virtual xid (%v), or
 * by session (%p or %c) and BEGIN…COMMIT, or by the xid (%x) of writing statements.
 */
export class PgLogReader {
  readonly #prefix: CompiledPrefix;
  readonly #tracker: TransactionTracker;
  readonly #lastVxid = new Map<string, string>();
  #pending: Entry | null = null;
  #matched = 0;
  #lines = 0;
  #serial = 0;

  constructor(
    readonly builder: WorkloadBuilder,
    readonly reader: StatementReader,
    readonly options: PgLogOptions = {},
  ) {
    this.#prefix = compileLogLinePrefix(options.logLinePrefix ?? DEFAULT_LOG_LINE_PREFIX);
    this.#tracker = new TransactionTracker(builder);
    const has = this.#prefix.has;
    if (!has.vxid && !has.pid && !has.session && !has.xid) {
      builder.warn(
        'SEAM_LOG_NO_TRANSACTIONS',
        `log_line_prefix ${JSON.stringify(options.logLinePrefix ?? DEFAULT_LOG_LINE_PREFIX)} has no %v, %p, %c or %x: each statement counts as its own transaction.`,
      );
    }
  }

  line(raw: string): void {
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (text.length === 0) return;
    this.#lines++;
    if (text.startsWith('\t')) {
      if (this.#pending) this.#pending.sql += `\n${text.slice(1)}`;
      return;
    }
    const line = this.#prefix.match(text);
    if (!line) return;
    this.#matched++;
    this.#flush();
    if (this.options.database && line.db !== undefined && line.db !== this.options.database) return;
    if (line.level !== 'LOG') return;
    const { sql, durationMs } = statementOf(line.message);
    if (sql !== null) this.#pending = { line, sql, durationMs };
  }

  #flush(): void {
    const entry = this.#pending;
    this.#pending = null;
    if (!entry) return;
    const { key, implicit } = this.#transactionKey(entry.line);
    let statements: ReturnType<StatementReader['read']>;
    try {
      statements = this.reader.read(entry.sql);
    } catch (error) {
      if (error instanceof UnparsableStatement) {
        this.builder.unparsable(entry.sql, error.message);
        return;
      }
      throw error;
    }
    statements.forEach((s, i) => {
      this.builder.statement(
        { id: s.id, text: s.text, calls: 1, totalTimeMs: i === 0 ? entry.durationMs : 0 },
        s.analysis,
      );
      this.#tracker.add(key, s.analysis, s.id, implicit);
    });
  }

  #transactionKey(line: LogLine): { key: string; implicit: boolean } {
    const session = line.session ?? line.pid;
    if (line.vxid) {
      if (session) {
        const last = this.#lastVxid.get(session);
        if (last && last !== line.vxid) this.#tracker.flush(`v:${last}`);
        this.#lastVxid.set(session, line.vxid);
      }
      return { key: `v:${line.vxid}`, implicit: true };
    }
    if (session) return { key: `s:${session}`, implicit: false };
    if (line.xid && line.xid !== '0') return { key: `x:${line.xid}`, implicit: true };
    return { key: `n:${this.#serial++}`, implicit: false };
  }

  /** Ends the log; fails with SEAM_LOG_FORMAT when no line matched the prefix. */
  end(what = 'the log'): void {
    this.#flush();
    this.#tracker.end();
    if (this.#lines > 0 && this.#matched === 0) {
      throw new SeamError(
        'SEAM_LOG_FORMAT',
        `No line of ${what} matches log_line_prefix ${JSON.stringify(this.options.logLinePrefix ?? DEFAULT_LOG_LINE_PREFIX)}.`,
      );
    }
  }
}

/** Reads a whole PostgreSQL log held in a string. */
export function readPgLogText(
  text: string,
  builder: WorkloadBuilder,
  reader: StatementReader,
  options: PgLogOptions = {},
  what?: string,
): void {
  const log = new PgLogReader(builder, reader, options);
  let start = 0;
  while (start < text.length) {
    const end = text.indexOf('\n', start);
    log.line(text.slice(start, end < 0 ? text.length : end));
    start = end < 0 ? text.length : end + 1;
  }
  log.end(what);
}

const PROGRESS_EVERY = 200_000;

/** Streams a PostgreSQL log file line by line, so a log of any size is read in constant memory. */
export async function readPgLogFile(
  path: string,
  builder: WorkloadBuilder,
  reader: StatementReader,
  options: PgLogOptions = {},
  progress?: ProgressCallback,
): Promise<void> {
  try {
    await (await open(path, 'r')).close();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SeamError(
      code === 'ENOENT' ? 'SEAM_FILE_NOT_FOUND' : 'SEAM_FILE_UNREADABLE',
      code === 'ENOENT' ? `${path} does not exist.` : `${path} cannot be read (${code ?? 'error'}).`,
      { cause: error },
    );
  }
  const log = new PgLogReader(builder, reader, options);
  const lines = createInterface({
    input: createReadStream(path, { encoding: 'utf8' }),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let n = 0;
  for await (const line of lines) {
    log.line(line);
    if (++n % PROGRESS_EVERY === 0) progress?.({ phase: 'log', done: n, message: `${path}: ${n} lines` });
  }
  log.end(path);
}
