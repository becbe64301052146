import { SeamError } from '@seam/core';
import { z } from 'zod';

/** The SASL mechanisms Seam speaks to Kafka (kafkajs's built-in ones, AWS IAM aside). */
export const SASL_MECHANISMS = ['plain', 'scram-sha-256', 'scram-sha-512', 'oauthbearer'] as const;
export type SaslMechanism = (typeof SASL_MECHANISMS)[number];

const path = z.string().min(1);

/** TLS to the brokers: `true` (the system CAs) or files (PEM). */
export const kafkaSslSchema = z.union([
  z.literal(true),
  z.strictObject({
    /** The CA certificate(s) the brokers' certificates must chain to (PEM file); default the system CAs. */
    ca: path.optional(),
    /** A client certificate (PEM file), for brokers that authenticate clients by TLS (ssl.client.auth=required). */
    cert: path.optional(),
    /** The client certificate's private key (PEM file). */
    key: path.optional(),
    /** false only for a test broker: accept any certificate (encrypts, verifies nothing). */
    rejectUnauthorized: z.boolean().optional(),
  }),
]);

/** SASL authentication: a user and a password from a file or a variable, or an OAUTHBEARER token. */
export const kafkaSaslSchema = z.strictObject({
  mechanism: z.preprocess(
    (v: unknown) => (typeof v === 'string' ? v.toLowerCase() : v),
    z.enum(SASL_MECHANISMS),
  ),
  username: z.string().min(1).optional(),
  /** The password itself: only in code or environment, never in a file (a config file holding one is refused). */
  password: z.string().min(1).optional(),
  /** A file holding the password (a mounted secret); a trailing newline is ignored. */
  passwordFile: path.optional(),
  /** An environment variable holding the password. */
  passwordEnv: z.string().min(1).optional(),
  /** OAUTHBEARER: a file holding the token, read again at every (re)authentication (rotated tokens). */
  tokenFile: path.optional(),
  /** OAUTHBEARER: a command (run by /bin/sh) printing the token on stdout, run at every (re)authentication. */
  tokenCommand: z.string().min(1).optional(),
});

export type KafkaSsl = z.infer<typeof kafkaSslSchema>;
export type KafkaSasl = z.infer<typeof kafkaSaslSchema>;

/** How Seam secures its Kafka connections: TLS, SASL, both or neither. */
export interface KafkaSecurity {
  ssl?: KafkaSsl;
  sasl?: KafkaSasl;
}

/** The `kafka:` keys of a config file that carry security (added to the replicator's `kafka` block). */
export const kafkaSecurityShape = {
  ssl: kafkaSslSchema.optional(),
  sasl: kafkaSaslSchema.optional(),
};

const fail = (message: string, hint?: string) =>
  new SeamError('SEAM_KAFKA_SECURITY_INVALID', message, hint ? { hint } : {});

/**
 * Checks what a schema cannot say alone: a user and exactly one password source for PLAIN/SCRAM,
 * exactly one token source and no password for OAUTHBEARER, a client certificate with its key.
 * `name` spells a key where the user wrote it (`kafka.sasl.username` in a file, a variable).
 */
export function checkKafkaSecurity(security: KafkaSecurity, name: (key: string) => string): KafkaSecurity {
  const { ssl, sasl } = security;
  if (ssl && ssl !== true && (ssl.cert === undefined) !== (ssl.key === undefined)) {
    throw fail(`A client certificate (${name('cert')}) and its key (${name('key')}) go together.`);
  }
  if (!sasl) return security;
  const passwords = (['password', 'passwordFile', 'passwordEnv'] as const).filter(
    (k) => sasl[k] !== undefined,
  );
  const tokens = (['tokenFile', 'tokenCommand'] as const).filter((k) => sasl[k] !== undefined);
  const mechanism = sasl.mechanism.toUpperCase();
  const list = (keys: readonly string[]) => keys.map(name).join(', ');
  if (sasl.mechanism === 'oauthbearer') {
    if (sasl.username !== undefined || passwords.length > 0) {
      throw fail(
        `OAUTHBEARER takes a token (${list(['tokenFile', 'tokenCommand'])}), not ${list(['username', ...passwords])}.`,
      );
    }
    if (tokens.length !== 1) {
      throw fail(
        `OAUTHBEARER needs exactly one of ${list(['tokenFile', 'tokenCommand'])}${tokens.length ? ` (got both)` : ''}.`,
      );
    }
    return security;
  }
  if (tokens.length > 0)
    throw fail(`${list(tokens)} is for OAUTHBEARER only; ${mechanism} takes a user name and a password.`);
  if (sasl.username === undefined) throw fail(`${mechanism} needs a user name (${name('username')}).`);
  if (passwords.length !== 1) {
    throw fail(
      `${mechanism} needs exactly one password source: ${list(['passwordFile', 'passwordEnv', 'password'].filter((k) => name(k) !== ''))}${passwords.length ? ` (got ${list(passwords)})` : ''}.`,
    );
  }
  return security;
}

/** A one-line description without secrets: `SASL_SSL (SCRAM-SHA-512 as alice)`, `SSL`, `PLAINTEXT`. */
export function describeKafkaSecurity(security: KafkaSecurity | null | undefined): string {
  const protocol = `${security?.sasl ? 'SASL_' : ''}${security?.ssl ? 'SSL' : security?.sasl ? 'PLAINTEXT' : 'PLAINTEXT'}`;
  const sasl = security?.sasl;
  if (!sasl) return protocol;
  return `${protocol} (${sasl.mechanism.toUpperCase()}${sasl.username ? ` as ${sasl.username}` : ''})`;
}
