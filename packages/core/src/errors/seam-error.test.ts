import { describe, expect, it } from 'vitest';
import { errorCodes } from './codes.js';
import { formatError, isRetryable, SeamError, toSeamError } from './seam-error.js';

describe('SeamError', () => {
  it('carries a stable code, the default hint and retryability', () => {
    const e = new SeamError('SEAM_DB_UNREACHABLE', 'postgres://h:5432/db refused the connection');
    expect(e.code).toBe('SEAM_DB_UNREACHABLE');
    expect(e.hint).toBe(errorCodes.SEAM_DB_UNREACHABLE.hint);
    expect(isRetryable(e)).toBe(true);
    expect(isRetryable(new SeamError('SEAM_DB_AUTH_FAILED', 'no'))).toBe(false);
  });
  it('redacts passwords from message and hint', () => {
    const e = new SeamError('SEAM_DB_AUTH_FAILED', 'login failed for mysql://root:hunter2@h/db', {
      hint: 'password=hunter2 is wrong',
    });
    expect(JSON.stringify(e)).not.toContain('hunter2');
    expect(formatError(e)).not.toContain('hunter2');
  });
  it('formats without a stack trace unless debugging', () => {
    const text = formatError(new Error('boom'));
    expect(text).toMatch(/^error SEAM_INTERNAL: Unexpected error: boom\nhint: /);
    expect(text).not.toContain('    at ');
    expect(formatError(new Error('boom'), { debug: true })).toContain('    at ');
  });
  it('wraps foreign errors once', () => {
    const e = new SeamError('SEAM_USAGE', 'x');
    expect(toSeamError(e)).toBe(e);
    expect(toSeamError('text').code).toBe('SEAM_INTERNAL');
  });
  it('has a hint for every code', () => {
    for (const [code, info] of Object.entries(errorCodes)) {
      expect(code).toMatch(/^SEAM_[A-Z_]+$/);
      expect(info.hint.length).toBeGreaterThan(10);
    }
  });
});
