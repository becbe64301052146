import { describe, expect, it } from 'vitest';
import { isTargetTooNarrow, targetTooNarrowError, tooNarrowFor } from './narrow-target.js';
import { makeRoute } from './route.js';
import type { TargetColumn } from './target.js';

const column = (name: string, sqlType: string) =>
  ({ name, sqlType, baseType: sqlType.replace(/\(.*$/, ''), nullable: true }) as TargetColumn;

const route = makeRoute({
  topic: 'p.public.items',
  source: 'public.items',
  collection: 'public.items',
  target: {
    schema: 'svc',
    name: 'items',
    primaryKey: ['id'],
    columns: [
      column('id', 'integer'),
      column('label', 'character varying(5)'),
      column('price', 'numeric(5,2)'),
    ],
  },
  columns: [
    { source: 'id', target: column('id', 'integer') },
    { source: 'name', target: column('label', 'character varying(5)') },
    { source: 'price', target: column('price', 'numeric(5,2)') },
  ],
  explicitColumns: false,
  rename: { name: 'label' },
});

describe('a target column too narrow for a value', () => {
  it('is told from other refusals by the driver code of either engine', () => {
    expect(isTargetTooNarrow({ code: '22001' })).toBe(true);
    expect(isTargetTooNarrow({ code: '22003' })).toBe(true);
    expect(isTargetTooNarrow({ code: 'ER_DATA_TOO_LONG' })).toBe(true);
    expect(isTargetTooNarrow({ code: '23505' })).toBe(false); // a duplicate key is one row's fault
    expect(isTargetTooNarrow({ code: 'ER_DUP_ENTRY' })).toBe(false);
    expect(isTargetTooNarrow(new Error('x'))).toBe(false);
  });

  it('finds the row and the column by the declared size, in characters not bytes', () => {
    expect(tooNarrowFor(route, { id: 1, name: 'ééééé', price: '999.99' })).toBe(false);
    expect(tooNarrowFor(route, { id: 1, name: 'abcdef', price: '1' })).toBe(true);
    expect(tooNarrowFor(route, { id: 1, name: null, price: '-1000.5' })).toBe(true);
    expect(tooNarrowFor(route, { id: 1, name: 'a', price: '0000999.125' })).toBe(false);
    expect(tooNarrowFor(route, null)).toBe(false);
  });

  it('names the target column, the source table and where it stopped', () => {
    const error = targetTooNarrowError(
      [route],
      { id: 2, name: 'much too long' },
      'p.public.items/0@7',
      {},
      'x',
    );
    expect(error.code).toBe('SEAM_REPL_TARGET_TOO_NARROW');
    expect(error.message).toBe(
      'public.items → svc.items: column "label" (character varying(5)) is too narrow for a value of 13 characters. Stopped applying public.items at p.public.items/0@7; other tables go on.',
    );
    expect(error.hint).toMatch(/Widen the target column.*columns:.*resumes at this event/);
    const unknown = targetTooNarrowError(
      [route],
      { id: 2 },
      'p/0@1',
      {},
      'value too long for type character varying(5)',
    );
    expect(unknown.message).toContain(
      'a column refused a value (value too long for type character varying(5))',
    );
  });
});
