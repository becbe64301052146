import { existsSync } from 'node:fs';
import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { describeConnection, parseConnectionUrl, SeamError } from '@seam/core';
import { connectMysql } from '@seam/core/sql';
import type mysql from 'mysql2/promise';
import { exec } from './exec.js';
import { say } from './log.js';
import type { DbConfigResult } from './postgres-cdc.js';

const MY_CNF = '/etc/mysql/my.cnf';
const CONF_DIR = '/etc/mysql/conf.d';
const SEAM_CNF = `${CONF_DIR}/seam-cdc.cnf`;

/** Row-based binlog with full row images: what Debezium's binlog connectors need. */
const CNF = `# written by seam infra: row-based binlog for Debezium change capture
[mysqld]
log_bin = mariadb-bin
binlog_format = ROW
binlog_row_image = FULL
binlog_annotate_row_events = ON
log_bin_compress = OFF
binlog_expire_logs_seconds = 86400
server_id = 1
max_connections = 400
# statement digests and table I/O counters, read by the analyzer
performance_schema = ON
`;

/** One connection of @seam/core/sql's layer, its raw connection lent to `fn`, closed after. */
async function withConnection<T>(url: string, fn: (c: mysql.Connection) => Promise<T>): Promise<T> {
  const db = await connectMysql(parseConnectionUrl(url), { connectTimeoutMs: 5000 });
  try {
    return await db.withConnection(fn);
  } finally {
    await db.close();
  }
}

function configError(message: string, cause?: unknown): SeamError {
  return new SeamError('SEAM_INFRA_DB_CONFIG', `MariaDB: ${message}`, { cause });
}

interface BinlogState {
  log_bin: string;
  binlog_format: string;
  binlog_row_image: string;
  server_id: string;
  max_connections: string;
  performance_schema: string;
  version: string;
}

async function readState(url: string): Promise<BinlogState> {
  return withConnection(url, async (c) => {
    const [rows] = await c.query(
      'select @@log_bin as log_bin, @@binlog_format as binlog_format, @@binlog_row_image as binlog_row_image, @@server_id as server_id, @@max_connections as max_connections, @@performance_schema as performance_schema, version() as version',
    );
    return (rows as BinlogState[])[0]!;
  });
}

function isGood(s: BinlogState): boolean {
  return (
    String(s.log_bin) === '1' &&
    s.binlog_format === 'ROW' &&
    s.binlog_row_image === 'FULL' &&
    Number(s.server_id) > 0 &&
    Number(s.max_connections) >= 400 &&
    String(s.performance_schema) === '1'
  );
}

async function waitUntilUp(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await readState(url);
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(300);
    }
  }
}

/**
 * Turns on the row-based binlog in the local MariaDB: a config file under /etc/mysql/conf.d
 * (included from my.cnf) and a restart, only when a setting is not already right.
 */
export async function configureMariadb(adminUrl: string): Promise<DbConfigResult> {
  const before = await readState(adminUrl);
  if (isGood(before)) return { engine: 'mariadb', changed: [], restarted: false };

  const changed: string[] = [];
  try {
    await mkdir(CONF_DIR, { recursive: true });
    const current = existsSync(SEAM_CNF) ? await readFile(SEAM_CNF, 'utf8') : '';
    if (current !== CNF) {
      await writeFile(SEAM_CNF, CNF);
      changed.push(SEAM_CNF);
    }
    const myCnf = await readFile(MY_CNF, 'utf8');
    if (!myCnf.includes(`!includedir ${CONF_DIR}`)) {
      await appendFile(MY_CNF, `\n# added by seam infra\n!includedir ${CONF_DIR}/\n`);
      changed.push(`${MY_CNF}: !includedir ${CONF_DIR}/`);
    }
  } catch (error) {
    throw configError(
      `cannot write the binlog settings to ${SEAM_CNF} (${(error as NodeJS.ErrnoException).code ?? 'error'}); set log_bin, binlog_format=ROW, binlog_row_image=FULL yourself.`,
      error,
    );
  }

  say(
    `restarting MariaDB to turn on the row-based binlog (log_bin was ${before.log_bin === '1' ? 'on' : 'off'}, format ${before.binlog_format})`,
  );
  try {
    await withConnection(adminUrl, (c) => c.query('SHUTDOWN'));
  } catch (error) {
    const e = error as { code?: string };
    // The server closes the connection as it goes down; that is the expected answer.
    if (
      e.code !== 'PROTOCOL_CONNECTION_LOST' &&
      !(error instanceof SeamError && error.code === 'SEAM_DB_CONNECTION_LOST')
    ) {
      throw configError('SHUTDOWN was refused; the admin user needs the SHUTDOWN privilege.', error);
    }
  }
  const spec = parseConnectionUrl(adminUrl);
  const deadline = Date.now() + 60_000;
  while ((await exec('pgrep', ['-x', 'mariadbd'])).code === 0) {
    if (Date.now() > deadline) throw configError('the server did not stop within 60 s.');
    await sleep(200);
  }
  const started = await exec('start-stop-daemon', [
    '--start',
    '--oknodo',
    '--background',
    '--exec',
    '/usr/sbin/mariadbd',
  ]);
  if (started.code !== 0) throw configError(`could not start mariadbd again: ${started.output.trim()}`);
  try {
    await waitUntilUp(adminUrl);
  } catch (error) {
    throw configError(
      `the server did not come back at ${describeConnection(spec)}; see /var/log/mysql/error.log.`,
      error,
    );
  }
  const after = await readState(adminUrl);
  if (!isGood(after)) {
    throw configError(
      `settings are still log_bin=${after.log_bin}, binlog_format=${after.binlog_format}, binlog_row_image=${after.binlog_row_image} after the restart.`,
    );
  }
  changed.push('log_bin=ON', 'binlog_format=ROW', 'binlog_row_image=FULL', 'performance_schema=ON');
  return { engine: 'mariadb', changed, restarted: true };
}
