import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { SeamError } from '@seam/core';
import { parse as parseCsvStream } from 'csv-parse';
import { parse as parseCsv } from 'csv-parse/sync';
import { readHeadOf } from '../file-head.js';
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

/** log_destination: `stderr` lines with log_line_prefix, or the structured `csvlog` and `jsonlog` (15+). */
export type PgLogFormat = 'stderr' | 'csvlog' | 'jsonlog';

export interface PgLogOptions {
  /** The log's format; default: told from its first line. */
  format?: PgLogFormat;
  /** The server's log_line_prefix (stderr logs); default '%m [%p] '. */
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

// csvlog columns (PostgreSQL 13–17): the ones read here.
const CSV = { user: 1, db: 2, pid: 3, session: 5, vxid: 9, xid: 10, level: 11, message: 13 } as const;
const CSV_LINE = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)?(?: [^,\s]+)?,/;

/** Tells a log's format from its first line. */
export function detectPgLogFormat(firstLine: string): PgLogFormat {
  const line = firstLine.trimStart();
  if (line.startsWith('{')) return 'jsonlog';
  return CSV_LINE.test(line) ? 'csvlog' : 'stderr';
}

const text = (v: unknown): string | undefined =>
  v === undefined || v === null || v === '' ? undefined : String(v);

function defined(line: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(line).filter(([, v]) => v !== undefined)) as Record<
    string,
    string
  >;
}

/** One csvlog record as a log line; null when it is not one. */
export function csvLogLine(fields: string[]): LogLine | null {
  if (fields.length <= CSV.message || !fields[CSV.level]) return null;
  return {
    ...defined({
      user: text(fields[CSV.user]),
      db: text(fields[CSV.db]),
      pid: text(fields[CSV.pid]),
      session: text(fields[CSV.session]),
      vxid: text(fields[CSV.vxid]),
      xid: text(fields[CSV.xid]),
    }),
    level: fields[CSV.level]!,
    message: fields[CSV.message] ?? '',
  };
}

/** One jsonlog line as a log line; null when it is not one. */
export function jsonLogLine(raw: string): LogLine | null {
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(raw) as Record<string, unknown>;
  } catch {
    return null;
  }
  if (typeof o !== 'object' || o === null || typeof o.error_severity !== 'string') return null;
  return {
    ...defined({
      user: text(o.user),
      db: text(o.dbname),
      pid: text(o.pid),
      session: text(o.session_id),
      vxid: text(o.vxid),
      xid: text(o.txid),
    }),
    level: o.error_severity,
    message: typeof o.message === 'string' ? o.message : '',
  };
}

const STRUCTURED = { pid: true, session: true, vxid: true, xid: true };

/**
 * Reads a PostgreSQL log in any of its formats: stderr written with log_statement=all (or log_min_duration_statement=0):
 * statements, their durations, and which of them ran in one transaction. Multi-line statements
 * continue on lines that start with a tab. Transactions are grouped by the virtual xid (%v), or
 * by session (%p or %c) and BEGIN…COMMIT, or by the xid (%x) of writing statements. csvlog and
 * jsonlog carry all of these. A separate `duration:` line (log_statement = all with
 * log_min_duration_statement = 0) adds its time to the session's last statement.
 */
export class PgLogReader {
  readonly #prefix: CompiledPrefix | null;
  readonly #format: PgLogFormat;
  readonly #tracker: TransactionTracker;
  readonly #lastVxid = new Map<string, string>();
  readonly #lastStatement = new Map<string, string>();
  #pending: Entry | null = null;
  #matched = 0;
  #lines = 0;
  #serial = 0;

  constructor(
    readonly builder: WorkloadBuilder,
    readonly reader: StatementReader,
    readonly options: PgLogOptions = {},
  ) {
    this.#format = options.format ?? 'stderr';
    this.#prefix =
      this.#format === 'stderr'
        ? compileLogLinePrefix(options.logLinePrefix ?? DEFAULT_LOG_LINE_PREFIX)
        : null;
    this.#tracker = new TransactionTracker(builder);
    const has = this.#prefix?.has ?? STRUCTURED;
    if (!has.vxid && !has.pid && !has.session && !has.xid) {
      builder.warn(
        'SEAM_LOG_NO_TRANSACTIONS',
        `log_line_prefix ${JSON.stringify(options.logLinePrefix ?? DEFAULT_LOG_LINE_PREFIX)} has no %v, %p, %c or %x: each statement counts as its own transaction.`,
      );
    }
  }

