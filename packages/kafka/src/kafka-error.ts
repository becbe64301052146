import { redactText, SeamError, tlsErrorCode } from '@seam/core';

interface ErrorLike {
  name?: string;
  message?: string;
  code?: string;
  cause?: unknown;
  originalError?: unknown;
}

function chain(error: unknown): ErrorLike[] {
  const out: ErrorLike[] = [];
  for (let e = error as ErrorLike | undefined; e && typeof e === 'object' && out.length < 8; ) {
    out.push(e);
    e = (e.cause ?? e.originalError) as ErrorLike | undefined;
  }
  return out;
}

/**
 * A failure to reach or talk to Kafka as a SeamError with its own code: the SASL credentials
 * refused (SEAM_KAFKA_AUTH_FAILED), a mechanism the broker does not offer
 * (SEAM_KAFKA_SASL_MECHANISM_UNSUPPORTED), a certificate not trusted / expired / for another host
 * (SEAM_TLS_*), TLS spoken to a plain listener (SEAM_TLS_UNAVAILABLE); otherwise
 * SEAM_KAFKA_UNREACHABLE. Messages never hold a password (kafkajs's do not; they are redacted too).
 */
export function kafkaError(error: unknown, brokers: string[]): SeamError {
  if (error instanceof SeamError) return error;
  const errors = chain(error);
  const messages = errors.map((e) => e.message ?? '').filter(Boolean);
  const text = redactText(messages[messages.length - 1] ?? String(error));
  const at = `Kafka at ${brokers.join(',')}`;
  const tls = tlsErrorCode(error);
  if (tls) return new SeamError(tls, `${at}: TLS verification failed: ${text}`, { cause: error });
  const mechanism =
    errors.find((e) => (e as { type?: string }).type === 'UNSUPPORTED_SASL_MECHANISM')?.message ??
    messages.find((m) => /mechanism is not supported|does not support the requested SASL mechanism/i.test(m));
  if (mechanism) {
    return new SeamError('SEAM_KAFKA_SASL_MECHANISM_UNSUPPORTED', `${at}: ${redactText(mechanism)}`, {
      cause: error,
    });
  }
  if (errors.some((e) => e.name === 'KafkaJSSASLAuthenticationError')) {
    return new SeamError('SEAM_KAFKA_AUTH_FAILED', `${at} refused the credentials: ${text}`, {
      cause: error,
    });
  }
  if (
    messages.some((m) =>
      /wrong version number|packet length too long|EPROTO|unknown protocol|disconnected before secure TLS connection was established/i.test(
        m,
      ),
    )
  ) {
    return new SeamError('SEAM_TLS_UNAVAILABLE', `${at}: the listener does not speak TLS (${text}).`, {
      cause: error,
      hint: "Use the broker's TLS listener port, or leave TLS off for a PLAINTEXT listener (SEAM_KAFKA_SECURITY_PROTOCOL).",
    });
  }
  return new SeamError('SEAM_KAFKA_UNREACHABLE', `${at} did not answer: ${text}`, { cause: error });
}

/** Whether an error is a security fault (credentials, certificates, mechanism): retrying cannot fix it. */
export function isKafkaSecurityFault(error: unknown): boolean {
  const code = kafkaError(error, []).code;
  return code !== 'SEAM_KAFKA_UNREACHABLE';
}
