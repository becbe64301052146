import { describe, expect, it } from 'vitest';
import { copyComplete } from './copy-complete.js';
import type { LagReport, TableProgress } from './status.js';

const table = (sourceRows: number | null, targetRows: number | null, error?: string): TableProgress => ({
  table: 'public.t',
  target: 't',
  sourceRows,
  targetRows,
  percent: null,
  exact: true,
  ...(error ? { error } : {}),
});
const lag = (events: number, unstarted = 0): LagReport => ({ group: 'g', events, seconds: 0, unstarted });

describe('copyComplete', () => {
  it('accepts a target a few rows behind its source under live writes, within the lag threshold', () => {
    expect(copyComplete([table(1770, 1762), table(0, 0)], lag(0), true, 100)).toBe(true);
    expect(copyComplete([table(1770, 1771)], lag(3), true, 100)).toBe(true);
  });

  it('refuses a copy short by more than the threshold, a table it could not count, or no table', () => {
    expect(copyComplete([table(1770, 1500)], lag(0), true, 100)).toBe(false);
    expect(copyComplete([table(10, null)], lag(0), true, 100)).toBe(false);
    expect(copyComplete([table(10, 10, 'gone')], lag(0), true, 100)).toBe(false);
    expect(copyComplete([], lag(0), true, 100)).toBe(false);
  });

  it('waits for the snapshot to end and the replicator to catch up', () => {
    expect(copyComplete([table(10, 10)], lag(0), false, 100)).toBe(false);
    expect(copyComplete([table(10, 10)], lag(101), true, 100)).toBe(false);
    expect(copyComplete([table(10, 10)], lag(0, 1), true, 100)).toBe(false);
    expect(copyComplete([table(10, 10)], undefined, true, 100)).toBe(false);
  });
});
