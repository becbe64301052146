import type { ErrorCode } from '../errors/codes.js';
import { SeamError } from '../errors/seam-error.js';
import { redactText } from '../redact/redact.js';
import { tlsErrorCode } from '../tls/tls-error.js';

interface DriverErrorLike {
  code?: unknown;
  errno?: unknown;
  message?: unknown;
  /** PostgreSQL's DETAIL and HINT lines (pg's DatabaseError), e.g. the views that depend on a table. */
  detail?: unknown;
  hint?: unknown;
}

const NETWORK_UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);
const NETWORK_LOST = new Set([
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'PROTOCOL_CONNECTION_LOST',
  'ECONNABORTED',
]);

const PG_STATES: Array<[prefix: string, code: ErrorCode, retryable?: boolean]> = [
  ['28P01', 'SEAM_DB_AUTH_FAILED'],
  ['28000', 'SEAM_DB_AUTH_FAILED'],
  ['3D000', 'SEAM_DB_NOT_FOUND'],
  ['42501', 'SEAM_DB_PERMISSION_DENIED'],
  ['57014', 'SEAM_DB_TIMEOUT'],
  ['57P0', 'SEAM_DB_CONNECTION_LOST'], // admin/crash shutdown, starting up / shutting down (57P03)
  ['25006', 'SEAM_DB_CONNECTION_LOST', true], // read-only transaction: a standby, mid-failover
  ['53300', 'SEAM_DB_UNREACHABLE'], // too many connections
  ['08', 'SEAM_DB_CONNECTION_LOST'],
  ['40001', 'SEAM_DB_QUERY_FAILED', true], // serialization failure
  ['40P01', 'SEAM_DB_QUERY_FAILED', true], // deadlock
  ['55P03', 'SEAM_DB_QUERY_FAILED', true], // lock not available
  ['23', 'SEAM_DB_CONSTRAINT'],
];

const MYSQL_CODES: Record<string, [ErrorCode, boolean?]> = {
  ER_ACCESS_DENIED_ERROR: ['SEAM_DB_AUTH_FAILED'],
  ER_ACCESS_DENIED_NO_PASSWORD_ERROR: ['SEAM_DB_AUTH_FAILED'],
  ER_BAD_DB_ERROR: ['SEAM_DB_NOT_FOUND'],
  ER_DBACCESS_DENIED_ERROR: ['SEAM_DB_PERMISSION_DENIED'],
  ER_TABLEACCESS_DENIED_ERROR: ['SEAM_DB_PERMISSION_DENIED'],
  ER_COLUMNACCESS_DENIED_ERROR: ['SEAM_DB_PERMISSION_DENIED'],
  ER_SPECIFIC_ACCESS_DENIED_ERROR: ['SEAM_DB_PERMISSION_DENIED'],
  ER_CON_COUNT_ERROR: ['SEAM_DB_UNREACHABLE'],
  ER_SERVER_SHUTDOWN: ['SEAM_DB_CONNECTION_LOST'],
  ER_CONNECTION_KILLED: ['SEAM_DB_CONNECTION_LOST'],
  ER_NET_READ_ERROR: ['SEAM_DB_CONNECTION_LOST'],
  ER_NET_READ_INTERRUPTED: ['SEAM_DB_CONNECTION_LOST'],
  ER_NET_ERROR_ON_WRITE: ['SEAM_DB_CONNECTION_LOST'],
  ER_SERVER_GONE_ERROR: ['SEAM_DB_CONNECTION_LOST'],
  CR_SERVER_GONE_ERROR: ['SEAM_DB_CONNECTION_LOST'],
  CR_SERVER_LOST: ['SEAM_DB_CONNECTION_LOST'],
  // read_only / super_read_only on the old primary, mid-failover
  ER_OPTION_PREVENTS_STATEMENT: ['SEAM_DB_CONNECTION_LOST', true],
  ER_LOCK_DEADLOCK: ['SEAM_DB_QUERY_FAILED', true],
  ER_LOCK_WAIT_TIMEOUT: ['SEAM_DB_QUERY_FAILED', true],
  ER_QUERY_INTERRUPTED: ['SEAM_DB_TIMEOUT'],
  ER_STATEMENT_TIMEOUT: ['SEAM_DB_TIMEOUT'],
  ER_DUP_ENTRY: ['SEAM_DB_CONSTRAINT'],
  ER_NO_REFERENCED_ROW_2: ['SEAM_DB_CONSTRAINT'],
  ER_ROW_IS_REFERENCED_2: ['SEAM_DB_CONSTRAINT'],
  ER_BAD_NULL_ERROR: ['SEAM_DB_CONSTRAINT'],
  ER_CHECK_CONSTRAINT_VIOLATED: ['SEAM_DB_CONSTRAINT'],
  ER_CONSTRAINT_FAILED: ['SEAM_DB_CONSTRAINT'],
};

