import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { readHeadOf } from '../file-head.js';
import type { ProgressCallback } from '../progress.js';
import { UnparsableStatement } from '../workload/statement-analysis.js';
import type { StatementReader } from '../workload/statement-reader.js';
import { TransactionTracker, type WorkloadBuilder } from '../workload/workload-builder.js';

/**
 * One entry of a MySQL or MariaDB general query log (log_output = FILE):
 *   MariaDB: `261207 12:41:21\t   142 Query\tSELECT 1`, later entries of the same second `\t\t   143 Query\t…`
 *   MySQL 8: `2024-01-15T10:00:00.123456Z\t    8 Query\tSELECT 1`
 * A statement spanning lines continues on lines that do not start like an entry.
 */
const ENTRY =
  /^(?:\d{6} +\d{1,2}:\d\d:\d\d|\d{4}-\d\d-\d\dT\S+)?[\t ]+(\d+) ([A-Z][a-z]+(?: [A-Za-z]+)?)\t?(.*)$/;
/** The three lines a server writes when it opens the log (again after each restart). */
const BANNER = [/^\S.*, Version: .*started with:$/, /^Tcp port: \d+/, /^Time\s+Id\s+Command\s+Argument$/];
const AUTOCOMMIT = /^\s*SET\s+(?:@@(?:SESSION\.)?|SESSION\s+|LOCAL\s+)?autocommit\s*=\s*(\w+)\s*;?\s*$/i;
const USE = /^\s*USE\s+(`(?:[^`]|``)+`|\S+?)\s*;?\s*$/i;
const PROGRESS_EVERY = 100_000;

/** Whether a text looks like a general query log (its banner, or entries). */
export function isMysqlGeneralLog(head: string): boolean {
  const lines = head.split('\n', 20);
  if (BANNER[0]!.test(lines[0] ?? '')) return true;
  const known = new Set(['Query', 'Connect', 'Quit', 'Execute', 'Init DB', 'Prepare']);
  return lines.filter((l) => known.has(ENTRY.exec(l)?.[2] ?? '')).length >= 2;
}

interface Connection {
  autocommit: boolean;
  schema: string | null;
}

function unquote(name: string): string {
  return name.startsWith('`') ? name.slice(1, -1).replaceAll('``', '`') : name;
}

/**
 * Reads a general query log: every statement a client sent (Query, and the values of server-side
 * prepared statements as Execute), grouped into transactions per connection — BEGIN / START
 * TRANSACTION … COMMIT, or, on a connection with autocommit off, everything up to the next COMMIT;
 * a ROLLBACK or a connection that quits drops what its open transaction wrote. `USE db` and Init
 * DB change where that connection's unqualified names point.
 */
export class MysqlGeneralLogReader {
  readonly #tracker: TransactionTracker;
  readonly #connections = new Map<string, Connection>();
  #pending: { id: string; command: string; text: string } | null = null;
  #entries = 0;

  constructor(
    readonly builder: WorkloadBuilder,
    readonly reader: StatementReader,
    readonly defaultSchema: string | null,
  ) {
    this.#tracker = new TransactionTracker(builder);
  }

  get entries(): number {
    return this.#entries;
  }

  line(raw: string): void {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (BANNER.some((b) => b.test(line))) {
      this.#finish();
      // A banner in the middle is a restart: every connection, and what it had open, is gone.
      if (BANNER[0]!.test(line)) this.#restart();
      return;
    }
    const m = ENTRY.exec(line);
    if (m) {
      this.#finish();
      this.#pending = { id: m[1]!, command: m[2]!, text: m[3]! };
    } else if (this.#pending) this.#pending.text += `\n${line}`;
  }

  end(): void {
    this.#finish();
    this.#tracker.end();
  }

  #restart(): void {
    for (const id of this.#connections.keys()) this.#tracker.discard(`c:${id}`);
    this.#connections.clear();
  }

  #connection(id: string): Connection {
    let c = this.#connections.get(id);
    if (!c) {
      c = { autocommit: true, schema: this.defaultSchema };
      this.#connections.set(id, c);
    }
    return c;
  }

  #finish(): void {
    const entry = this.#pending;
    if (!entry) return;
    this.#pending = null;
    this.#entries++;
    const key = `c:${entry.id}`;
    switch (entry.command) {
      case 'Connect': {
        this.#tracker.discard(key);
        this.#connections.delete(entry.id);
        const db = / on (\S+) using /.exec(entry.text)?.[1];
        if (db) this.#connection(entry.id).schema = db;
        return;
      }
      case 'Quit':
        // A connection that ends inside a transaction rolls it back.
        this.#tracker.discard(key);
        this.#connections.delete(entry.id);
        return;
      case 'Init DB':
        this.#connection(entry.id).schema = entry.text.trim() || null;
        return;
      case 'Query':
      case 'Execute':
        this.#statements(entry.id, key, entry.text);
        return;
      default:
        // Prepare (its text has placeholders: Execute carries the values), Close stmt, Ping, …
        return;
    }
  }

  #statements(id: string, key: string, text: string): void {
    const c = this.#connection(id);
    for (const sql of this.reader.split(text)) {
      const autocommit = AUTOCOMMIT.exec(sql);
      if (autocommit) {
        const on = /^(1|on|true)$/i.test(autocommit[1]!);
        // Turning autocommit on commits what is open.
        if (on && !c.autocommit) this.#tracker.flush(key);
        c.autocommit = on;
        continue;
      }
      const use = USE.exec(sql);
      if (use) {
        c.schema = unquote(use[1]!);
        continue;
      }
      let statements: ReturnType<StatementReader['read']>;
      try {
        statements = this.reader.read(sql, c.schema);
      } catch (error) {
        if (error instanceof UnparsableStatement) {
          this.builder.unparsable(sql, error.message);
          continue;
        }
        throw error;
      }
      for (const s of statements) {
        this.builder.statement({ id: s.id, text: s.text, calls: 1, totalTimeMs: 0 }, s.analysis);
        // With autocommit off, every statement opens (or joins) a transaction that only COMMIT ends.
        this.#tracker.add(key, s.analysis, s.id, !c.autocommit);
      }
    }
  }
}

/** Reads a general query log given as text. */
export function readMysqlGeneralLogText(
  text: string,
  builder: WorkloadBuilder,
  reader: StatementReader,
  what: string,
  defaultSchema: string | null,
): void {
  builder.source('mysql general log', what);
  const log = new MysqlGeneralLogReader(builder, reader, defaultSchema);
  for (const line of text.split('\n')) log.line(line);
  log.end();
  if (log.entries === 0) noEntries(builder, what);
}

/** Streams a general query log file, line by line (a busy server's log is large). */
export async function readMysqlGeneralLogFile(
  path: string,
  builder: WorkloadBuilder,
  reader: StatementReader,
  defaultSchema: string | null,
  progress?: ProgressCallback,
): Promise<void> {
  await readHeadOf(path, 1);
  builder.source('mysql general log', path);
  const log = new MysqlGeneralLogReader(builder, reader, defaultSchema);
  const lines = createInterface({
    input: createReadStream(path, { encoding: 'utf8' }),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let n = 0;
  for await (const line of lines) {
    log.line(line);
    if (++n % PROGRESS_EVERY === 0) progress?.({ phase: 'log', done: n, message: `${path}: ${n} lines` });
  }
  log.end();
  if (log.entries === 0) noEntries(builder, path);
}

function noEntries(builder: WorkloadBuilder, what: string): void {
  builder.warn(
    'SEAM_LOG_FORMAT',
    `${what} holds no general-log entry (lines like "12 Query<TAB>SELECT …"): is it a MySQL/MariaDB general query log?`,
  );
}
