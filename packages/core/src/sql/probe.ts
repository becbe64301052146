import mysql from 'mysql2/promise';
import pg from 'pg';
import { type ConnectionSpec, describeConnection } from '../connection/connection-spec.js';
import { mapDriverError } from './driver-error.js';
import { mysqlOptions, pgOptions } from './driver-options.js';

export interface DatabaseProbe {
  target: string;
  flavor: 'postgresql' | 'mysql' | 'mariadb';
  version: string;
  /** What change capture (Debezium) needs from this server and does not have. */
  cdcProblems: string[];
}

/**
 * Connects once and reads the server version and the settings change capture depends on.
 * Fails with a SeamError (unreachable, auth, missing database) whose message holds no password.
 */
export async function probeDatabase(spec: ConnectionSpec, timeoutMs = 5000): Promise<DatabaseProbe> {
  const target = describeConnection(spec);
  if (spec.dialect === 'postgres') {
    const client = new pg.Client(pgOptions(spec, { connectionTimeoutMillis: timeoutMs }));
    try {
      await client.connect();
      const { rows } = await client.query<{ version: string; wal_level: string; repl: boolean }>(
        "select current_setting('server_version') as version, current_setting('wal_level') as wal_level, (select rolreplication or rolsuper from pg_roles where rolname = current_user) as repl",
      );
      const r = rows[0]!;
      const cdcProblems: string[] = [];
      if (r.wal_level !== 'logical')
        cdcProblems.push(`wal_level is ${r.wal_level}, change capture needs logical`);
      if (!r.repl) cdcProblems.push('the user has neither REPLICATION nor superuser');
      return { target, flavor: 'postgresql', version: r.version, cdcProblems };
    } catch (error) {
      throw mapDriverError(error, target);
    } finally {
      await client.end().catch(() => {});
    }
  }
  let conn: mysql.Connection | undefined;
  try {
    conn = await mysql.createConnection({ ...mysqlOptions(spec), connectTimeout: timeoutMs });
    const [rows] = await conn.query(
      'select version() as version, @@log_bin as log_bin, @@binlog_format as format, @@binlog_row_image as image',
    );
    const r = (
      rows as Array<{ version: string; log_bin: number | string; format: string; image: string }>
    )[0]!;
    const cdcProblems: string[] = [];
    if (String(r.log_bin) !== '1') cdcProblems.push('the binary log is off (log_bin)');
    if (r.format !== 'ROW') cdcProblems.push(`binlog_format is ${r.format}, change capture needs ROW`);
    if (r.image !== 'FULL') cdcProblems.push(`binlog_row_image is ${r.image}, change capture needs FULL`);
    const flavor = mysqlServerFlavor(r.version);
    return { target, flavor, version: r.version, cdcProblems };
  } catch (error) {
    throw mapDriverError(error, target);
  } finally {
    await conn?.end().catch(() => {});
  }
}

/** MySQL or MariaDB, from what `SELECT version()` returns ('10.11.19-MariaDB-…', '8.0.36'). */
export function mysqlServerFlavor(version: unknown): 'mysql' | 'mariadb' {
  return /mariadb/i.test(String(version)) ? 'mariadb' : 'mysql';
}