function classify(err: DriverErrorLike): [ErrorCode, boolean | undefined] {
  const code = typeof err.code === 'string' ? err.code : '';
  const message = typeof err.message === 'string' ? err.message : '';
  const tls = tlsErrorCode(err);
  if (tls) return [tls, false];
  if (code === 'HANDSHAKE_NO_SSL_SUPPORT' || /server does not support SSL/i.test(message))
    return ['SEAM_TLS_UNAVAILABLE', false];
  if (NETWORK_UNREACHABLE.has(code)) return ['SEAM_DB_UNREACHABLE', undefined];
  if (NETWORK_LOST.has(code)) return ['SEAM_DB_CONNECTION_LOST', undefined];
  const mysql = MYSQL_CODES[code];
  if (mysql) {
    // --read-only also names other options: only read-only (a failover) is transient.
    if (code === 'ER_OPTION_PREVENTS_STATEMENT' && !/read.only/i.test(message))
      return ['SEAM_DB_QUERY_FAILED', undefined];
    return [mysql[0], mysql[1]];
  }
  // "database … is not currently accepting connections" (ALLOW_CONNECTIONS false, a database being
  // created or dropped): transient, like a server that is starting.
  if (code === '55000' && /not currently accepting connections/i.test(message))
    return ['SEAM_DB_UNREACHABLE', true];
  if (/^[0-9A-Z]{5}$/.test(code)) {
    for (const [prefix, mapped, retryable] of PG_STATES) {
      if (code.startsWith(prefix)) return [mapped, retryable];
    }
    return ['SEAM_DB_QUERY_FAILED', undefined];
  }
  if (
    /Connection terminated|connection is closed|Can't add new command when connection is in closed state/i.test(
      message,
    )
  ) {
    return ['SEAM_DB_CONNECTION_LOST', undefined];
  }
  if (/timeout/i.test(message)) return ['SEAM_DB_TIMEOUT', undefined];
  return ['SEAM_DB_QUERY_FAILED', undefined];
}

/**
 * A driver error's text as the database told it: the message, then PostgreSQL's DETAIL and HINT
 * lines (pg keeps them apart from `message`, where they would otherwise be lost).
 */
export function driverErrorText(error: unknown): string {
  if (typeof error !== 'object' || error === null) return String(error);
  const err = error as DriverErrorLike;
  const message =
    typeof err.message === 'string' && err.message ? err.message : String(err.code ?? 'unknown error');
  const extra = (label: string, value: unknown) =>
    typeof value === 'string' && value && !message.includes(value) ? `\n${label}: ${value}` : '';
  return `${message}${extra('DETAIL', err.detail)}${extra('HINT', err.hint)}`;
}

/**
 * Maps a pg or mysql2 error to a SeamError with a stable code and the right retryability.
 * `target` names what was being talked to (a redacted URL or "the target of service billing").
 */
export function mapDriverError(error: unknown, target: string): SeamError {
  if (error instanceof SeamError) return error;
  const err = (
    typeof error === 'object' && error !== null ? error : { message: String(error) }
  ) as DriverErrorLike;
  const [code, retryable] = classify(err);
  const raw = driverErrorText(err);
  const driverCode = typeof err.code === 'string' ? err.code : undefined;
  return new SeamError(code, `${redactText(target)}: ${raw}`, {
    cause: error,
    details: driverCode ? { driverCode } : {},
    ...(retryable === undefined ? {} : { retryable }),
  });
}
