import { quoteQualified } from '@seam/core/sql';
import type { Queryable } from '../queryable.js';
import { type ExportRow, parseExportRows, pick, requireColumns } from '../workload/export-rows.js';
import { recordAggregate } from '../workload/record-statement.js';
import type { StatementReader } from '../workload/statement-reader.js';
import type { WorkloadBuilder } from '../workload/workload-builder.js';

const num = (v: unknown) => (v === null || v === undefined || v === '' ? 0 : Number(v));
const HIDDEN = '<insufficient privilege>';

function record(rows: ExportRow[], builder: WorkloadBuilder, reader: StatementReader): void {
  let hidden = 0;
  for (const r of rows) {
    const text = String(pick(r, 'query') ?? '');
    if (text === HIDDEN) {
      hidden++;
      continue;
    }
    if (!text.trim()) continue;
    const id = pick(r, 'queryid');
    recordAggregate(builder, reader, {
      id: id === null || id === undefined || id === '' ? null : String(id),
      text,
      calls: num(pick(r, 'calls')),
      totalTimeMs: num(pick(r, 'total_exec_time', 'total_time')),
      ...(pick(r, 'rows') === undefined ? {} : { rows: num(pick(r, 'rows')) }),
    });
  }
  if (hidden) {
    builder.warn(
      'SEAM_STATS_UNAVAILABLE',
      `${hidden} pg_stat_statements row(s) hide their text (<insufficient privilege>): grant pg_read_all_stats to see them.`,
    );
  }
}

/** Reads an export of the pg_stat_statements view (psql `\copy (select …) to … csv header`, or JSON). */
export function readPgStatStatementsExport(
  text: string,
  builder: WorkloadBuilder,
  reader: StatementReader,
  what: string,
): void {
  const rows = parseExportRows(text, what);
  requireColumns(rows, what, [['query'], ['calls']]);
  builder.source('pg_stat_statements', what);
  record(rows, builder, reader);
}

/**
 * Reads pg_stat_statements of the connected database. When the extension is missing (or not
 * preloaded) it warns with SEAM_NO_PG_STAT_STATEMENTS and reads nothing.
 */
export async function readPgStatStatementsLive(
  db: Queryable,
  builder: WorkloadBuilder,
  reader: StatementReader,
  name: string,
): Promise<void> {
  builder.source('pg_stat_statements', name);
  const ext = await db.query<{ schema: string }>(
    "select n.nspname::text as schema from pg_catalog.pg_extension e join pg_catalog.pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_stat_statements'",
  );
  const schema = ext.rows[0]?.schema;
  if (!schema) {
    builder.warn(
      'SEAM_NO_PG_STAT_STATEMENTS',
      `pg_stat_statements is not installed in ${name} (CREATE EXTENSION pg_stat_statements).`,
    );
    return;
  }
  let rows: ExportRow[];
  try {
    rows = (
      await db.query<ExportRow>(
        `select s.* from ${quoteQualified('postgres', schema, 'pg_stat_statements')} s where s.dbid = (select oid from pg_catalog.pg_database where datname = current_database())`,
      )
    ).rows;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === '55000') {
      builder.warn(
        'SEAM_NO_PG_STAT_STATEMENTS',
        `pg_stat_statements is installed but not loaded: add it to shared_preload_libraries and restart.`,
      );
      return;
    }
    throw error;
  }
  record(rows, builder, reader);
}
