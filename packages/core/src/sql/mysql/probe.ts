import type { Queryable } from '../database.js';
import type { ServerReport } from '../engine.js';

/** MySQL or MariaDB, from what `SELECT version()` returns ('10.11.19-MariaDB-…', '8.0.36'). */
export function mysqlServerFlavor(version: unknown): 'mysql' | 'mariadb' {
  return /mariadb/i.test(String(version)) ? 'mariadb' : 'mysql';
}

/** The server version and what change capture (a row-based binary log) needs of the server. */
export async function probeMysql(db: Queryable): Promise<ServerReport> {
  const rows = await db.query<{ version: string; log_bin: number | string; format: string; image: string }>(
    'select version() as version, @@log_bin as log_bin, @@binlog_format as format, @@binlog_row_image as image',
  );
  const r = rows[0]!;
  const cdcProblems: string[] = [];
  if (String(r.log_bin) !== '1') cdcProblems.push('the binary log is off (log_bin)');
  if (r.format !== 'ROW') cdcProblems.push(`binlog_format is ${r.format}, change capture needs ROW`);
  if (r.image !== 'FULL') cdcProblems.push(`binlog_row_image is ${r.image}, change capture needs FULL`);
  return { flavor: mysqlServerFlavor(r.version), version: r.version, cdcProblems };
}
