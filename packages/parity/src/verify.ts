import { type ConnectionSpec, describeConnection, type TableName, tableKey, toSeamError } from '@seam/core';
import type { Barrier } from './barrier/barrier.js';
import {
  type CompareOptions,
  compareKeyed,
  compareKeyedByHash,
  compareMultiset,
  type DifferenceSink,
} from './compare-table.js';
import { type DbConnection, openConnection, readPosition } from './connection.js';
import { engineFor } from './engine.js';
import { type MappingOptions, mapTable, type TableMapping } from './mapping.js';
import { type Pending, recheck } from './recheck.js';
import type { RowDifference, TableReport, VerifyReport } from './report.js';
import { Side } from './side.js';
import type { CanonRow, TableInfo } from './types.js';

/** One table to compare: where it is on each side and how its columns map. */
export interface VerifyTable extends MappingOptions {
  source: TableName;
  target: TableName;
  service?: string;
}

export interface VerifyJob {
  source: ConnectionSpec;
  target: ConnectionSpec;
  tables: VerifyTable[];
}

export interface VerifyOptions extends CompareOptions {
  /** Row differences kept in the report per table (counts are always exact); 0 = all. Default 10,000. */
  maxRows?: number;
  /**
   * Lag-aware mode: re-check differences after the replicator passed the position of the side it
   * reads — `origin`, the source by default; the target when the target is the writer and the
   * source's copies follow it (a move after `seam move switch`).
   */
  lag?: { barrier: Barrier; timeoutMs: number; origin?: 'source' | 'target' };
  /** Every difference as found (e.g. for repair SQL); called before lag-aware re-checks. */
  onDifference?: (
    table: VerifyTable,
    mapping: TableMapping,
    targetInfo: TableInfo,
  ) => DifferenceSink | undefined;
  /** `ms`: time since the table's comparison started. */
  onTableProgress?: (
    table: VerifyTable,
    p: { done: number; total: number; rows: number; ms: number },
  ) => void;
}

/** Lag-aware mode re-checks at most this many differing rows per table; the rest stay unresolved. */
export const RECHECK_LIMIT = 1_000_000;

const sum = (d: { missing: number; extra: number; changed: number }) => d.missing + d.extra + d.changed;

function readTable(db: DbConnection, t: TableName): Promise<TableInfo | undefined> {
  return engineFor(db.dialect).readTable(db, t.schema, t.name);
}

function emptyReport(t: VerifyTable): TableReport {
  return {
    table: tableKey(t.source.schema, t.source.name),
    target: tableKey(t.target.schema, t.target.name),
    ...(t.service ? { service: t.service } : {}),
    status: 'equal',
    problems: [],
    notes: [],
    rows: { source: 0, target: 0 },
    differences: { missing: 0, extra: 0, changed: 0 },
    details: [],
    truncated: false,
    stats: { segments: 0, splits: 0, leafRows: 0, ms: 0, mode: 'none' },
  };
}

