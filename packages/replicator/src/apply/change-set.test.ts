import { describe, expect, it } from 'vitest';
import { type ChangeEvent, TopicDecoder } from '../decode/envelope.js';
import { buf, loadRecording } from '../decode/fixtures.js';
import { Placeholders, UNAVAILABLE } from '../decode/unavailable.js';
import { ChangeSet } from './change-set.js';
import { everyTypeRoute } from './fixtures.js';

const route = (columns: string[], rename: Record<string, string> = {}) => everyTypeRoute(columns, { rename });

function recorded(): ChangeEvent[] {
  const decoder = new TopicDecoder({ placeholders: new Placeholders() });
  return loadRecording('postgres')
    .events.filter((e) => !e.topic.endsWith('.transaction'))
    .map((e) => decoder.decode(buf(e.key), buf(e.value)) as ChangeEvent);
}

describe('ChangeSet (recorded PostgreSQL events)', () => {
  const events = recorded();
  const r = route(['id', 'c_varchar', 'c_big_text', 'c_int4'], { c_varchar: 'name' });

  it('reduces a run of events to the last state of each key', () => {
    const set = new ChangeSet();
    for (const e of events.slice(0, 11)) set.add(r, e);
    const rows = set.tables.get(r)!.rows;
    expect([...rows.keys()].sort()).toEqual(['s1', 's2', 's20', 's3']);
    expect(rows.get('s1')).toEqual({ kind: 'delete', key: [1] });
    // The PK change: the old key deleted, the new one written.
    expect(rows.get('s3')).toEqual({ kind: 'delete', key: [3] });
    expect(rows.get('s20')).toMatchObject({ kind: 'upsert', values: [20, "'; drop table x; --", '', 8] });
    expect(set.events).toBe(11);
  });

  it('fills an unchanged TOASTed value from an earlier event of the same batch', () => {
    const set = new ChangeSet();
    set.add(r, events[1]!); // snapshot read of id 2, with the 40 kB text
    set.add(r, events[3]!); // update that did not send it
    const row = set.tables.get(r)!.rows.get('s2')!;
    expect(row.kind).toBe('upsert');
    const values = (row as { values: unknown[] }).values;
    expect(values[1]).toBe('toast untouched');
    expect((values[2] as string).length).toBe(40_000);
  });

  it('keeps the placeholder unavailable when the batch holds no earlier value', () => {
    const set = new ChangeSet();
    set.add(r, events[3]!);
    expect((set.tables.get(r)!.rows.get('s2') as { values: unknown[] }).values[2]).toBe(UNAVAILABLE);
  });

  it('lets a truncate drop what came before it in the batch', () => {
    const set = new ChangeSet();
    for (const e of events) set.add(r, e);
    const t = set.tables.get(r)!;
    expect(t.truncate).toBe(true);
    expect(t.rows.size).toBe(0);
  });

  it('refuses an event without its key', () => {
    const set = new ChangeSet();
    const broken = { ...events[1]!, after: { c_varchar: 'x' } };
    expect(() => set.add(r, broken)).toThrow(/key/);
  });
});

describe('ChangeSet: primary-key changes that leave a TOASTed column unsent', () => {
  const r = route(['id', 'c_varchar', 'c_big_text']);
  const event = (op: ChangeEvent['op'], row: Record<string, unknown>, keyMove?: ChangeEvent['keyMove']) =>
    ({
      op,
      key: { id: row.id },
      before: op === 'd' ? row : null,
      after: op === 'd' || op === 'tombstone' ? null : row,
      source: undefined,
      transaction: undefined,
      tsMs: undefined,
      shape: undefined,
      ...(keyMove ? { keyMove } : {}),
    }) as ChangeEvent;
  const move = (set: ChangeSet, from: number, to: number, varchar: string) => {
    set.add(r, event('d', { id: from }, { to: true }));
    set.add(r, event('tombstone', { id: from }, { to: true }));
    set.add(r, event('c', { id: to, c_varchar: varchar, c_big_text: UNAVAILABLE }, { from: { id: from } }));
  };

  it('copies the unsent column from the old row in the target, and deletes the old key', () => {
    const set = new ChangeSet();
    move(set, 1, 10, 'a');
    const rows = set.tables.get(r)!.rows;
    expect(rows.get('s1')).toEqual({ kind: 'delete', key: [1] });
    expect(rows.get('s10')).toEqual({ kind: 'upsert', values: [10, 'a', UNAVAILABLE], from: [1] });
  });

  it('follows a chain of key changes back to the row the target holds', () => {
    const set = new ChangeSet();
    move(set, 1, 10, 'a');
    move(set, 10, 100, 'b');
    const rows = set.tables.get(r)!.rows;
    expect(rows.get('s100')).toEqual({ kind: 'upsert', values: [100, 'b', UNAVAILABLE], from: [1] });
    expect(rows.get('s10')).toEqual({ kind: 'delete', key: [10] });
    expect(rows.get('s1')).toEqual({ kind: 'delete', key: [1] });
  });

  it('still deletes the old key when the create that moves the row comes elsewhere (another partition, any order)', () => {
    // The create came first on its partition and found no old row to copy or delete; the delete half,
    // on the old key's partition, must then remove the row, or it stays behind.
    const late = new ChangeSet();
    late.add(r, event('c', { id: 1, c_varchar: 'x', c_big_text: 'big' }));
    late.add(r, event('d', { id: 1 }, { to: true }));
    late.add(r, event('tombstone', { id: 1 }, { to: true }));
    expect(late.tables.get(r)!.rows.get('s1')).toMatchObject({ kind: 'delete', key: [1] });
    const alone = new ChangeSet();
    alone.add(r, event('d', { id: 2 }, { to: true }));
    expect(alone.tables.get(r)!.rows.get('s2')).toMatchObject({ kind: 'delete', key: [2] });
  });

  it('takes the value from the same batch when the old row was written in it', () => {
    const set = new ChangeSet();
    set.add(r, event('c', { id: 1, c_varchar: 'x', c_big_text: 'big' }));
    move(set, 1, 10, 'a');
    expect(set.tables.get(r)!.rows.get('s10')).toEqual({ kind: 'upsert', values: [10, 'a', 'big'] });
  });
});
