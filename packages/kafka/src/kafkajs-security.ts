import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import type { ConnectionOptions } from 'node:tls';
import { readPemFile, readSecurityFile, SeamError } from '@seam/core';
import type { KafkaConfig, SASLOptions } from 'kafkajs';
import type { KafkaSasl, KafkaSecurity, KafkaSsl } from './security/security-config.js';

/** Node's TLS options; kafkajs adds the broker's host as the server name to check (not for an IP). */
function tlsOptions(ssl: KafkaSsl): true | ConnectionOptions {
  if (ssl === true) return true;
  return {
    ...(ssl.ca ? { ca: readPemFile(ssl.ca, 'kafka ssl ca', 'CERTIFICATE') } : {}),
    ...(ssl.cert ? { cert: readPemFile(ssl.cert, 'kafka ssl cert', 'CERTIFICATE') } : {}),
    ...(ssl.key ? { key: readPemFile(ssl.key, 'kafka ssl key', 'PRIVATE KEY') } : {}),
    rejectUnauthorized: ssl.rejectUnauthorized ?? true,
  };
}

function password(sasl: KafkaSasl, env: NodeJS.ProcessEnv): string {
  if (sasl.password !== undefined) return sasl.password;
  if (sasl.passwordFile !== undefined) {
    const text = readSecurityFile(sasl.passwordFile, 'the SASL password file').replace(/\r?\n$/, '');
    if (!text)
      throw new SeamError(
        'SEAM_TLS_FILE_UNREADABLE',
        `The SASL password file ${sasl.passwordFile} is empty.`,
      );
    return text;
  }
  const name = sasl.passwordEnv ?? '';
  const value = env[name];
  if (!value) {
    throw new SeamError('SEAM_KAFKA_SECURITY_INVALID', `The SASL password variable ${name} is not set.`);
  }
  return value;
}

const TOKEN_TIMEOUT_MS = 15_000;

function runTokenCommand(command: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      '/bin/sh',
      ['-c', command],
      { timeout: TOKEN_TIMEOUT_MS, maxBuffer: 1 << 20 },
      (error, stdout) => {
        if (error) {
          // Never the command's output: it may be a half-written token.
          reject(
            new SeamError(
              'SEAM_KAFKA_AUTH_FAILED',
              `The OAUTHBEARER token command failed (${error.killed ? `no token within ${TOKEN_TIMEOUT_MS / 1000}s` : `exit ${String(error.code)}`}).`,
              {
                hint: 'Run the command (kafka.sasl.tokenCommand / SEAM_KAFKA_SASL_TOKEN_COMMAND) by hand: it must print the token and exit 0.',
              },
            ),
          );
        } else resolve(stdout.trim());
      },
    );
  });
}

async function readToken(sasl: KafkaSasl): Promise<string> {
  let token: string;
  if (sasl.tokenFile !== undefined) {
    try {
      token = (await readFile(sasl.tokenFile, 'utf8')).trim();
    } catch {
      readSecurityFile(sasl.tokenFile, 'the OAUTHBEARER token file'); // throws the coded error
      token = '';
    }
  } else token = await runTokenCommand(sasl.tokenCommand ?? '');
  if (!token) throw new SeamError('SEAM_KAFKA_AUTH_FAILED', 'The OAUTHBEARER token is empty.');
  return token;
}

function saslOptions(sasl: KafkaSasl, env: NodeJS.ProcessEnv): SASLOptions {
  switch (sasl.mechanism) {
    case 'oauthbearer':
      // Asked at every (re)authentication, so a rotated token file or a fresh command output is used.
      return {
        mechanism: 'oauthbearer',
        oauthBearerProvider: async () => ({ value: await readToken(sasl) }),
      };
    case 'plain':
      return { mechanism: 'plain', username: sasl.username ?? '', password: password(sasl, env) };
    case 'scram-sha-256':
      return { mechanism: 'scram-sha-256', username: sasl.username ?? '', password: password(sasl, env) };
    case 'scram-sha-512':
      return { mechanism: 'scram-sha-512', username: sasl.username ?? '', password: password(sasl, env) };
    default:
      throw new SeamError('SEAM_KAFKA_SECURITY_INVALID', `Unknown SASL mechanism ${String(sasl.mechanism)}.`);
  }
}

/** kafkajs's `ssl` and `sasl` options for a security setting; files are read now (errors name the option). */
export function kafkajsSecurity(
  security: KafkaSecurity | undefined,
  env: NodeJS.ProcessEnv = process.env,
): Pick<KafkaConfig, 'ssl' | 'sasl'> {
  if (!security) return {};
  return {
    ...(security.ssl ? { ssl: tlsOptions(security.ssl) } : {}),
    ...(security.sasl ? { sasl: saslOptions(security.sasl, env) } : {}),
  };
}
