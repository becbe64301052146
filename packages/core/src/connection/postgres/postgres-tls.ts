import { type ConnectionOptions, checkServerIdentity, type PeerCertificate } from 'node:tls';
import { SeamError } from '../../errors/seam-error.js';
import { readPemFile } from '../../tls/tls-files.js';
import type { ConnectionSpec } from '../connection-spec.js';

/** libpq's sslmode values, weakest first. */
export const PG_SSL_MODES = ['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full'] as const;
export type PgSslMode = (typeof PG_SSL_MODES)[number];

/** The URL parameters (and their PG* environment variables) Seam reads for a PostgreSQL connection. */
export const PG_URL_PARAMS: Record<string, string> = {
  sslmode: 'PGSSLMODE',
  sslrootcert: 'PGSSLROOTCERT',
  sslcert: 'PGSSLCERT',
  sslkey: 'PGSSLKEY',
};

/**
 * How to open a PostgreSQL connection, as libpq would for this sslmode:
 * - `first`: the TLS options of the first attempt (false: plain);
 * - `fallback`: for allow/prefer, the attempt libpq makes when the first one is refused
 *   (prefer: plain when the server has no TLS; allow: TLS when pg_hba refuses plain).
 */
export interface PgTlsPlan {
  mode: PgSslMode;
  first: false | ConnectionOptions;
  fallback?: { when: 'no-ssl-on-server' | 'server-requires-ssl'; ssl: false | ConnectionOptions };
}

function setting(spec: ConnectionSpec, name: string, env: NodeJS.ProcessEnv): string | undefined {
  return spec.params[name] ?? env[PG_URL_PARAMS[name] ?? ''] ?? undefined;
}

/**
 * The TLS plan of a connection: sslmode and its files from the URL (or PGSSLMODE, PGSSLROOTCERT,
 * PGSSLCERT, PGSSLKEY). Without any, no TLS (Seam's default; libpq's is prefer).
 * verify-ca checks the chain against sslrootcert but not the host name; verify-full checks both;
 * require encrypts without checking — unless sslrootcert is given, then it is verify-ca (libpq's rule).
 */
export function pgTlsPlan(spec: ConnectionSpec, env: NodeJS.ProcessEnv = process.env): PgTlsPlan {
  const raw = setting(spec, 'sslmode', env);
  const mode = (raw ?? 'disable') as PgSslMode;
  if (!PG_SSL_MODES.includes(mode)) {
    throw new SeamError('SEAM_URL_INVALID', `sslmode=${raw} is not a PostgreSQL sslmode.`, {
      hint: `Use one of ${PG_SSL_MODES.join(', ')} (as libpq).`,
    });
  }
  if (mode === 'disable') return { mode, first: false };
  const rootcert = setting(spec, 'sslrootcert', env);
  const certPath = setting(spec, 'sslcert', env);
  const keyPath = setting(spec, 'sslkey', env);
  if ((certPath === undefined) !== (keyPath === undefined)) {
    throw new SeamError(
      'SEAM_URL_INVALID',
      'sslcert and sslkey must be given together (a client certificate and its key).',
    );
  }
  const client: ConnectionOptions = {
    ...(certPath ? { cert: readPemFile(certPath, 'sslcert', 'CERTIFICATE') } : {}),
    ...(keyPath ? { key: readPemFile(keyPath, 'sslkey', 'PRIVATE KEY') } : {}),
  };
  const verify =
    mode === 'verify-ca' || mode === 'verify-full' || (mode === 'require' && rootcert !== undefined);
  if (!verify) {
    const ssl: ConnectionOptions = { ...client, rejectUnauthorized: false };
    if (mode === 'prefer') return { mode, first: ssl, fallback: { when: 'no-ssl-on-server', ssl: false } };
    if (mode === 'allow') return { mode, first: false, fallback: { when: 'server-requires-ssl', ssl } };
    return { mode, first: ssl };
  }
  if (rootcert === undefined) {
    throw new SeamError(
      'SEAM_URL_INVALID',
      `sslmode=${mode} needs sslrootcert: the CA certificate to verify the server with.`,
      {
        hint: 'Add sslrootcert=/path/to/ca.pem to the URL (or set PGSSLROOTCERT); sslrootcert=system uses the system CAs.',
      },
    );
  }
  const ca = rootcert === 'system' ? {} : { ca: readPemFile(rootcert, 'sslrootcert', 'CERTIFICATE') };
  const checkHost = mode === 'verify-full';
  return {
    mode,
    first: {
      ...client,
      ...ca,
      rejectUnauthorized: true,
      // verify-ca: the chain is checked by rejectUnauthorized; the host name is not.
      checkServerIdentity: checkHost
        ? (host: string, cert: PeerCertificate) => checkServerIdentity(host, cert)
        : () => undefined,
    },
  };
}
