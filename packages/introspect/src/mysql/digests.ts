import { MYSQL_SYSTEM_SCHEMAS as SYSTEM_SCHEMAS } from '@seam/catalog';
import type mysql from 'mysql2/promise';
import { type ExportRow, parseExportRows, pick, requireColumns } from '../workload/export-rows.js';
import { recordAggregate } from '../workload/record-statement.js';
import type { StatementReader } from '../workload/statement-reader.js';
import type { WorkloadBuilder } from '../workload/workload-builder.js';

const num = (v: unknown) => (v === null || v === undefined || v === '' ? 0 : Number(v));

const DIGESTS = `
select SCHEMA_NAME as schema_name, DIGEST as digest, DIGEST_TEXT as digest_text, COUNT_STAR as count_star,
       SUM_TIMER_WAIT as sum_timer_wait, SUM_ROWS_SENT as sum_rows_sent, SUM_ROWS_AFFECTED as sum_rows_affected
from performance_schema.events_statements_summary_by_digest`;

function record(
  rows: ExportRow[],
  builder: WorkloadBuilder,
  reader: StatementReader,
  schemas?: string[],
): void {
  for (const r of rows) {
    const schema = pick(r, 'schema_name');
    const schemaName = schema === null || schema === undefined || schema === '' ? null : String(schema);
    if (schemaName && SYSTEM_SCHEMAS.includes(schemaName.toLowerCase())) continue;
    if (schemas?.length && schemaName && !schemas.includes(schemaName)) continue;
    const text = String(pick(r, 'digest_text') ?? '');
    if (!text.trim()) continue;
    const digest = pick(r, 'digest');
    recordAggregate(builder, reader, {
      id: digest === null || digest === undefined || digest === '' ? null : String(digest),
      text,
      calls: num(pick(r, 'count_star')),
      // performance_schema timers are in picoseconds.
      totalTimeMs: num(pick(r, 'sum_timer_wait')) / 1e9,
      rows: num(pick(r, 'sum_rows_sent')) + num(pick(r, 'sum_rows_affected')),
      ...(schemaName ? { defaultSchema: schemaName } : {}),
    });
  }
}

/** Reads an export of events_statements_summary_by_digest (CSV, `mysql -B` TSV, or JSON). */
export function readMysqlDigestExport(
  text: string,
  builder: WorkloadBuilder,
  reader: StatementReader,
  what: string,
  schemas?: string[],
): void {
  const rows = parseExportRows(text, what);
  requireColumns(rows, what, [['digest_text'], ['count_star']]);
  builder.source('performance_schema digests', what);
  record(rows, builder, reader, schemas);
}

/** Reads the statement digests of a live MySQL/MariaDB server; warns when performance_schema is off. */
export async function readMysqlDigestsLive(
  conn: mysql.Connection,
  builder: WorkloadBuilder,
  reader: StatementReader,
  name: string,
  schemas?: string[],
): Promise<void> {
  builder.source('performance_schema digests', name);
  const [on] = await conn.query('select @@performance_schema as ps');
  if (String((on as Array<{ ps: unknown }>)[0]?.ps) !== '1') {
    builder.warn(
      'SEAM_NO_PERFORMANCE_SCHEMA',
      `performance_schema is off on ${name}; no statement digests to read.`,
    );
    return;
  }
  let rows: ExportRow[];
  try {
    const [result] = await conn.query(DIGESTS);
    rows = result as ExportRow[];
  } catch (error) {
    builder.warn(
      'SEAM_NO_PERFORMANCE_SCHEMA',
      `performance_schema.events_statements_summary_by_digest cannot be read on ${name} (${(error as { code?: string }).code ?? (error as Error).message}).`,
    );
    return;
  }
  // When the digest table is full, new statements only count in one row without a digest.
  const lost = rows.find((r) => r.digest === null || r.digest === undefined);
  const [size] = await conn.query('select @@performance_schema_digests_size as size');
  const limit = Number((size as Array<{ size: unknown }>)[0]?.size ?? 0);
  if (limit > 0 && rows.length >= limit) {
    builder.warn(
      'SEAM_STATS_UNAVAILABLE',
      `The statement digest table of ${name} is full (performance_schema_digests_size = ${limit})${lost ? `; ${num(pick(lost, 'count_star'))} statement(s) since were counted without a digest` : ''}: TRUNCATE performance_schema.events_statements_summary_by_digest, let the application run, and read again.`,
    );
  }
  record(rows, builder, reader, schemas);
}
