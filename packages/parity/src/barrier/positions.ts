import type { SourcePosition } from '../connection.js';

type Offset = Record<string, unknown>;

const big = (v: unknown): bigint | undefined => {
  if (typeof v === 'number' || typeof v === 'bigint') return BigInt(v);
  if (typeof v === 'string' && /^\d+$/.test(v)) return BigInt(v);
  return undefined;
};

/**
 * A snapshot that has not finished has not produced every row yet, whatever its position says:
 * an initial snapshot (`snapshot` set until its last record), or an incremental one (the offset
 * carries its context, `incremental_snapshot_collections`, until the last table's last chunk).
 */
export function snapshotRunning(o: Offset): boolean {
  if (o.incremental_snapshot_collections !== undefined && o.incremental_snapshot_collections !== null)
    return true;
  if (!('snapshot' in o) || o.snapshot === false || o.snapshot === 'false') return false;
  return o.snapshot_completed !== true && o.last_snapshot_record !== true;
}

/** MariaDB GTID positions: domain → sequence number ("0-1-74,1-2-10"). */
export function parseGtids(text: string): Map<string, bigint> {
  const out = new Map<string, bigint>();
  for (const part of text.split(',')) {
    const m = /^\s*(\d+)-(\d+)-(\d+)\s*$/.exec(part);
    if (m) out.set(m[1]!, BigInt(m[3]!));
  }
  return out;
}

const fileNumber = (f: string): number => Number(/(\d+)$/.exec(f)?.[1] ?? 0);

export function describePosition(p: SourcePosition): string {
  return p.kind === 'lsn'
    ? `LSN ${(p.lsn >> 32n).toString(16).toUpperCase()}/${(p.lsn & 0xffffffffn).toString(16).toUpperCase()}`
    : p.gtid
      ? `GTID ${p.gtid}`
      : `${p.file}:${p.pos}`;
}

/**
 * Whether a Debezium source connector's committed offset has passed a source position: every
 * change committed before it has been produced to Kafka.
 * PostgreSQL: the largest of lsn, lsn_proc, lsn_commit ≥ the LSN (changes stream in commit order).
 * MariaDB/MySQL: every GTID domain of the position reached (gtids holds completed transactions),
 * or, without GTIDs, binlog file and pos (the next event to read) at or after it.
 */
export function offsetPassed(offset: Offset | null | undefined, pos: SourcePosition): boolean {
  if (!offset || snapshotRunning(offset)) return false;
  if (pos.kind === 'lsn') {
    const values = [offset.lsn, offset.lsn_proc, offset.lsn_commit].map(big).filter((v) => v !== undefined);
    return values.some((v) => v >= pos.lsn);
  }
  const gtids = typeof offset.gtids === 'string' ? offset.gtids : '';
  if (pos.gtid && gtids) {
    const have = parseGtids(gtids);
    return [...parseGtids(pos.gtid)].every(([domain, seq]) => (have.get(domain) ?? -1n) >= seq);
  }
  const file = typeof offset.file === 'string' ? offset.file : undefined;
  const at = big(offset.pos);
  if (!file || at === undefined) return false;
  const a = fileNumber(file);
  const b = fileNumber(pos.file);
  return a > b || (a === b && at >= BigInt(pos.pos));
}
