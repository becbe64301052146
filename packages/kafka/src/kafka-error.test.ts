import { describe, expect, it } from 'vitest';
import { isKafkaSecurityFault, kafkaError } from './kafka-error.js';

const brokers = ['k:9093'];
const named = (name: string, message: string, extra: object = {}) =>
  Object.assign(new Error(message), { name, ...extra });

describe('kafkaError', () => {
  it('gives each security fault its own code, and leaves an outage retryable', () => {
    expect(
      kafkaError(named('KafkaJSSASLAuthenticationError', 'SASL SCRAM SHA512 authentication failed'), brokers)
        .code,
    ).toBe('SEAM_KAFKA_AUTH_FAILED');
    expect(
      kafkaError(
        named('KafkaJSProtocolError', 'The broker does not support the requested SASL mechanism', {
          type: 'UNSUPPORTED_SASL_MECHANISM',
        }),
        brokers,
      ).code,
    ).toBe('SEAM_KAFKA_SASL_MECHANISM_UNSUPPORTED');
    const tls = named(
      'KafkaJSConnectionError',
      'Connection error: self-signed certificate in certificate chain',
      {
        code: 'SELF_SIGNED_CERT_IN_CHAIN',
      },
    );
    expect(kafkaError(tls, brokers).code).toBe('SEAM_TLS_UNTRUSTED');
    expect(
      kafkaError(
        named('KafkaJSNumberOfRetriesExceeded', 'retries', {
          cause: named('X', 'certificate has expired', { code: 'CERT_HAS_EXPIRED' }),
        }),
        brokers,
      ).code,
    ).toBe('SEAM_TLS_CERT_EXPIRED');
    const refused = named('KafkaJSConnectionError', 'Connection error: connect ECONNREFUSED', {
      code: 'ECONNREFUSED',
    });
    expect(kafkaError(refused, brokers)).toMatchObject({ code: 'SEAM_KAFKA_UNREACHABLE', retryable: true });
    expect(isKafkaSecurityFault(refused)).toBe(false);
    expect(isKafkaSecurityFault(tls)).toBe(true);
  });
});
