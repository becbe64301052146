import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorCodes } from './codes.js';

describe('docs/errors.md', () => {
  it('documents every error code', () => {
    const doc = readFileSync(new URL('../../../../docs/errors.md', import.meta.url), 'utf8');
    const missing = Object.keys(errorCodes).filter((code) => !doc.includes(`\`${code}\``));
    expect(missing, 'add these codes to docs/errors.md').toEqual([]);
  });
});
