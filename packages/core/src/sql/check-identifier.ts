import { SeamError } from '../errors/seam-error.js';

/** Rejects what no engine accepts as an identifier, before any quoting happens. */
export function checkIdentifier(name: string): string {
  if (typeof name !== 'string' || name.length === 0) {
    throw new SeamError('SEAM_IDENTIFIER_INVALID', 'An empty identifier cannot be quoted.');
  }
  if (name.includes('\u0000')) {
    throw new SeamError(
      'SEAM_IDENTIFIER_INVALID',
      `The identifier ${JSON.stringify(name)} contains a NUL byte.`,
    );
  }
  return name;
}
