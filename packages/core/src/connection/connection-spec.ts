import { SeamError } from '../errors/seam-error.js';
import { suggestKey } from '../model/unknown-key.js';
import { Secret } from '../redact/redact.js';
import type { Dialect } from '../sql/dialect.js';
import { printable } from '../text/terminal-text.js';
import { connectionEngineFor } from './engines.js';

/** Where a database is, parsed once; the password is a Secret so it cannot be printed by accident. */
export interface ConnectionSpec {
  dialect: Dialect;
  /** mariadb:// and mysql:// both give the mysql dialect; this keeps what was asked for. */
  flavor: 'postgresql' | 'mysql' | 'mariadb';
  host: string;
  port: number;
  user: string | undefined;
  password: Secret | undefined;
  database: string;
  params: Record<string, string>;
}

/** The scheme describeConnection writes: postgres:// (not postgresql://), and mariadb:// kept. */
const URL_SCHEMES: Record<ConnectionSpec['flavor'], string> = {
  postgresql: 'postgres',
  mysql: 'mysql',
  mariadb: 'mariadb',
};

const SCHEMES: Record<string, { dialect: Dialect; flavor: ConnectionSpec['flavor']; port: number }> = {
  'postgres:': { dialect: 'postgres', flavor: 'postgresql', port: 5432 },
  'postgresql:': { dialect: 'postgres', flavor: 'postgresql', port: 5432 },
  'mysql:': { dialect: 'mysql', flavor: 'mysql', port: 3306 },
  'mariadb:': { dialect: 'mysql', flavor: 'mariadb', port: 3306 },
};

/** Decodes one part of a URL; a `%` that starts no escape is a user error, never "URI malformed". */
function decodePart(value: string, part: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    throw new SeamError(
      'SEAM_URL_INVALID',
      `The ${part} in the connection URL holds a % that starts no %XX escape.`,
      {
        hint: `Percent-encode the ${part}: write % as %25 (and @ as %40, : as %3A, / as %2F), or keep the password out of the URL (PGPASSWORD / ~/.pgpass, MYSQL_PWD / ~/.my.cnf).`,
      },
    );
  }
}

/** Parses postgres://, postgresql://, mysql:// and mariadb:// URLs. */
export function parseConnectionUrl(url: string): ConnectionSpec {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new SeamError('SEAM_URL_INVALID', 'The connection URL could not be parsed.');
  }
  const scheme = SCHEMES[parsed.protocol];
  if (!scheme) {
    throw new SeamError('SEAM_URL_INVALID', `Unsupported URL scheme "${parsed.protocol}".`);
  }
  const database = decodePart(parsed.pathname.replace(/^\//, ''), 'database name');
  const params: Record<string, string> = {};
  const known = connectionEngineFor(scheme.dialect).urlParams;
  for (const [k, v] of parsed.searchParams) {
    if (!known.includes(k)) {
      const near = suggestKey(k, [...known]);
      throw new SeamError(
        'SEAM_URL_INVALID',
        `The connection URL has a parameter Seam does not know: ${printable(k)}${near ? ` (did you mean ${near}?)` : ''}.`,
        { hint: `${parsed.protocol.replace(':', '')} URLs take ${known.join(', ')}.` },
      );
    }
    params[k] = v;
  }
  return {
    dialect: scheme.dialect,
    flavor: scheme.flavor,
    host: decodePart(parsed.hostname, 'host') || '127.0.0.1',
    port: parsed.port ? Number(parsed.port) : scheme.port,
    user: parsed.username ? decodePart(parsed.username, 'user name') : undefined,
    password: parsed.password ? new Secret(decodePart(parsed.password, 'password')) : undefined,
    database,
    params,
  };
}

/**
 * A connection from the usual environment variables: libpq's PGHOST, PGPORT, PGUSER, PGDATABASE
 * (PGPASSWORD and ~/.pgpass are read by the driver itself), or MYSQL_HOST, MYSQL_TCP_PORT,
 * MYSQL_USER, MYSQL_PWD, MYSQL_DATABASE. Returns undefined when none of them is set.
 */
export function connectionFromEnv(
  dialect: Dialect,
  env: NodeJS.ProcessEnv = process.env,
): ConnectionSpec | undefined {
  return connectionEngineFor(dialect).connectionFromEnv(env);
}

/** The URL form of a connection without its password, for messages, logs and files. */
export function describeConnection(spec: ConnectionSpec): string {
  const scheme = URL_SCHEMES[spec.flavor];
  const user = spec.user ? `${encodeURIComponent(spec.user)}@` : '';
  const host = spec.host.includes(':') ? `[${spec.host}]` : spec.host;
  return `${scheme}://${user}${host}:${spec.port}/${encodeURIComponent(spec.database)}`;
}

/** The same connection pointed at another database on the same server. */
export function withDatabase(spec: ConnectionSpec, database: string): ConnectionSpec {
  return { ...spec, database };
}

/** The environment variable holding a service's target database URL: SEAM_TARGET_<SERVICE>_URL. */
export function serviceUrlEnvVar(service: string): string {
  return `SEAM_TARGET_${service.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_URL`;
}
