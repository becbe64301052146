import type { ErrorCode } from '../errors/codes.js';

/** Node's (OpenSSL's) certificate verification codes and what each means to a user. */
const UNTRUSTED = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_SIGNATURE_FAILURE',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'INVALID_CA',
]);
const EXPIRED = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID']);
const HOST_MISMATCH = new Set(['ERR_TLS_CERT_ALTNAME_INVALID']);

/**
 * The SeamError code of a TLS verification failure anywhere in an error's cause chain
 * (`code` of Node's TLS errors, kept by pg, mysql2, kafkajs and fetch), or undefined when the
 * error is not one.
 */
export function tlsErrorCode(error: unknown): ErrorCode | undefined {
  for (
    let e = error as { code?: unknown; cause?: unknown; message?: unknown } | undefined, depth = 0;
    e && depth < 8;
    depth++
  ) {
    const code = typeof e.code === 'string' ? e.code : '';
    const message = typeof e.message === 'string' ? e.message : '';
    if (EXPIRED.has(code) || /certificate has expired|certificate is not yet valid/i.test(message))
      return 'SEAM_TLS_CERT_EXPIRED';
    if (HOST_MISMATCH.has(code) || /Hostname\/IP does not match certificate's altnames/i.test(message))
      return 'SEAM_TLS_HOST_MISMATCH';
    if (
      UNTRUSTED.has(code) ||
      /self[- ]signed certificate|unable to verify the first certificate|unable to get (local )?issuer certificate/i.test(
        message,
      )
    )
      return 'SEAM_TLS_UNTRUSTED';
    e = typeof e.cause === 'object' && e.cause !== null ? (e.cause as typeof e) : undefined;
  }
  return undefined;
}