async function verifyTable(
  src: DbConnection,
  tgt: DbConnection,
  t: VerifyTable,
  options: VerifyOptions,
): Promise<TableReport> {
  const started = Date.now();
  const report = emptyReport(t);
  const [sInfo, tInfo] = await Promise.all([readTable(src, t.source), readTable(tgt, t.target)]);
  if (!sInfo || !tInfo) {
    report.status = 'missing-table';
    if (!sInfo) report.problems.push(`table ${report.table} does not exist on the source (${src.target})`);
    if (!tInfo) report.problems.push(`table ${report.target} does not exist on the target (${tgt.target})`);
    return report;
  }
  const mapping = mapTable(sInfo, tInfo, t);
  report.problems.push(...mapping.problems);
  report.notes.push(...mapping.notes);
  if (mapping.fatal) {
    report.status = 'different';
    report.problems.unshift(`rows not compared: ${mapping.fatal}`);
    return report;
  }
  const source = new Side('source', src, sInfo, mapping);
  const target = new Side('target', tgt, tInfo, mapping);
  const byRange = source.indexable && target.indexable;
  if (mapping.key.length && !byRange) {
    report.notes.push(
      'the key is not in byte order on one side (collation or type): rows are bucketed by a hash of the key, each pass scans the table',
    );
  }
  const maxRows = options.maxRows ?? 10_000;
  const extraSink = options.onDifference?.(t, mapping, tInfo);
  // Lag-aware: EVERY differing row is re-checked (--max-rows only bounds what is listed); past
  // RECHECK_LIMIT rows the rest are counted as unresolved, never as equal.
  const lagAware = options.lag !== undefined && mapping.key.length > 0;
  const pending: Pending[] = [];
  const unchecked = { missing: 0, extra: 0, changed: 0 };
  const sink: DifferenceSink = (d: RowDifference, rows: { source?: CanonRow; target?: CanonRow }) => {
    report.differences[d.kind] += d.count ?? 1;
    const row = rows.source ?? rows.target;
    if (lagAware && row && pending.length < RECHECK_LIMIT) {
      const origin = options.lag?.origin === 'target' ? rows.target : rows.source;
      pending.push({ difference: d, key: row.key, originHash: origin?.hash ?? null });
    } else if (lagAware) {
      unchecked[d.kind] += d.count ?? 1;
      d.state = 'unresolved';
    }
    if (maxRows === 0 || report.details.length < maxRows) report.details.push(d);
    else report.truncated = true;
    extraSink?.(d, rows);
  };
  const progress = (p: { done: number; total: number; rows: number }) =>
    options.onTableProgress?.(t, { ...p, ms: Date.now() - started });
  const compare = !mapping.key.length ? compareMultiset : byRange ? compareKeyed : compareKeyedByHash;
  const stats = await compare(source, target, mapping, { ...options, onProgress: progress }, sink);
  report.rows = stats.rows;
  report.stats = {
    segments: stats.segments,
    splits: stats.splits,
    leafRows: stats.leafRows,
    ms: 0,
    mode: !mapping.key.length ? 'multiset' : byRange ? 'key-ranges' : 'key-hash',
  };
  if (options.lag && report.details.length > 0 && !lagAware) {
    report.notes.push('lag-aware re-checks need a key: the differences of this table are reported as found');
  }
  if (options.lag && lagAware && pending.length + sum(unchecked) > 0) {
    // The unchecked rows the list kept (the re-checks give the others a state).
    const uncheckedListed = report.details.filter((d) => d.state === 'unresolved');
    const origin = options.lag.origin ?? 'source';
    const first = await readPosition(origin === 'target' ? tgt : src);
    report.recheck = await recheck(
      source,
      target,
      mapping,
      pending,
      first,
      options.lag.barrier,
      Date.now() + options.lag.timeoutMs,
      origin,
    );
    if (sum(unchecked) > 0) {
      report.recheck.unresolved += sum(unchecked);
      report.notes.push(
        `${sum(unchecked)} differing rows beyond the first ${RECHECK_LIMIT.toLocaleString('en-US')} were not re-checked: they count as unresolved`,
      );
    }
    report.differences = { ...unchecked };
    for (const p of pending) {
      const d = p.difference;
      if (d.state !== 'in-flight') report.differences[d.kind] += d.count ?? 1;
    }
    // List what is still different first: rows found in flight are no difference.
    const rank = (d: RowDifference) => (d.state === 'in-flight' ? 1 : 0);
    const listed = [...pending.map((p) => p.difference), ...uncheckedListed].sort(
      (a, b) => rank(a) - rank(b),
    );
    report.details = maxRows === 0 ? listed : listed.slice(0, maxRows);
    report.truncated = report.details.length < listed.length || uncheckedListed.length < sum(unchecked);
  }
  const { missing, extra, changed } = report.differences;
  report.status = missing + extra + changed > 0 || report.problems.length > 0 ? 'different' : 'equal';
  report.stats.ms = Date.now() - started;
  return report;
}

/**
 * Compares every table of every job: catalogs, column mapping, segment hashes, row differences,
 * and (lag-aware) re-checks. Never throws for a table: its error lands in its report.
 */
export async function verify(jobs: VerifyJob[], options: VerifyOptions = {}): Promise<VerifyReport> {
  const pools = new Map<string, Promise<DbConnection>>();
  const open = (spec: ConnectionSpec) => {
    const id = `${spec.dialect}:${describeConnection(spec)}`;
    let p = pools.get(id);
    if (!p) {
      p = openConnection(spec, Math.max(2, (options.concurrency ?? 1) + 1));
      p.catch(() => {});
      pools.set(id, p);
    }
    return p;
  };
  const tables: TableReport[] = [];
  try {
    for (const job of jobs) {
      for (const t of job.tables) {
        try {
          const [src, tgt] = await Promise.all([open(job.source), open(job.target)]);
          tables.push(await verifyTable(src, tgt, t, options));
        } catch (error) {
          const e = toSeamError(error);
          const report = emptyReport(t);
          report.status = 'error';
          report.error = { code: e.code, message: e.message, hint: e.hint };
          tables.push(report);
        }
      }
    }
  } finally {
    for (const p of pools.values()) await p.then((c) => c.close()).catch(() => {});
  }
  return { format: 'seam.verify', version: 1, equal: tables.every((t) => t.status === 'equal'), tables };
}
