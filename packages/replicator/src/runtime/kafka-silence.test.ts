import { describe, expect, it } from 'vitest';
import { KafkaSilence } from './kafka-silence.js';

describe('KafkaSilence', () => {
  it('reports an outage once, after the silence, and its length when the broker answers again', () => {
    const s = new KafkaSilence(5000, 0);
    expect(s.check(4000)).toBe(false);
    s.answered(4500);
    expect(s.check(9000)).toBe(false);
    expect(s.check(9600)).toBe(true);
    expect(s.down).toBe(true);
    expect(s.check(12_000)).toBe(false);
    expect(s.answered(15_000)).toBe(10_500);
    expect(s.down).toBe(false);
    expect(s.answered(15_100)).toBeUndefined();
  });

  it('does not count the time a batch is being applied (a slow target) as silence', () => {
    const s = new KafkaSilence(5000, 0);
    s.busy(1, 1000);
    expect(s.check(20_000)).toBe(false);
    s.busy(1, 20_000);
    s.busy(-1, 21_000);
    expect(s.check(26_500)).toBe(false);
    s.busy(-1, 30_000);
    expect(s.check(34_000)).toBe(false);
    expect(s.check(35_001)).toBe(true);
  });
});
