import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConnectionUrl } from '@seam/core';
import { openDatabase } from '@seam/core/sql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSeam } from '../cli/run-seam.js';
import { makeCertificates, type TestCertificates } from '../helpers/certificates.js';
import { PG_ADMIN_URL } from '../helpers/databases.js';
import { type PrivatePostgres, startPrivatePostgres } from '../helpers/private-servers.js';

const PASSWORD = 'pg-Secret-4711';
let certs: TestCertificates;
let server: PrivatePostgres;

beforeAll(async () => {
  certs = makeCertificates(mkdtempSync(join(tmpdir(), 'seam-pg-certs-')));
  // TLS only: a plain connection finds no pg_hba line ("no encryption").
  server = await startPrivatePostgres({
    cert: certs.server.cert,
    key: certs.server.key,
    hba: 'hostssl all all 127.0.0.1/32 scram-sha-256',
  });
  server.psql(`create role app login password '${PASSWORD}'`);
}, 60_000);

afterAll(() => {
  server?.stop();
  if (certs) rmSync(certs.dir, { recursive: true, force: true });
});

const url = (query: string, host = 'localhost', password = PASSWORD) =>
  `postgres://app:${password}@${host}:${server.port}/postgres?${query}`;

/** Opens the connection, returns whether the session is encrypted; or the error's code. */
async function attempt(
  query: string,
  host = 'localhost',
  password = PASSWORD,
  poolSize?: number,
): Promise<boolean | string> {
  const u = query.includes('://') ? query : url(query, host, password);
  let db: Awaited<ReturnType<typeof openDatabase>> | undefined;
  try {
    db = await openDatabase(parseConnectionUrl(u), {
      connectTimeoutMs: 5000,
      ...(poolSize ? { poolSize } : {}),
    });
    const [row] = await db.query<{ ssl: boolean }>(
      'select ssl from pg_stat_ssl where pid = pg_backend_pid()',
    );
    return row?.ssl ?? false;
  } catch (error) {
    const e = error as { code?: string; message: string };
    expect(e.message).not.toContain(PASSWORD);
    return e.code ?? e.message;
  } finally {
    await db?.close();
  }
}

describe('PostgreSQL sslmode, as libpq', () => {
  it('verify-full and verify-ca pass with the right CA; verify-ca fails with another CA', async () => {
    expect(await attempt(`sslmode=verify-full&sslrootcert=${certs.ca}`)).toBe(true);
    expect(await attempt(`sslmode=verify-full&sslrootcert=${certs.ca}`, '127.0.0.1')).toBe(true);
    expect(await attempt(`sslmode=verify-ca&sslrootcert=${certs.ca}`, '127.0.0.1')).toBe(true);
    expect(await attempt(`sslmode=verify-ca&sslrootcert=${certs.otherCa}`)).toBe('SEAM_TLS_UNTRUSTED');
    // require with a root certificate verifies the chain (libpq's rule) …
    expect(await attempt(`sslmode=require&sslrootcert=${certs.otherCa}`)).toBe('SEAM_TLS_UNTRUSTED');
    // … and without one only encrypts.
    expect(await attempt('sslmode=require')).toBe(true);
  });

  it('allow and prefer fall back as libpq does; disable gets no pg_hba line', async () => {
    expect(await attempt('sslmode=disable')).toBe('SEAM_DB_AUTH_FAILED');
    expect(await attempt('sslmode=allow')).toBe(true);
    expect(await attempt('sslmode=prefer')).toBe(true);
    // A pool decides once, with its first connection.
    expect(await attempt('sslmode=allow', 'localhost', PASSWORD, 2)).toBe(true);
    expect(await attempt('sslmode=prefer', 'localhost', PASSWORD, 2)).toBe(true);
    // The shared server has no TLS: prefer connects without it, require fails with its own code.
    const shared = parseConnectionUrl(PG_ADMIN_URL);
    const sharedUrl = (q: string) => `postgres://${shared.user}@${shared.host}:${shared.port}/postgres?${q}`;
    const preferShared = await openDatabase(parseConnectionUrl(sharedUrl('sslmode=prefer')), { poolSize: 1 });
    expect(await preferShared.query('select 1 as one')).toEqual([{ one: 1 }]);
    await preferShared.close();
    expect(await attempt(sharedUrl('sslmode=require'))).toMatch(/SEAM_TLS_UNAVAILABLE|SEAM_DB_AUTH_FAILED/);
  });

  it('a wrong password is SEAM_DB_AUTH_FAILED; a missing file and a misspelled key have their codes', async () => {
    expect(await attempt('sslmode=require', 'localhost', 'not-the-password')).toBe('SEAM_DB_AUTH_FAILED');
    expect(await attempt('sslmode=verify-ca&sslrootcert=/nonexistent/ca.pem')).toBe(
      'SEAM_TLS_FILE_UNREADABLE',
    );
    expect(await attempt(`sslmode=verify-ca&sslrootcert=${certs.server.key}`)).toBe(
      'SEAM_TLS_FILE_UNREADABLE',
    );
    expect(await attempt('sslmode=verify-ca')).toBe('SEAM_URL_INVALID');
    expect(await attempt('sslmode=verify_full')).toBe('SEAM_URL_INVALID');
    try {
      parseConnectionUrl(url('sslmdoe=require'));
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toContain('did you mean sslmode');
      expect((error as Error).message).not.toContain(PASSWORD);
    }
  });

  it('verify-full fails on a host-name mismatch that verify-ca accepts; an expired certificate has its code', async () => {
    await server.useCertificate(certs.wrongHost.cert, certs.wrongHost.key);
    expect(await attempt(`sslmode=verify-full&sslrootcert=${certs.ca}`)).toBe('SEAM_TLS_HOST_MISMATCH');
    expect(await attempt(`sslmode=verify-ca&sslrootcert=${certs.ca}`)).toBe(true);
    await server.useCertificate(certs.expired.cert, certs.expired.key);
    expect(await attempt(`sslmode=verify-ca&sslrootcert=${certs.ca}`)).toBe('SEAM_TLS_CERT_EXPIRED');
    expect(await attempt('sslmode=require')).toBe(true);
    await server.useCertificate(certs.server.cert, certs.server.key);
  });

  it('the CLI reports an untrusted server with its code and hint, and never the password', async () => {
    const r = await runSeam([
      'introspect',
      '--json',
      '--source',
      url(`sslmode=verify-full&sslrootcert=${certs.otherCa}`),
    ]);
    expect(r.code).not.toBe(0);
    expect(`${r.stdout}${r.stderr}`).not.toContain(PASSWORD);
    const out = JSON.parse(r.stdout) as { error: { code: string; hint: string } };
    expect(out.error.code).toBe('SEAM_TLS_UNTRUSTED');
    expect(out.error.hint).toContain('sslrootcert');
  });
});
