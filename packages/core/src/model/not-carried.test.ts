import { describe, expect, it } from 'vitest';
import { notCarried } from './not-carried.js';
import type { SchemaSnapshot, TableSnapshot } from './snapshot.js';

const table = (name: string, onUpdate?: string): TableSnapshot => ({
  schema: 'shop',
  name,
  columns: [
    { name: 'id', nativeType: 'int', type: { kind: 'integer', bytes: 4 }, nullable: false, default: null },
    {
      name: 'last_update',
      nativeType: 'timestamp',
      type: { kind: 'timestamp', withTimeZone: true, precision: 0 },
      nullable: false,
      default: 'current_timestamp()',
      ...(onUpdate ? { onUpdate } : {}),
    },
  ],
  primaryKey: ['id'],
  uniques: [],
  foreignKeys: [],
  indexes: [],
  rowEstimate: 1,
  bytes: 1,
  stats: null,
});

const snapshot: SchemaSnapshot = {
  format: 'seam.snapshot',
  version: 1,
  engine: { dialect: 'mysql', flavor: 'mariadb', version: '10.11' },
  database: 'shop',
  schemas: ['shop'],
  capturedAt: '2026-12-07T00:00:00Z',
  source: 'mysql://h/shop',
  tables: [table('film', 'current_timestamp()'), table('rental')],
  views: [],
  objects: [
    // Sakila's shapes: a function reading film itself, one reading rental, one a trigger calls.
    { kind: 'function', schema: 'shop', name: 'balance()', tables: ['shop.film', 'shop.rental'] },
    { kind: 'procedure', schema: 'shop', name: 'in_stock()', tables: ['shop.rental'] },
    { kind: 'function', schema: 'shop', name: 'touch()', tables: [] },
    {
      kind: 'trigger',
      schema: 'shop',
      name: 'film_touch',
      tables: ['shop.film'],
      definition: 'BEFORE UPDATE FOR EACH ROW CALL touch()',
    },
  ],
};

describe('notCarried', () => {
  it('lists routines that name the tables or that their triggers call, each with its own action', () => {
    const items = notCarried(snapshot, ['shop.film']);
    const routines = items.filter((i) => i.kind === 'function' || i.kind === 'procedure');
    expect(routines.map((i) => [i.name, i.tables])).toEqual([
      ['shop.balance()', ['shop.film']],
      ['shop.touch()', []],
    ]);
    expect(routines[0]!.action).toMatch(/reads or writes these tables/);
    expect(routines[1]!.action).toMatch(/called by a trigger/);
  });

  it('lists a column set on update, after everything else', () => {
    const items = notCarried(snapshot, ['shop.film', 'shop.rental']);
    expect(items.at(-1)).toMatchObject({
      kind: 'on-update',
      name: 'film.last_update',
      tables: ['shop.film'],
      definition: 'ON UPDATE current_timestamp()',
    });
    expect(items.filter((i) => i.kind === 'on-update')).toHaveLength(1);
    expect(items.map((i) => i.name)).toContain('shop.in_stock()');
  });

  it('leaves columns set on update out where the target carries them', () => {
    const items = notCarried(snapshot, ['shop.film'], { onUpdateCarried: true });
    expect(items.filter((i) => i.kind === 'on-update')).toEqual([]);
  });
});
