import { describe, expect, it } from 'vitest';
import { COPY_SIGNAL_ID, copyProgressOf, type DebeziumNotification, describeCopyTable } from './progress.js';

const note = (
  type: string,
  data: Record<string, string> = {},
  id = COPY_SIGNAL_ID,
): DebeziumNotification => ({
  id,
  aggregate_type: 'Incremental Snapshot',
  type,
  additional_data: { connector_name: 'seam.orders', ...data },
  timestamp: 1_800_000_000_000,
});

describe('copyProgressOf', () => {
  const tables = ['public.orders', 'public.lines'];

  it('is waiting before any notification', () => {
    const p = copyProgressOf([], tables);
    expect(p.state).toBe('waiting');
    expect(p.tables.map((t) => t.state)).toEqual(['pending', 'pending']);
  });

  it('counts chunks per table, takes the rows of each completed scan, and completes', () => {
    const p = copyProgressOf(
      [
        note('STARTED', { data_collections: 'public.orders,public.lines' }),
        note('IN_PROGRESS', {
          current_collection_in_progress: 'public.orders',
          last_processed_key: '1024',
          maximum_key: '3000',
        }),
        note('IN_PROGRESS', {
          current_collection_in_progress: 'public.orders',
          last_processed_key: '2048',
          maximum_key: '3000',
        }),
        note('TABLE_SCAN_COMPLETED', {
          scanned_collection: 'public.orders',
          total_rows_scanned: '2990',
          status: 'SUCCEEDED',
        }),
        note('IN_PROGRESS', {
          current_collection_in_progress: 'public.lines',
          last_processed_key: '7',
          maximum_key: '9',
        }),
        // Another signal's notifications and other notifications are not this copy's.
        note('COMPLETED', {}, 'someone-else'),
        { id: 'x', aggregate_type: 'Initial Snapshot', type: 'COMPLETED' },
      ],
      tables,
    );
    expect(p.state).toBe('copying');
    expect(p.starts).toBe(1);
    expect(p.tables[0]).toMatchObject({ state: 'done', chunks: 2, rowsScanned: 2990, status: 'SUCCEEDED' });
    expect(p.tables[1]).toMatchObject({ state: 'copying', chunks: 1, lastKey: '7', maxKey: '9' });
    expect(describeCopyTable(p.tables[1]!)).toBe('public.lines: copying: 1 chunk(s), key 7 of 9');

    const done = copyProgressOf(
      [
        note('STARTED'),
        note('TABLE_SCAN_COMPLETED', {
          scanned_collection: 'public.orders',
          total_rows_scanned: '0',
          status: 'EMPTY',
        }),
        note('TABLE_SCAN_COMPLETED', {
          scanned_collection: 'public.lines',
          total_rows_scanned: '5',
          status: 'NO_PRIMARY_KEY',
        }),
        note('COMPLETED'),
      ],
      tables,
    );
    expect(done.state).toBe('done');
    expect(done.completedAt).toBe(new Date(1_800_000_000_000).toISOString());
    expect(done.tables.map((t) => t.state)).toEqual(['done', 'failed']);
    expect(describeCopyTable(done.tables[1]!)).toBe('public.lines: not copied (NO_PRIMARY_KEY)');
  });

  it('counts every start: a copy that resumed started once', () => {
    expect(copyProgressOf([note('STARTED'), note('STARTED'), note('ABORTED')], tables)).toMatchObject({
      starts: 2,
      state: 'aborted',
    });
  });
});
