import { readFileSync } from 'node:fs';
import { SeamError } from '../errors/seam-error.js';

/**
 * Reads a certificate, key or secret file named by an option, for a TLS or SASL setting.
 * A missing or unreadable file is SEAM_TLS_FILE_UNREADABLE naming the option (never its content).
 */
export function readSecurityFile(path: string, option: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new SeamError(
      'SEAM_TLS_FILE_UNREADABLE',
      `${option} names ${path}, which ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code})`}.`,
      { cause: error, details: { option, path } },
    );
  }
}

/** A PEM file that must hold at least one PEM block of the given kind (CERTIFICATE, PRIVATE KEY). */
export function readPemFile(path: string, option: string, kind: 'CERTIFICATE' | 'PRIVATE KEY'): string {
  const text = readSecurityFile(path, option);
  if (!new RegExp(`-----BEGIN [A-Z ]*${kind}-----`).test(text)) {
    throw new SeamError(
      'SEAM_TLS_FILE_UNREADABLE',
      `${option} names ${path}, which holds no PEM ${kind.toLowerCase()}.`,
      {
        details: { option, path },
        hint: `Give a PEM file (-----BEGIN ${kind}-----); convert a JKS or PKCS#12 store with keytool/openssl.`,
      },
    );
  }
  return text;
}
