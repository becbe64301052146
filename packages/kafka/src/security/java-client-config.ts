import { basename, dirname } from 'node:path';
import { SeamError } from '@seam/core';
import type { KafkaSecurity } from './security-config.js';

/** The variable a password given as a value (SEAM_KAFKA_SASL_PASSWORD) is referred to by in generated files. */
export const PASSWORD_VARIABLE = 'SEAM_KAFKA_SASL_PASSWORD';

/**
 * A security setting as a generated file may hold it: files and variable names only. A password
 * given as a value becomes a reference to the variable it came from.
 */
export function securityForFile(security: KafkaSecurity | undefined): KafkaSecurity | undefined {
  if (!security) return undefined;
  const sasl = security.sasl;
  if (!sasl || sasl.password === undefined) return security;
  const { password: _secret, ...rest } = sasl;
  return { ...security, sasl: { ...rest, passwordEnv: PASSWORD_VARIABLE } };
}

/** A file's content as a Kafka Connect DirectoryConfigProvider reference (`config.providers=dir`). */
const fileRef = (path: string) => `\${dir:${dirname(path)}:${basename(path)}}`;
const jaasQuote = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

const LOGIN_MODULES = {
  plain: 'org.apache.kafka.common.security.plain.PlainLoginModule',
  'scram-sha-256': 'org.apache.kafka.common.security.scram.ScramLoginModule',
  'scram-sha-512': 'org.apache.kafka.common.security.scram.ScramLoginModule',
} as const;

/**
 * Java Kafka client properties (a Debezium connector's schema-history producer and consumer) for a
 * security setting, every secret a Kafka Connect config-provider reference — `${dir:…}` for a file,
 * `${env:…}` for a variable — so the worker needs `config.providers=dir,env` (with
 * `config.providers.dir.class=org.apache.kafka.common.config.provider.DirectoryConfigProvider`,
 * `config.providers.env.class=org.apache.kafka.common.config.provider.EnvVarConfigProvider`).
 */
export function javaClientSecurity(security: KafkaSecurity | undefined): Record<string, string> {
  if (!security || (!security.ssl && !security.sasl)) return {};
  const { ssl, sasl } = security;
  const props: Record<string, string> = {
    'security.protocol': `${sasl ? 'SASL_' : ''}${ssl ? 'SSL' : 'PLAINTEXT'}`,
  };
  if (ssl && ssl !== true) {
    if (ssl.ca) Object.assign(props, { 'ssl.truststore.type': 'PEM', 'ssl.truststore.location': ssl.ca });
    if (ssl.cert && ssl.key) {
      Object.assign(props, {
        'ssl.keystore.type': 'PEM',
        'ssl.keystore.certificate.chain': fileRef(ssl.cert),
        'ssl.keystore.key': fileRef(ssl.key),
      });
    }
    if (ssl.rejectUnauthorized === false) props['ssl.endpoint.identification.algorithm'] = '';
  }
  if (!sasl) return props;
  props['sasl.mechanism'] = sasl.mechanism.toUpperCase();
  if (sasl.mechanism === 'oauthbearer') {
    if (!sasl.tokenFile) {
      throw new SeamError(
        'SEAM_KAFKA_SECURITY_INVALID',
        'A generated connector cannot run an OAUTHBEARER token command: the Java client reads a token file.',
        {
          hint: 'Give the token as a file (kafka.sasl.tokenFile / SEAM_KAFKA_SASL_TOKEN_FILE) when generating.',
        },
      );
    }
    return {
      ...props,
      'sasl.jaas.config': 'org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required;',
      'sasl.login.callback.handler.class':
        'org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginCallbackHandler',
      // The worker's JVM must allow it: -Dorg.apache.kafka.sasl.oauthbearer.allowed.urls=file://…
      'sasl.oauthbearer.token.endpoint.url': `file://${sasl.tokenFile}`,
    };
  }
  const password = sasl.passwordFile
    ? fileRef(sasl.passwordFile)
    : `\${env:${sasl.passwordEnv ?? PASSWORD_VARIABLE}}`;
  props['sasl.jaas.config'] =
    `${LOGIN_MODULES[sasl.mechanism]} required username=${jaasQuote(sasl.username ?? '')} password="${password}";`;
  return props;
}
