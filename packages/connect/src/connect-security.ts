import { readPemFile, readSecurityFile, SeamError, Secret, suggestKey } from '@seam/core';

/** How Seam reaches a secured Kafka Connect REST API: an https CA and HTTP basic auth. */
export interface ConnectSecurity {
  /** PEM CA certificate the worker's https certificate must chain to (default: the system CAs). */
  ca?: string;
  username?: string;
  password?: Secret;
}

/** The variables Seam reads for Kafka Connect (besides SEAM_CONNECT_URL and infra's port and heap). */
export const CONNECT_SECURITY_ENV = {
  ca: 'SEAM_CONNECT_CA',
  username: 'SEAM_CONNECT_USERNAME',
  password: 'SEAM_CONNECT_PASSWORD',
  passwordFile: 'SEAM_CONNECT_PASSWORD_FILE',
} as const;

const OTHER_CONNECT_VARS = ['SEAM_CONNECT_URL', 'SEAM_CONNECT_PORT', 'SEAM_CONNECT_HEAP'];

/**
 * Connect security from SEAM_CONNECT_CA (a PEM file), SEAM_CONNECT_USERNAME and
 * SEAM_CONNECT_PASSWORD or SEAM_CONNECT_PASSWORD_FILE. A misspelled SEAM_CONNECT_* variable, a user
 * without a password (or the reverse) or both password sources are refused. Files are read now.
 */
export function connectSecurityFromEnv(env: NodeJS.ProcessEnv = process.env): ConnectSecurity {
  const known: string[] = [...Object.values(CONNECT_SECURITY_ENV), ...OTHER_CONNECT_VARS];
  for (const name of Object.keys(env)) {
    if (!name.startsWith('SEAM_CONNECT_') || known.includes(name)) continue;
    const near = suggestKey(name, known);
    throw new SeamError(
      'SEAM_CONFIG_UNKNOWN_KEY',
      `${name} is not a variable Seam reads${near ? `: did you mean ${near}?` : '.'}`,
      { hint: `Kafka Connect variables: ${known.join(', ')}.` },
    );
  }
  const get = (k: keyof typeof CONNECT_SECURITY_ENV) => env[CONNECT_SECURITY_ENV[k]] || undefined;
  const username = get('username');
  const inline = get('password');
  const file = get('passwordFile');
  if (inline && file) {
    throw new SeamError(
      'SEAM_CONFIG_INVALID',
      'Both SEAM_CONNECT_PASSWORD and SEAM_CONNECT_PASSWORD_FILE are set: keep one.',
    );
  }
  const password = file ? readSecurityFile(file, 'SEAM_CONNECT_PASSWORD_FILE').replace(/\r?\n$/, '') : inline;
  if ((username === undefined) !== (password === undefined)) {
    throw new SeamError(
      'SEAM_CONFIG_INVALID',
      username
        ? 'SEAM_CONNECT_USERNAME is set without a password (SEAM_CONNECT_PASSWORD or _FILE).'
        : 'A Kafka Connect password is set without SEAM_CONNECT_USERNAME.',
    );
  }
  const ca = get('ca');
  return {
    ...(ca ? { ca: readPemFile(ca, 'SEAM_CONNECT_CA', 'CERTIFICATE') } : {}),
    ...(username ? { username, password: new Secret(password ?? '') } : {}),
  };
}
