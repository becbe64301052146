import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** PEM files made by openssl for one test: a CA and certificates signed by it or not. */
export interface TestCertificates {
  dir: string;
  /** The CA that signed server, client, expired and wrongHost. */
  ca: string;
  /** A CA that signed nothing the servers use (verifying against it must fail). */
  otherCa: string;
  /** For localhost and 127.0.0.1, valid for a day. */
  server: { cert: string; key: string };
  /** For localhost and 127.0.0.1, expired in 2021. */
  expired: { cert: string; key: string };
  /** For wrong.example only (a host-name mismatch for localhost/127.0.0.1). */
  wrongHost: { cert: string; key: string };
  /** For localhost and 127.0.0.1, signed by otherCa (untrusted by `ca`). */
  untrusted: { cert: string; key: string };
  /** A client certificate, CN=seam-client. */
  client: { cert: string; key: string };
}

const SERVER_SAN = 'DNS:localhost,IP:127.0.0.1';

function openssl(dir: string, args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
}

function makeCa(dir: string, name: string): { cert: string; key: string } {
  const key = join(dir, `${name}.key`);
  const cert = join(dir, `${name}.pem`);
  openssl(dir, [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-keyout',
    key,
    '-out',
    cert,
    '-days',
    '2',
    '-subj',
    `/CN=${name}`,
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  return { cert, key };
}

/** A certificate signed by `ca` (with `openssl ca`, which can back-date: the expired one). */
function sign(
  dir: string,
  ca: { cert: string; key: string },
  name: string,
  subject: string,
  san: string | undefined,
  dates: { start: string; end: string },
): { cert: string; key: string } {
  const key = join(dir, `${name}.key`);
  const csr = join(dir, `${name}.csr`);
  const cert = join(dir, `${name}.pem`);
  openssl(dir, [
    'req',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-keyout',
    key,
    '-out',
    csr,
    '-subj',
    subject,
  ]);
  const db = join(dir, `${name}.db`);
  writeFileSync(join(dir, `${name}.index`), '');
  mkdirSync(db, { recursive: true });
  const conf = join(dir, `${name}.cnf`);
  writeFileSync(
    conf,
    `[ca]\ndefault_ca=ca\n[ca]\nnew_certs_dir=${db}\ndatabase=${join(dir, `${name}.index`)}\nserial=${join(dir, `${name}.serial`)}\n` +
      `default_md=sha256\npolicy=any\ncopy_extensions=none\nunique_subject=no\n[any]\ncommonName=supplied\n` +
      `[ext]\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth,clientAuth\n` +
      (san ? `subjectAltName=${san}\n` : ''),
  );
  writeFileSync(
    join(dir, `${name}.serial`),
    `${Math.floor(Math.random() * 1e8)
      .toString(16)
      .padStart(8, '0')}\n`,
  );
  openssl(dir, [
    'ca',
    '-batch',
    '-config',
    conf,
    '-cert',
    ca.cert,
    '-keyfile',
    ca.key,
    '-in',
    csr,
    '-out',
    cert,
    '-extensions',
    'ext',
    '-startdate',
    dates.start,
    '-enddate',
    dates.end,
    '-notext',
  ]);
  return { cert, key };
}

function stamp(date: Date): string {
  return `${date.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;
}

/** Makes every certificate in `dir` (about 1 s of openssl). */
export function makeCertificates(dir: string): TestCertificates {
  mkdirSync(dir, { recursive: true });
  const ca = makeCa(dir, 'ca');
  const other = makeCa(dir, 'other-ca');
  const now = Date.now();
  const valid = { start: stamp(new Date(now - 3600_000)), end: stamp(new Date(now + 86_400_000)) };
  return {
    dir,
    ca: ca.cert,
    otherCa: other.cert,
    server: sign(dir, ca, 'server', '/CN=localhost', SERVER_SAN, valid),
    expired: sign(dir, ca, 'expired', '/CN=localhost', SERVER_SAN, {
      start: '20200101000000Z',
      end: '20210101000000Z',
    }),
    wrongHost: sign(dir, ca, 'wrong-host', '/CN=wrong.example', 'DNS:wrong.example', valid),
    untrusted: sign(dir, other, 'untrusted', '/CN=localhost', SERVER_SAN, valid),
    client: sign(dir, ca, 'client', '/CN=seam-client', undefined, valid),
  };
}
