import { describe, expect, it } from 'vitest';
import { indexSnapshot, resolveTable } from './tables.js';
import { snapshot } from './test-support/schema-builder.js';

describe('resolveTable', () => {
  const index = indexSnapshot(
    snapshot([
      { name: 'Orders', columns: ['id'] },
      { name: 'items', columns: ['id'] },
      { name: 'items', schema: 'archive', columns: ['id'] },
      { name: 'a.b', schema: 'my schema', columns: ['id'] },
    ]),
  );
  const name = (ref: string) => {
    const t = resolveTable(index, ref);
    return t === undefined ? undefined : index.tables[t]!.key;
  };

  it('reads keys, bare names that are unique, and names whose case a workload folded', () => {
    expect(name('public.Orders')).toBe('public.Orders');
    expect(name('Orders')).toBe('public.Orders');
    expect(name('public.orders')).toBe('public.Orders');
    expect(name('orders')).toBe('public.Orders');
    expect(name('"my schema"."a.b"')).toBe('"my schema"."a.b"');
    expect(name('archive.items')).toBe('archive.items');
  });

  it('does not guess between tables of the same name', () => {
    expect(name('items')).toBeUndefined();
    expect(name('nope.nothing')).toBeUndefined();
  });
});

describe('statisticsState', () => {
  const tables = [
    { name: 'orders', columns: ['id', 'status_id'], fks: [{ columns: ['status_id'], table: 'statuses' }] },
    { name: 'statuses', columns: ['id', 'name:text'] },
  ];

  it('takes all-zero figures (a database never analyzed, or just loaded) for absent statistics', () => {
    const zero = snapshot(tables.map((t) => ({ ...t, rows: 0, bytes: 16384, writes: 0, reads: 0 })));
    const index = indexSnapshot(zero);
    expect(index.statistics).toMatchObject({ rows: false, counters: false });
    expect(index.statistics.note).toMatch(/statistics absent.*sizes and write rates are not used/);
    expect(index.tables.every((t) => !t.measured && !t.writesKnown)).toBe(true);
  });

  it('takes counters that saw only inserts for a bulk load, and keeps the row counts', () => {
    const loaded = indexSnapshot(snapshot(tables.map((t) => ({ ...t, rows: 50, writes: 50 }))));
    expect(loaded.statistics).toMatchObject({ rows: true, counters: false });
    expect(loaded.tables.every((t) => t.measured && !t.writesKnown)).toBe(true);
    const live = indexSnapshot(snapshot(tables.map((t) => ({ ...t, rows: 50, writes: 50, reads: 9 }))));
    expect(live.statistics).toEqual({ rows: true, counters: true, note: null });
  });
});
