import { describe, expect, it } from 'vitest';
import type { SourceInfo } from '../decode/envelope.js';
import { positionOf, positionsFor } from './applier.js';
import type { Unit } from './unit.js';

// Issue 14.8: the offsets table must never store an empty source position.
describe('source positions stored with the offsets', () => {
  const unit = (offset: string, source?: SourceInfo) =>
    ({ topic: 't', partition: 0, offset, ...(source ? { source } : {}) }) as unknown as Unit;

  it('is nothing, not "{}", when the event names no position (an incremental snapshot read)', () => {
    expect(positionOf({ connector: 'postgresql', snapshot: 'incremental', tsMs: 5 })).toBeUndefined();
    expect(positionOf(undefined)).toBeUndefined();
    expect(JSON.parse(positionOf({ connector: 'postgresql', lsn: '24023128', txId: '556' })!)).toMatchObject({
      lsn: '24023128',
    });
    expect(JSON.parse(positionOf({ connector: 'mariadb', file: 'bin.000003', pos: 484 })!)).toMatchObject({
      file: 'bin.000003',
      pos: 484,
    });
  });

  it('leaves the stored position alone when a span names none', () => {
    const at = positionsFor(
      [unit('5', { connector: 'postgresql', snapshot: 'incremental' })],
      new Map([['t\u00000', '6']]),
      new Map([['t\u00000', '5']]),
    );
    const [p] = at(1);
    expect(p).toMatchObject({ topic: 't', partition: 0, first: '5', next: '6' });
    expect(p).not.toHaveProperty('source');
  });
});
