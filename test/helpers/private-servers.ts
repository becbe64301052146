import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from './isolated-stack.js';

/** initdb/postgres refuse to run as root: run them as the postgres user then. */
function asServerUser(user: string): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const uid = Number(execFileSync('id', ['-u', user]).toString().trim());
  const gid = Number(execFileSync('id', ['-g', user]).toString().trim());
  return { uid, gid };
}

function chownTree(path: string, ids: { uid?: number; gid?: number }): void {
  if (ids.uid === undefined) return;
  execFileSync('chown', ['-R', `${ids.uid}:${ids.gid}`, path]);
}

export interface PrivatePostgres {
  port: number;
  /** The data folder, where the server's certificate files go (server.crt / server.key). */
  dataDir: string;
  /** Runs SQL as the superuser over the Unix socket. */
  psql(sql: string): string;
  /** Installs a certificate and key as the server's, and reloads (PostgreSQL re-reads TLS files on reload). */
  useCertificate(cert: string, key: string): Promise<void>;
  stop(): void;
}

/**
 * A temporary PostgreSQL cluster of the test's own (initdb + pg_ctl, another port, a socket in its
 * folder), with TLS on and `hba` as its pg_hba.conf. The shared server is never touched.
 */
export async function startPrivatePostgres(options: {
  cert: string;
  key: string;
  hba: string;
}): Promise<PrivatePostgres> {
  const root = mkdtempSync(join(tmpdir(), 'seam-pg-'));
  chmodSync(root, 0o755);
  const dataDir = join(root, 'data');
  const ids = asServerUser('postgres');
  chownTree(root, ids);
  const as = { ...ids, stdio: ['ignore', 'pipe', 'pipe'] as ['ignore', 'pipe', 'pipe'] };
  execFileSync('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync'], as);
  const port = await freePort();
  const install = (cert: string, key: string) => {
    copyFileSync(cert, join(dataDir, 'server.crt'));
    copyFileSync(key, join(dataDir, 'server.key'));
    chmodSync(join(dataDir, 'server.key'), 0o600);
    chownTree(join(dataDir, 'server.crt'), ids);
    chownTree(join(dataDir, 'server.key'), ids);
  };
  install(options.cert, options.key);
  writeFileSync(
    join(dataDir, 'postgresql.auto.conf'),
    [
      `port = ${port}`,
      "listen_addresses = '127.0.0.1'",
      `unix_socket_directories = '${root}'`,
      'ssl = on',
      "password_encryption = 'scram-sha-256'",
      'fsync = off',
      'shared_buffers = 16MB',
      'max_connections = 20',
    ].join('\n'),
  );
  writeFileSync(join(dataDir, 'pg_hba.conf'), `local all all trust\n${options.hba}\n`);
  chownTree(dataDir, ids);
  execFileSync('pg_ctl', ['-D', dataDir, '-l', join(root, 'server.log'), '-w', '-t', '30', 'start'], as);
  const psql = (sql: string) =>
    execFileSync(
      'psql',
      ['-h', root, '-p', String(port), '-U', 'postgres', '-d', 'postgres', '-Atqc', sql],
      as,
    )
      .toString()
      .trim();
  return {
    port,
    dataDir,
    psql,
    async useCertificate(cert, key) {
      install(cert, key);
      psql('select pg_reload_conf()');
      // The postmaster reloads asynchronously; new connections get the new context shortly after.
      await sleep(500);
    },
    stop() {
      try {
        execFileSync('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop'], as);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  };
}

export interface PrivateMariadb {
  port: number;
  /** Runs SQL as root over the Unix socket. */
  sql(statement: string): string;
  /** Installs a certificate and key as the server's (FLUSH SSL re-reads them). */
  useCertificate(cert: string, key: string): void;
  stop(): Promise<void>;
}

/**
 * A temporary MariaDB server of the test's own (mariadb-install-db + mariadbd on another port and
 * socket, its own folder), with TLS from the given files. The shared server is never touched.
 */
export async function startPrivateMariadb(options: {
  ca: string;
  cert: string;
  key: string;
}): Promise<PrivateMariadb> {
  const root = mkdtempSync(join(tmpdir(), 'seam-mariadb-'));
  chmodSync(root, 0o755);
  const ids = asServerUser('mysql');
  const dataDir = join(root, 'data');
  const socket = join(root, 'mysqld.sock');
  mkdirSync(dataDir);
  for (const [from, to] of [
    [options.ca, 'ca.pem'],
    [options.cert, 'server.pem'],
    [options.key, 'server.key'],
  ] as const)
    copyFileSync(from, join(root, to));
  chownTree(root, ids);
  const user = ids.uid === undefined ? [] : ['--user=mysql'];
  execFileSync(
    'mariadb-install-db',
    [...user, `--datadir=${dataDir}`, '--auth-root-authentication-method=socket', '--skip-test-db'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const port = await freePort();
  const server = spawn(
    'mariadbd',
    [
      '--no-defaults',
      ...user,
      `--datadir=${dataDir}`,
      `--socket=${socket}`,
      `--port=${port}`,
      '--bind-address=127.0.0.1',
      `--pid-file=${join(root, 'mysqld.pid')}`,
      `--log-error=${join(root, 'error.log')}`,
      '--skip-log-bin',
      '--innodb-buffer-pool-size=16M',
      '--innodb-log-file-size=8M',
      '--performance-schema=OFF',
      `--ssl-ca=${join(root, 'ca.pem')}`,
      `--ssl-cert=${join(root, 'server.pem')}`,
      `--ssl-key=${join(root, 'server.key')}`,
    ],
    { stdio: 'ignore' },
  );
  const sql = (statement: string) =>
    execFileSync('mariadb', ['--no-defaults', '-uroot', `--socket=${socket}`, '-N', '-B', '-e', statement], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
      .toString()
      .trim();
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      sql('select 1');
      break;
    } catch (error) {
      if (Date.now() > deadline || server.exitCode !== null) {
        server.kill('SIGKILL');
        rmSync(root, { recursive: true, force: true });
        throw error;
      }
      await sleep(200);
    }
  }
  return {
    port,
    sql,
    useCertificate(cert, key) {
      copyFileSync(cert, join(root, 'server.pem'));
      copyFileSync(key, join(root, 'server.key'));
      chownTree(root, ids);
      sql('FLUSH SSL');
    },
    async stop() {
      const exited = new Promise((r) => server.once('exit', r));
      server.kill('SIGTERM');
      await Promise.race([exited, sleep(10_000)]);
      if (server.exitCode === null) server.kill('SIGKILL');
      rmSync(root, { recursive: true, force: true });
    },
  };
}
