import type { Queryable } from '../database.js';
import type { ServerReport } from '../engine.js';

/** The server version and what change capture (logical decoding) needs of the server and the user. */
export async function probePostgres(db: Queryable): Promise<ServerReport> {
  const rows = await db.query<{ version: string; wal_level: string; repl: boolean }>(
    "select current_setting('server_version') as version, current_setting('wal_level') as wal_level, (select rolreplication or rolsuper from pg_roles where rolname = current_user) as repl",
  );
  const r = rows[0]!;
  const cdcProblems: string[] = [];
  if (r.wal_level !== 'logical')
    cdcProblems.push(`wal_level is ${r.wal_level}, change capture needs logical`);
  if (!r.repl) cdcProblems.push('the user has neither REPLICATION nor superuser');
  return { flavor: 'postgresql', version: r.version, cdcProblems };
}