  /** One line of a stderr or jsonlog log. */
  line(raw: string): void {
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (text.length === 0) return;
    this.#lines++;
    if (!this.#prefix) {
      const line = this.#format === 'jsonlog' ? jsonLogLine(text) : null;
      if (line) this.#entry(line);
      return;
    }
    if (text.startsWith('\t')) {
      if (this.#pending) this.#pending.sql += `\n${text.slice(1)}`;
      return;
    }
    const line = this.#prefix.match(text);
    if (line) this.#entry(line);
  }

  /** One csvlog record (its fields). */
  record(fields: string[]): void {
    this.#lines++;
    const line = csvLogLine(fields);
    if (line) this.#entry(line);
  }

  #entry(line: LogLine): void {
    this.#matched++;
    this.#flush();
    if (this.options.database && line.db !== undefined && line.db !== this.options.database) return;
    if (line.level !== 'LOG') return;
    const { sql, durationMs } = statementOf(line.message);
    if (sql !== null) this.#pending = { line, sql, durationMs };
    else if (durationMs > 0) {
      const last = this.#lastStatement.get(sessionOf(line));
      if (last) this.builder.addTime(last, durationMs);
    }
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
    if (statements[0]) this.#lastStatement.set(sessionOf(entry.line), statements[0].id);
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
        this.#prefix
          ? `No line of ${what} matches log_line_prefix ${JSON.stringify(this.options.logLinePrefix ?? DEFAULT_LOG_LINE_PREFIX)}.`
          : `No line of ${what} is a PostgreSQL ${this.#format} entry.`,
        {
          hint: this.#prefix
            ? "Pass the server's log_line_prefix (SHOW log_line_prefix) with --log-line-prefix."
            : 'Give the log file PostgreSQL wrote for log_destination = csvlog or jsonlog, unchanged.',
        },
      );
    }
  }
}

/** The statement or session a log line belongs to, for a separate duration line. */
function sessionOf(line: LogLine): string {
  return line.session ?? line.pid ?? '';
}

/** The first line that is not blank. */
export function firstLine(text: string): string {
  const start = text.search(/\S/);
  if (start < 0) return '';
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? undefined : end);
}

/** Reads a whole PostgreSQL log held in a string. */
export function readPgLogText(
  text: string,
  builder: WorkloadBuilder,
  reader: StatementReader,
  options: PgLogOptions = {},
  what?: string,
): void {
  const format = options.format ?? detectPgLogFormat(firstLine(text));
  const log = new PgLogReader(builder, reader, { ...options, format });
  if (format === 'csvlog') {
    for (const fields of csvRecords(text, what)) log.record(fields);
    log.end(what);
    return;
  }
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
  const head = await readHeadOf(path);
  const format = options.format ?? detectPgLogFormat(firstLine(head));
  const log = new PgLogReader(builder, reader, { ...options, format });
  let n = 0;
  const tick = () => {
    if (++n % PROGRESS_EVERY === 0) progress?.({ phase: 'log', done: n, message: `${path}: ${n} lines` });
  };
  if (format === 'csvlog') {
    const records = createReadStream(path).pipe(parseCsvStream(CSV_OPTIONS));
    try {
      for await (const fields of records) {
        log.record(fields as string[]);
        tick();
      }
    } catch (error) {
      throw csvError(error, path);
    }
  } else {
    const lines = createInterface({
      input: createReadStream(path, { encoding: 'utf8' }),
      crlfDelay: Number.POSITIVE_INFINITY,
    });
    for await (const line of lines) {
      log.line(line);
      tick();
    }
  }
  log.end(path);
}

const CSV_OPTIONS = { relax_column_count: true, skip_empty_lines: true } as const;

function csvError(error: unknown, what = 'the log'): SeamError {
  return new SeamError('SEAM_LOG_FORMAT', `${what} is not a PostgreSQL csvlog: ${(error as Error).message}`, {
    hint: 'Give the .csv file PostgreSQL wrote for log_destination = csvlog, unchanged.',
    cause: error,
  });
}

function csvRecords(text: string, what?: string): string[][] {
  try {
    return parseCsv(text, CSV_OPTIONS) as string[][];
  } catch (error) {
    throw csvError(error, what);
  }
}
