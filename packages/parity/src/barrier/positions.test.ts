import { describe, expect, it } from 'vitest';
import { describePosition, offsetPassed, parseGtids } from './positions.js';

// Offsets as Kafka Connect 4.3's GET /connectors/<name>/offsets returned them for Debezium 3.6.1
// PostgreSQL and 3.5.0 MariaDB connectors on this machine.
const pgSnapshot = {
  last_snapshot_record: true,
  lsn: 284750928,
  txId: 826,
  ts_usec: 1,
  snapshot: 'INITIAL',
  snapshot_completed: true,
};
const pgStreaming = {
  lsn_proc: 289306256,
  messageType: 'UPDATE',
  lsn_commit: 289306200,
  lsn: 289306256,
  txId: 848,
  ts_usec: 1,
};
const mariadb = {
  ts_sec: 1795672771,
  file: 'mariadb-bin.000002',
  pos: 64288144,
  gtids: '0-1-73',
  server_id: 1,
};

describe('offsetPassed (PostgreSQL)', () => {
  it('passes once the largest LSN field reaches the position', () => {
    expect(offsetPassed(pgStreaming, { kind: 'lsn', lsn: 289306256n })).toBe(true);
    expect(offsetPassed(pgStreaming, { kind: 'lsn', lsn: 289306257n })).toBe(false);
    expect(offsetPassed(pgSnapshot, { kind: 'lsn', lsn: 284750900n })).toBe(true);
  });
  it('never passes during a snapshot or without an offset', () => {
    expect(
      offsetPassed(
        { ...pgSnapshot, snapshot_completed: false, last_snapshot_record: false },
        { kind: 'lsn', lsn: 1n },
      ),
    ).toBe(false);
    expect(offsetPassed(null, { kind: 'lsn', lsn: 1n })).toBe(false);
  });
  it('never passes while an incremental snapshot runs (its context is in the offset)', () => {
    const copying = {
      ...pgStreaming,
      incremental_snapshot_collections: '[{"incremental_snapshot_collections_id":"public.orders"}]',
      incremental_snapshot_primary_key: 'aced0005',
      incremental_snapshot_maximum_key: 'aced0005',
    };
    expect(offsetPassed(copying, { kind: 'lsn', lsn: 1n })).toBe(false);
    expect(
      offsetPassed(
        {
          ...mariadb,
          incremental_snapshot_collections: '[{"incremental_snapshot_collections_id":"shop.orders"}]',
        },
        { kind: 'binlog', gtid: '0-1-1', file: 'x', pos: 0 },
      ),
    ).toBe(false);
  });
});

describe('offsetPassed (MariaDB)', () => {
  it('compares GTID domains by sequence number', () => {
    expect(offsetPassed(mariadb, { kind: 'binlog', gtid: '0-1-73', file: 'x', pos: 0 })).toBe(true);
    expect(offsetPassed(mariadb, { kind: 'binlog', gtid: '0-1-74', file: 'x', pos: 0 })).toBe(false);
    expect(
      offsetPassed(
        { ...mariadb, gtids: '0-1-80,1-2-5' },
        { kind: 'binlog', gtid: '0-1-74,1-2-6', file: 'x', pos: 0 },
      ),
    ).toBe(false);
    expect(parseGtids('0-1-74,1-2-10')).toEqual(
      new Map([
        ['0', 74n],
        ['1', 10n],
      ]),
    );
  });
  it('falls back to binlog file and position', () => {
    const pos = { kind: 'binlog' as const, gtid: '', file: 'mariadb-bin.000002', pos: 64288144 };
    expect(offsetPassed(mariadb, pos)).toBe(true);
    expect(offsetPassed(mariadb, { ...pos, pos: 64288145 })).toBe(false);
    expect(offsetPassed(mariadb, { ...pos, file: 'mariadb-bin.000001', pos: 99999999 })).toBe(true);
  });
  it('describes positions for reports', () => {
    expect(describePosition({ kind: 'lsn', lsn: 0x1_0000_00a0n })).toBe('LSN 1/A0');
    expect(describePosition({ kind: 'binlog', gtid: '0-1-7', file: 'f', pos: 1 })).toBe('GTID 0-1-7');
  });
});
