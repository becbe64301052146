import {
  type ConnectionSpec,
  describeConnection,
  readTextFile,
  type SchemaSnapshot,
  SeamError,
  type Workload,
} from '@seam/core';
import { engineFor } from '../engine.js';
import { readHead } from '../file-head.js';
import { readMysqlDigestExport } from '../mysql/digests.js';
import { isMysqlGeneralLog, readMysqlGeneralLogFile, readMysqlGeneralLogText } from '../mysql/general-log.js';
import { readPgStatStatementsExport, readPgStatStatementsLive } from '../postgres/stat-statements.js';
import { detectPgLogFormat, firstLine, readPgLogFile, readPgLogText } from '../postgres/statement-log.js';
import type { ProgressCallback } from '../progress.js';
import { isQueryable, type Queryable } from '../queryable.js';
import { TableResolver } from './resolver.js';
import { readSqlText } from './sql-file.js';
import type { StatementReader } from './statement-reader.js';
import { WorkloadBuilder } from './workload-builder.js';

/** Where a workload comes from. Logs are streamed, other files read whole; `text` may be given instead of a path. */
export type WorkloadInput =
  | { kind: 'pg-log'; path: string; text?: string; logLinePrefix?: string; database?: string }
  | { kind: 'pg-stat-statements'; path: string; text?: string }
  | { kind: 'mysql-digests'; path: string; text?: string }
  /** A MySQL/MariaDB general query log (log_output = FILE): statements and transactions per connection. */
  | { kind: 'mysql-general-log'; path: string; text?: string }
  | { kind: 'sql'; path: string; text?: string; dialect?: 'postgres' | 'mysql' }
  /** pg_stat_statements (PostgreSQL) or performance_schema digests (MySQL/MariaDB) of a live server. */
  | { kind: 'live'; source: ConnectionSpec | Queryable; name?: string };

export type WorkloadFileKind = Exclude<WorkloadInput['kind'], 'live'>;

export interface ReadWorkloadOptions {
  /** Resolves unqualified names and checks columns; without it, names are taken as written. */
  snapshot?: SchemaSnapshot | null;
  /** The dialect when neither the snapshot nor the inputs tell it; default postgres. */
  dialect?: 'postgres' | 'mysql';
  /** Schema for unqualified names: default public (PostgreSQL) or the snapshot's database (MySQL). */
  defaultSchema?: string;
  /** log_line_prefix for PostgreSQL logs that do not say their own. */
  logLinePrefix?: string;
  /** Keep only this database's lines of a PostgreSQL log (needs %d in the prefix). */
  database?: string;
  /** MySQL digests: keep only these databases (SCHEMA_NAME). */
  schemas?: string[];
  /** Called now and then while a long log is read. */
  progress?: ProgressCallback;
}

function dialectOf(inputs: WorkloadInput[], options: ReadWorkloadOptions): 'postgres' | 'mysql' {
  if (options.snapshot) return options.snapshot.engine.dialect;
  for (const i of inputs) {
    if (i.kind === 'pg-log' || i.kind === 'pg-stat-statements') return 'postgres';
    if (i.kind === 'mysql-digests' || i.kind === 'mysql-general-log') return 'mysql';
    if (i.kind === 'live' && !isQueryable(i.source)) return i.source.dialect;
    if (i.kind === 'live') return 'postgres';
    if (i.kind === 'sql' && i.dialect) return i.dialect;
  }
  return options.dialect ?? 'postgres';
}

/**
 * Guesses a workload file's kind from its name and first lines: a PostgreSQL log, a MySQL/MariaDB
 * general query log, an export of pg_stat_statements or of MySQL statement digests, or plain SQL.
 */
