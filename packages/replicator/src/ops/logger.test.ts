import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';

// Issue 14.7: JSON escapes C0 but leaves C1 and bidi controls raw; a log line on a terminal must not carry them.
describe('replicator log lines', () => {
  it('carry no raw C1 or bidi control, and still parse back to the same name', () => {
    const lines: string[] = [];
    const logger = createLogger({
      level: 'info',
      destination: { write: (line: string) => lines.push(line) },
    });
    const table = 'or\u009b2Jders\u202e\u001b[31m';
    logger.info({ table }, 'applied');
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u);
    expect(JSON.parse(lines[0]!).table).toBe(table);
  });
});
