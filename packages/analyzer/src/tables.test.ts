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
