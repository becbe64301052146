import { SeamError } from '../../errors/seam-error.js';
import { readPemFile } from '../../tls/tls-files.js';
import type { ConnectionSpec } from '../connection-spec.js';

/** The mysql client's --ssl-mode values, weakest first. */
export const MYSQL_SSL_MODES = ['DISABLED', 'PREFERRED', 'REQUIRED', 'VERIFY_CA', 'VERIFY_IDENTITY'] as const;
export type MysqlSslMode = (typeof MYSQL_SSL_MODES)[number];

/** The URL parameters Seam reads for a MySQL/MariaDB connection (the mysql client's option names). */
export const MYSQL_URL_PARAMS = ['ssl-mode', 'ssl-ca', 'ssl-cert', 'ssl-key'] as const;

/** mysql2's `ssl` option (a subset: what an ssl-mode sets). */
export interface MysqlSsl {
  ca?: string;
  cert?: string;
  key?: string;
  rejectUnauthorized: boolean;
  verifyIdentity: boolean;
}

export interface MysqlTlsPlan {
  mode: MysqlSslMode;
  first: MysqlSsl | undefined;
  /** PREFERRED: a second attempt without TLS when the server offers none. */
  fallbackToPlain: boolean;
}

/**
 * The TLS of a MySQL/MariaDB connection from `ssl-mode`, `ssl-ca`, `ssl-cert`, `ssl-key` URL
 * parameters (the mysql client's options; absent: no TLS). VERIFY_CA checks the chain against
 * ssl-ca, VERIFY_IDENTITY also the host name; REQUIRED encrypts without checking, unless ssl-ca
 * is given (then VERIFY_CA, as libpq's require does with a root certificate).
 */
export function mysqlTlsPlan(spec: ConnectionSpec): MysqlTlsPlan {
  const raw = spec.params['ssl-mode'];
  const mode = (raw ?? 'DISABLED').toUpperCase() as MysqlSslMode;
  if (!MYSQL_SSL_MODES.includes(mode)) {
    throw new SeamError('SEAM_URL_INVALID', `ssl-mode=${raw} is not a MySQL ssl-mode.`, {
      hint: `Use one of ${MYSQL_SSL_MODES.join(', ')} (as the mysql client).`,
    });
  }
  if (mode === 'DISABLED') return { mode, first: undefined, fallbackToPlain: false };
  const caPath = spec.params['ssl-ca'];
  const certPath = spec.params['ssl-cert'];
  const keyPath = spec.params['ssl-key'];
  if ((certPath === undefined) !== (keyPath === undefined)) {
    throw new SeamError(
      'SEAM_URL_INVALID',
      'ssl-cert and ssl-key must be given together (a client certificate and its key).',
    );
  }
  const verify =
    mode === 'VERIFY_CA' || mode === 'VERIFY_IDENTITY' || (mode === 'REQUIRED' && caPath !== undefined);
  if (verify && caPath === undefined) {
    throw new SeamError(
      'SEAM_URL_INVALID',
      `ssl-mode=${mode} needs ssl-ca: the CA certificate to verify the server with.`,
      {
        hint: 'Add ssl-ca=/path/to/ca.pem to the URL.',
      },
    );
  }
  return {
    mode,
    fallbackToPlain: mode === 'PREFERRED',
    first: {
      ...(caPath ? { ca: readPemFile(caPath, 'ssl-ca', 'CERTIFICATE') } : {}),
      ...(certPath ? { cert: readPemFile(certPath, 'ssl-cert', 'CERTIFICATE') } : {}),
      ...(keyPath ? { key: readPemFile(keyPath, 'ssl-key', 'PRIVATE KEY') } : {}),
      rejectUnauthorized: verify,
      verifyIdentity: mode === 'VERIFY_IDENTITY',
    },
  };
}
