export {
  type ConnectionSpec,
  connectionFromEnv,
  describeConnection,
  parseConnectionUrl,
  serviceUrlEnvVar,
  withDatabase,
} from './connection/connection-spec.js';
export { MYSQL_SSL_MODES } from './connection/mysql/mysql-tls.js';
export { PG_SSL_MODES } from './connection/postgres/postgres-tls.js';
export { type SchemaNaming, schemaNamingFor } from './connection/schema-naming.js';
export { type ErrorCode, errorCodes } from './errors/codes.js';
export {
  formatError,
  isRetryable,
  isSeamError,
  SeamError,
  type SeamErrorOptions,
  toSeamError,
} from './errors/seam-error.js';
export * from './model/files.js';
export * from './model/logical-type.js';
export * from './model/not-carried.js';
export * from './model/plan.js';
export * from './model/snapshot.js';
export * from './model/table-key.js';
export { suggestKey } from './model/unknown-key.js';
export * from './model/workload.js';
export { REDACTED, redactText, redactUrl, Secret } from './redact/redact.js';
export { type Dialect, dialects, isDialect } from './sql/dialect.js';
export { printable, printableLines, terminalSafeJson } from './text/terminal-text.js';
export { tlsErrorCode } from './tls/tls-error.js';
export { readPemFile, readSecurityFile } from './tls/tls-files.js';
