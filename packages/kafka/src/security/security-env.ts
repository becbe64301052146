import { SeamError, suggestKey } from '@seam/core';
import {
  checkKafkaSecurity,
  type KafkaSasl,
  type KafkaSecurity,
  SASL_MECHANISMS,
  type SaslMechanism,
} from './security-config.js';

/** Every variable Seam reads for Kafka security (any other SEAM_KAFKA_SSL_/SASL_/SECURITY_ name is a typo). */
export const KAFKA_SECURITY_ENV = {
  protocol: 'SEAM_KAFKA_SECURITY_PROTOCOL',
  ca: 'SEAM_KAFKA_SSL_CA',
  cert: 'SEAM_KAFKA_SSL_CERT',
  key: 'SEAM_KAFKA_SSL_KEY',
  rejectUnauthorized: 'SEAM_KAFKA_SSL_REJECT_UNAUTHORIZED',
  mechanism: 'SEAM_KAFKA_SASL_MECHANISM',
  username: 'SEAM_KAFKA_SASL_USERNAME',
  password: 'SEAM_KAFKA_SASL_PASSWORD',
  passwordFile: 'SEAM_KAFKA_SASL_PASSWORD_FILE',
  tokenFile: 'SEAM_KAFKA_SASL_TOKEN_FILE',
  tokenCommand: 'SEAM_KAFKA_SASL_TOKEN_COMMAND',
} as const;

const PROTOCOLS = ['PLAINTEXT', 'SSL', 'SASL_PLAINTEXT', 'SASL_SSL'] as const;
const KNOWN: string[] = Object.values(KAFKA_SECURITY_ENV);
const fail = (message: string, hint?: string) =>
  new SeamError('SEAM_KAFKA_SECURITY_INVALID', message, hint ? { hint } : {});

/**
 * Kafka security from the environment, for every command without a config file (verify, capture,
 * doctor, move) — and for the replicator when its file has no `kafka.ssl`/`kafka.sasl`:
 * SEAM_KAFKA_SECURITY_PROTOCOL (PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL), SEAM_KAFKA_SSL_CA/CERT/KEY
 * (PEM files), SEAM_KAFKA_SSL_REJECT_UNAUTHORIZED=false, SEAM_KAFKA_SASL_MECHANISM, _USERNAME,
 * _PASSWORD or _PASSWORD_FILE, _TOKEN_FILE or _TOKEN_COMMAND (OAUTHBEARER). Undefined when none is set.
 * A misspelled variable, a contradiction (SSL files with PLAINTEXT) or SASL settings without a
 * protocol are refused: never a silent default.
 */
export function kafkaSecurityFromEnv(env: NodeJS.ProcessEnv = process.env): KafkaSecurity | undefined {
  for (const name of Object.keys(env)) {
    if (!/^SEAM_KAFKA_(SSL|SASL|SECURITY)_/.test(name) || KNOWN.includes(name)) continue;
    const near = suggestKey(name, KNOWN);
    throw new SeamError(
      'SEAM_CONFIG_UNKNOWN_KEY',
      `${name} is not a variable Seam reads${near ? `: did you mean ${near}?` : '.'}`,
      { hint: `Kafka security variables: ${KNOWN.join(', ')}.` },
    );
  }
  const get = (k: keyof typeof KAFKA_SECURITY_ENV) => {
    const v = env[KAFKA_SECURITY_ENV[k]];
    return v === undefined || v === '' ? undefined : v;
  };
  const rawProtocol = get('protocol');
  const protocol = rawProtocol?.toUpperCase();
  if (protocol !== undefined && !(PROTOCOLS as readonly string[]).includes(protocol)) {
    throw fail(
      `SEAM_KAFKA_SECURITY_PROTOCOL=${rawProtocol} is not a Kafka security protocol.`,
      `Use one of ${PROTOCOLS.join(', ')}.`,
    );
  }
  const sslVars = (['ca', 'cert', 'key', 'rejectUnauthorized'] as const).filter((k) => get(k) !== undefined);
  const saslVars = (
    ['mechanism', 'username', 'password', 'passwordFile', 'tokenFile', 'tokenCommand'] as const
  ).filter((k) => get(k) !== undefined);
  if (protocol === undefined && sslVars.length === 0 && saslVars.length === 0) return undefined;
  const wantsSasl = protocol === undefined ? saslVars.length > 0 : protocol.startsWith('SASL_');
  const wantsSsl = protocol === undefined ? sslVars.length > 0 : protocol.endsWith('SSL');
  if (protocol === undefined && wantsSasl) {
    throw fail(
      'SASL settings are set but SEAM_KAFKA_SECURITY_PROTOCOL is not.',
      'Set SEAM_KAFKA_SECURITY_PROTOCOL=SASL_SSL (or SASL_PLAINTEXT, which sends the password unencrypted).',
    );
  }
  if (!wantsSsl && sslVars.length > 0) {
    throw fail(
      `${sslVars.map((k) => KAFKA_SECURITY_ENV[k]).join(', ')} set, but SEAM_KAFKA_SECURITY_PROTOCOL=${protocol} has no TLS.`,
    );
  }
  if (!wantsSasl && saslVars.length > 0) {
    throw fail(
      `${saslVars.map((k) => KAFKA_SECURITY_ENV[k]).join(', ')} set, but SEAM_KAFKA_SECURITY_PROTOCOL=${protocol} has no SASL.`,
    );
  }
  const security: KafkaSecurity = {};
  if (wantsSsl) {
    const reject = get('rejectUnauthorized');
    if (reject !== undefined && !['true', 'false'].includes(reject)) {
      throw fail(`SEAM_KAFKA_SSL_REJECT_UNAUTHORIZED=${reject}: use true or false.`);
    }
    security.ssl =
      sslVars.length === 0
        ? true
        : {
            ...(get('ca') ? { ca: get('ca') } : {}),
            ...(get('cert') ? { cert: get('cert') } : {}),
            ...(get('key') ? { key: get('key') } : {}),
            ...(reject ? { rejectUnauthorized: reject === 'true' } : {}),
          };
  }
  if (wantsSasl) {
    const rawMechanism = get('mechanism');
    if (rawMechanism === undefined)
      throw fail('SEAM_KAFKA_SASL_MECHANISM is not set.', `Use one of ${SASL_MECHANISMS.join(', ')}.`);
    const mechanism = rawMechanism.toLowerCase() as SaslMechanism;
    if (!SASL_MECHANISMS.includes(mechanism)) {
      throw fail(
        `SEAM_KAFKA_SASL_MECHANISM=${rawMechanism} is not a SASL mechanism Seam speaks.`,
        `Use one of ${SASL_MECHANISMS.map((m) => m.toUpperCase()).join(', ')}.`,
      );
    }
    const sasl: KafkaSasl = { mechanism };
    for (const k of ['username', 'password', 'passwordFile', 'tokenFile', 'tokenCommand'] as const) {
      const v = get(k);
      if (v !== undefined) sasl[k] = v;
    }
    security.sasl = sasl;
  }
  const envName = (key: string) => (KAFKA_SECURITY_ENV as Record<string, string>)[key] ?? '';
  return checkKafkaSecurity(security, envName);
}
