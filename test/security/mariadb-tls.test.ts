import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConnectionUrl } from '@seam/core';
import { openDatabase } from '@seam/core/sql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCertificates, type TestCertificates } from '../helpers/certificates.js';
import { MYSQL_ADMIN_URL } from '../helpers/databases.js';
import { type PrivateMariadb, startPrivateMariadb } from '../helpers/private-servers.js';

const PASSWORD = 'my-Secret-0815';
let certs: TestCertificates;
let server: PrivateMariadb;

beforeAll(async () => {
  certs = makeCertificates(mkdtempSync(join(tmpdir(), 'seam-my-certs-')));
  server = await startPrivateMariadb({ ca: certs.ca, cert: certs.server.cert, key: certs.server.key });
  // One user that must use TLS, one that may not (to see PREFERRED fall back elsewhere).
  server.sql(
    `create user app@'127.0.0.1' identified by '${PASSWORD}' require ssl; grant all on *.* to app@'127.0.0.1'`,
  );
}, 90_000);

afterAll(async () => {
  await server?.stop();
  if (certs) rmSync(certs.dir, { recursive: true, force: true });
});

const url = (query: string, password = PASSWORD) =>
  `mariadb://app:${password}@127.0.0.1:${server.port}/mysql${query ? `?${query}` : ''}`;

/** Opens the connection; whether the session is encrypted, or the error's code. */
async function attempt(u: string, poolSize?: number): Promise<boolean | string> {
  let db: Awaited<ReturnType<typeof openDatabase>> | undefined;
  try {
    db = await openDatabase(parseConnectionUrl(u), {
      connectTimeoutMs: 5000,
      ...(poolSize ? { poolSize } : {}),
    });
    const [row] = await db.query<{ Value: string }>("show session status like 'Ssl_cipher'");
    return (row?.Value ?? '') !== '';
  } catch (error) {
    const e = error as { code?: string; message: string };
    expect(e.message).not.toContain(PASSWORD);
    return e.code ?? e.message;
  } finally {
    await db?.close();
  }
}

describe('MySQL/MariaDB ssl-mode', () => {
  it('VERIFY_CA and VERIFY_IDENTITY pass with the right CA and fail with another', async () => {
    expect(await attempt(url(`ssl-mode=VERIFY_IDENTITY&ssl-ca=${certs.ca}`))).toBe(true);
    expect(await attempt(url(`ssl-mode=verify_ca&ssl-ca=${certs.ca}`), 2)).toBe(true);
    expect(await attempt(url(`ssl-mode=VERIFY_CA&ssl-ca=${certs.otherCa}`))).toBe('SEAM_TLS_UNTRUSTED');
    expect(await attempt(url(`ssl-mode=REQUIRED&ssl-ca=${certs.otherCa}`))).toBe('SEAM_TLS_UNTRUSTED');
    expect(await attempt(url('ssl-mode=REQUIRED'))).toBe(true);
    expect(await attempt(url('ssl-mode=PREFERRED'))).toBe(true);
    expect(await attempt(url('ssl-mode=PREFERRED'), 2)).toBe(true);
  });

  it('a user that requires TLS is refused without it; a wrong password is SEAM_DB_AUTH_FAILED', async () => {
    expect(await attempt(url(''))).toBe('SEAM_DB_AUTH_FAILED');
    expect(await attempt(url('ssl-mode=REQUIRED', 'wrong-password'))).toBe('SEAM_DB_AUTH_FAILED');
  });

  it('PREFERRED falls back to plain on a server without TLS; REQUIRED fails there with its code', async () => {
    const shared = parseConnectionUrl(MYSQL_ADMIN_URL);
    const sharedUrl = (q: string) => `mysql://${shared.user}@${shared.host}:${shared.port}/?${q}`;
    const hasTls = await attempt(sharedUrl('ssl-mode=PREFERRED'));
    // The shared server may or may not have TLS; either way PREFERRED connects.
    expect(typeof hasTls).toBe('boolean');
    if (hasTls === false) expect(await attempt(sharedUrl('ssl-mode=REQUIRED'))).toBe('SEAM_TLS_UNAVAILABLE');
  });

  it('VERIFY_IDENTITY fails on a host-name mismatch that VERIFY_CA accepts; an expired certificate has its code', async () => {
    server.useCertificate(certs.wrongHost.cert, certs.wrongHost.key);
    expect(await attempt(url(`ssl-mode=VERIFY_IDENTITY&ssl-ca=${certs.ca}`))).toBe('SEAM_TLS_HOST_MISMATCH');
    expect(await attempt(url(`ssl-mode=VERIFY_CA&ssl-ca=${certs.ca}`))).toBe(true);
    server.useCertificate(certs.expired.cert, certs.expired.key);
    expect(await attempt(url(`ssl-mode=VERIFY_CA&ssl-ca=${certs.ca}`))).toBe('SEAM_TLS_CERT_EXPIRED');
    server.useCertificate(certs.server.cert, certs.server.key);
  });

  it('bad options have their codes', async () => {
    expect(await attempt(url('ssl-mode=VERIFY_CA'))).toBe('SEAM_URL_INVALID');
    expect(await attempt(url('ssl-mode=STRICT'))).toBe('SEAM_URL_INVALID');
    expect(await attempt(url('ssl-mode=VERIFY_CA&ssl-ca=/nonexistent.pem'))).toBe('SEAM_TLS_FILE_UNREADABLE');
    expect(() => parseConnectionUrl(url('ssl_ca=/x'))).toThrow(/did you mean ssl-ca/);
  });
});