export function detectWorkloadKind(path: string, text: string): WorkloadFileKind {
  const first = firstLine(text);
  if (isMysqlGeneralLog(text.slice(0, 4096))) return 'mysql-general-log';
  const logFormat = detectPgLogFormat(first);
  if (logFormat === 'csvlog' || (logFormat === 'jsonlog' && first.includes('"error_severity"')))
    return 'pg-log';
  const head = text.slice(0, 4096).toLowerCase();
  if (head.includes('digest_text') && head.includes('count_star')) return 'mysql-digests';
  if (
    /"?query"?/.test(head) &&
    head.includes('calls') &&
    (path.endsWith('.csv') ||
      path.endsWith('.json') ||
      path.endsWith('.tsv') ||
      head.trimStart().startsWith('[') ||
      head.trimStart().startsWith('{'))
  ) {
    return 'pg-stat-statements';
  }
  if (path.endsWith('.log') || /(^|\n)[^\n]*\b(log|error|statement): {2}/.test(head)) return 'pg-log';
  return 'sql';
}

/** Guesses a workload file's kind from its name and its first 4 KiB, without reading it whole. */
export async function sniffWorkloadFile(path: string): Promise<WorkloadFileKind> {
  let head = '';
  try {
    head = await readHead(path);
  } catch {
    return detectWorkloadKind(path, (await readTextFile(path)).slice(0, 4096)); // names the error
  }
  return detectWorkloadKind(path, head);
}

/**
 * Reads workload inputs into one Workload: statements with the tables they read and write and
 * their join predicates, and (from logs and scripts) transactions and the tables they write
 * together. Unparsable statements are counted and sampled, never fatal; problems with a source
 * (pg_stat_statements missing, no transaction ids in a log) are warnings with a stable code.
 */
export async function readWorkload(
  inputs: WorkloadInput[],
  options: ReadWorkloadOptions = {},
): Promise<Workload> {
  const engine = engineFor(dialectOf(inputs, options));
  const defaultSchema = options.defaultSchema ?? engine.defaultSchema(options.snapshot);
  const resolver = new TableResolver(engine, defaultSchema, options.snapshot);
  const reader: StatementReader = engine.statementReader(resolver);
  const builder = new WorkloadBuilder();
  for (const input of inputs) {
    if (input.kind === 'live') {
      await readLive(input.source, input.name, builder, reader, options);
      continue;
    }
    if (input.kind !== 'sql' && !engine.workloadKinds.includes(input.kind)) {
      throw new SeamError(
        'SEAM_USAGE',
        `${input.path} is a ${input.kind} input, but the workload is for ${reader.dialect}.`,
      );
    }
    if (input.kind === 'pg-log') {
      builder.source('postgresql log', input.path);
      const logOptions = {
        ...((input.logLinePrefix ?? options.logLinePrefix)
          ? { logLinePrefix: input.logLinePrefix ?? options.logLinePrefix }
          : {}),
        ...((input.database ?? options.database) ? { database: input.database ?? options.database } : {}),
      };
      if (input.text === undefined)
        await readPgLogFile(input.path, builder, reader, logOptions, options.progress);
      else readPgLogText(input.text, builder, reader, logOptions, input.path);
      continue;
    }
    if (input.kind === 'mysql-general-log') {
      if (input.text === undefined)
        await readMysqlGeneralLogFile(input.path, builder, reader, defaultSchema, options.progress);
      else readMysqlGeneralLogText(input.text, builder, reader, input.path, defaultSchema);
      continue;
    }
    const text = input.text ?? (await readTextFile(input.path));
    switch (input.kind) {
      case 'pg-stat-statements':
        readPgStatStatementsExport(text, builder, reader, input.path);
        break;
      case 'mysql-digests':
        readMysqlDigestExport(text, builder, reader, input.path, options.schemas);
        break;
      case 'sql':
        readSqlText(text, builder, reader, input.path);
        break;
    }
  }
  return builder.build();
}

async function readLive(
  source: ConnectionSpec | Queryable,
  name: string | undefined,
  builder: WorkloadBuilder,
  reader: StatementReader,
  options: ReadWorkloadOptions,
): Promise<void> {
  if (isQueryable(source)) {
    await readPgStatStatementsLive(source, builder, reader, name ?? 'the database');
    return;
  }
  const label = name ?? describeConnection(source);
  await engineFor(source.dialect).readLiveWorkload(source, builder, reader, label, options.schemas);
}
