import { describe, expect, it } from 'vitest';
import { checkKafkaSecurity, describeKafkaSecurity } from './security-config.js';
import { kafkaSecurityFromEnv } from './security-env.js';

const refused = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error as { code: string; message: string; hint: string };
  }
  throw new Error('not refused');
};

describe('kafkaSecurityFromEnv', () => {
  it('is undefined when nothing is set, and reads SASL_SSL with a password file', () => {
    expect(kafkaSecurityFromEnv({ SEAM_KAFKA_BROKERS: 'b:9092', SEAM_KAFKA_PORT: '1' })).toBeUndefined();
    expect(
      kafkaSecurityFromEnv({
        SEAM_KAFKA_SECURITY_PROTOCOL: 'sasl_ssl',
        SEAM_KAFKA_SSL_CA: '/ca.pem',
        SEAM_KAFKA_SASL_MECHANISM: 'SCRAM-SHA-512',
        SEAM_KAFKA_SASL_USERNAME: 'alice',
        SEAM_KAFKA_SASL_PASSWORD_FILE: '/run/secrets/kafka',
      }),
    ).toEqual({
      ssl: { ca: '/ca.pem' },
      sasl: { mechanism: 'scram-sha-512', username: 'alice', passwordFile: '/run/secrets/kafka' },
    });
    expect(kafkaSecurityFromEnv({ SEAM_KAFKA_SECURITY_PROTOCOL: 'SSL' })).toEqual({ ssl: true });
    expect(kafkaSecurityFromEnv({ SEAM_KAFKA_SSL_CA: '/ca.pem' })).toEqual({ ssl: { ca: '/ca.pem' } });
  });

  it('names the closest variable for a misspelled one', () => {
    const e = refused(() => kafkaSecurityFromEnv({ SEAM_KAFKA_SASL_PASWORD_FILE: '/x' }));
    expect(e.code).toBe('SEAM_CONFIG_UNKNOWN_KEY');
    expect(e.message).toContain('did you mean SEAM_KAFKA_SASL_PASSWORD_FILE');
  });

  it('refuses contradictions and SASL without a protocol, never a silent default', () => {
    expect(refused(() => kafkaSecurityFromEnv({ SEAM_KAFKA_SASL_MECHANISM: 'plain' })).message).toContain(
      'SEAM_KAFKA_SECURITY_PROTOCOL is not',
    );
    expect(
      refused(() =>
        kafkaSecurityFromEnv({ SEAM_KAFKA_SECURITY_PROTOCOL: 'PLAINTEXT', SEAM_KAFKA_SSL_CA: '/ca' }),
      ).code,
    ).toBe('SEAM_KAFKA_SECURITY_INVALID');
    expect(refused(() => kafkaSecurityFromEnv({ SEAM_KAFKA_SECURITY_PROTOCOL: 'TLS' })).hint).toContain(
      'SASL_SSL',
    );
    const noPassword = refused(() =>
      kafkaSecurityFromEnv({
        SEAM_KAFKA_SECURITY_PROTOCOL: 'SASL_SSL',
        SEAM_KAFKA_SASL_MECHANISM: 'PLAIN',
        SEAM_KAFKA_SASL_USERNAME: 'alice',
      }),
    );
    expect(noPassword.message).toContain('SEAM_KAFKA_SASL_PASSWORD_FILE');
    expect(
      refused(() =>
        kafkaSecurityFromEnv({
          SEAM_KAFKA_SECURITY_PROTOCOL: 'SASL_SSL',
          SEAM_KAFKA_SASL_MECHANISM: 'GSSAPI',
        }),
      ).hint,
    ).toContain('OAUTHBEARER');
  });
});

describe('checkKafkaSecurity', () => {
  const file = (k: string) => `kafka.sasl.${k}`;
  it('wants one token source for OAUTHBEARER and no password', () => {
    expect(
      refused(() =>
        checkKafkaSecurity({ sasl: { mechanism: 'oauthbearer', tokenFile: '/t', username: 'u' } }, file),
      ).message,
    ).toContain('not kafka.sasl.username');
    expect(
      checkKafkaSecurity({ sasl: { mechanism: 'oauthbearer', tokenCommand: 'cat /t' } }, file),
    ).toBeTruthy();
    expect(
      refused(() =>
        checkKafkaSecurity(
          { sasl: { mechanism: 'plain', username: 'u', password: 'p', passwordEnv: 'X' } },
          file,
        ),
      ).message,
    ).toContain('got kafka.sasl.password, kafka.sasl.passwordEnv');
  });
  it('describes a setting without its secrets', () => {
    const text = describeKafkaSecurity({
      ssl: true,
      sasl: { mechanism: 'scram-sha-256', username: 'alice', password: 'hunter2' },
    });
    expect(text).toBe('SASL_SSL (SCRAM-SHA-256 as alice)');
    expect(describeKafkaSecurity(undefined)).toBe('PLAINTEXT');
  });
});
