import { floatFromCanon } from './float-canon.js';
import { isJsonEqual } from './json-canon.js';
import type { TableMapping } from './mapping.js';
import type { RowDifference } from './report.js';
import { keyId, type Side } from './side.js';
import type { CanonRow, KeyRange, KeyTuple, SegmentHash } from './types.js';

export interface CompareOptions {
  /** Rows per top-level segment; default: table rows / 500, between 10,000 and 250,000. */
  segmentRows?: number;
  /** A differing segment at most this large is fetched as (key, row hash) pairs; default 2,000. */
  leafRows?: number;
  /** A larger differing segment is cut into this many parts at sampled keys; default 16. */
  splitFactor?: number;
  /** Queries in flight per side for the top-level segments; default 1. */
  concurrency?: number;
  onProgress?: (p: { done: number; total: number; rows: number }) => void;
}

/** Equal counts and equal exact lane sums. */
export function sameHash(a: SegmentHash, b: SegmentHash): boolean {
  return a.n === b.n && a.sum === b.sum;
}

/** Receives differences as they are found (the report keeps the first N, repair SQL takes all). */
export type DifferenceSink = (d: RowDifference, rows: { source?: CanonRow; target?: CanonRow }) => void;

/** Compares one table between two sides, reporting differences to the sink. */
export type Comparer = (
  src: Side,
  tgt: Side,
  mapping: TableMapping,
  options: CompareOptions,
  sink: DifferenceSink,
) => Promise<CompareResult>;

export interface CompareResult {
  rows: { source: number; target: number };
  segments: number;
  splits: number;
  leafRows: number;
}

function cut(range: KeyRange, points: KeyTuple[]): KeyRange[] {
  const out: KeyRange[] = [];
  let lo = range.lo;
  for (const p of points) {
    out.push({ ...(lo ? { lo } : {}), hi: p });
    lo = p;
  }
  out.push({ ...(lo ? { lo } : {}), ...(range.hi ? { hi: range.hi } : {}) });
  return out;
}

function distinct(points: KeyTuple[], range: KeyRange): KeyTuple[] {
  const out: KeyTuple[] = [];
  const seen = new Set<string>();
  const lo = range.lo ? keyId(range.lo) : undefined;
  for (const p of points) {
    const id = keyId(p);
    if (seen.has(id) || id === lo) continue;
    seen.add(id);
    out.push(p);
  }
  return out;
}

async function mapLimit<T, R>(items: T[], limit: number, fn: (t: T, i: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}

/** A canonical value as reports show it: doubles as their shortest decimal text. */
function shown(mapping: TableMapping, i: number, v: string | null | undefined): string | null {
  if (v === null || v === undefined) return null;
  return mapping.columns[i]?.pair.source.cls === 'float' ? floatFromCanon(v) : v;
}

export function describeRow(mapping: TableMapping, row: CanonRow): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  mapping.columns.forEach((c, i) => {
    out[c.source] = shown(mapping, i, row.values[i]);
  });
  return out;
}

export function keyRecord(mapping: TableMapping, key: KeyTuple): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  mapping.key.forEach((ci, i) => {
    out[mapping.columns[ci]!.source] = shown(mapping, ci, key[i]);
  });
  return out;
}

/** The columns that differ between two canonical rows (JSON compared as documents). */
export function changedColumns(mapping: TableMapping, s: CanonRow, t: CanonRow): RowDifference['columns'] {
  const out: NonNullable<RowDifference['columns']> = [];
  mapping.columns.forEach((c, i) => {
    const a = s.values[i] ?? null;
    const b = t.values[i] ?? null;
    if (a === b) return;
    if (c.pair.soft && a !== null && b !== null && isJsonEqual(a, b)) return;
    out.push({
      column: c.source,
      target: c.target,
      source: shown(mapping, i, a),
      targetValue: shown(mapping, i, b),
    });
  });
  return out;
}

/** Compares one keyed table: segment hashes, bisection of differing segments, rows at the leaves. */
export const compareKeyed: Comparer = async (src, tgt, mapping, options, sink) => {
  const leaf = options.leafRows ?? 2000;
  const split = Math.max(2, options.splitFactor ?? 16);
  const est = Math.max(src.table.estimatedRows, tgt.table.estimatedRows);
  const segRows = options.segmentRows ?? Math.min(250_000, Math.max(10_000, Math.ceil(est / 500)));
  const stats: CompareResult = { rows: { source: 0, target: 0 }, segments: 1, splits: 0, leafRows: 0 };

  // Top-level boundaries from the real key distribution: a random sample of the larger side, sorted.
  let boundaries: KeyTuple[] = [];
  if (est >= 2 * segRows) {
    const wanted = Math.ceil(est / segRows);
    // PostgreSQL samples more cheaply (TABLESAMPLE); otherwise the side holding more rows.
    const larger = tgt.table.estimatedRows > src.table.estimatedRows ? tgt : src;
    const smaller = larger === src ? tgt : src;
    const sampler =
      smaller.sql.cheapSample &&
      !larger.sql.cheapSample &&
      smaller.table.estimatedRows * 2 >= larger.table.estimatedRows
        ? smaller
        : larger;
    const sample = await sampler.sampleKeys(wanted);
    const step = sample.length / wanted;
    for (let i = 1; i < wanted; i++) {
      const p = sample[Math.floor(i * step)];
      if (p) boundaries.push(p);
    }
    boundaries = distinct(boundaries, {});
  }
  const ranges = cut({}, boundaries);
  stats.segments = ranges.length;

  let hashes: [SegmentHash[], SegmentHash[]];
  if (ranges.length > 1) {
    let done = 0;
    let rows = 0;
    const side = (s: Side) =>
      mapLimit(ranges, options.concurrency ?? 1, async (r) => {
        const [h] = await s.hashBuckets(r);
        if (s === src) {
          done++;
          rows += Number(h!.n);
          options.onProgress?.({ done, total: ranges.length, rows });
        }
        return h!;
      });
    hashes = await Promise.all([side(src), side(tgt)]);
  } else {
    hashes = await Promise.all([src.hashBuckets({}, boundaries), tgt.hashBuckets({}, boundaries)]);
    options.onProgress?.({
      done: ranges.length,
      total: ranges.length,
      rows: Number(hashes[0].reduce((a, h) => a + h.n, 0n)),
    });
  }
  const [sh, th] = hashes;
  for (let i = 0; i < ranges.length; i++) {
    stats.rows.source += Number(sh[i]!.n);
    stats.rows.target += Number(th[i]!.n);
  }

  const leafCompare = async (range: KeyRange) => {
    const [a, b] = await Promise.all([src.fetchHashes(range), tgt.fetchHashes(range)]);
    stats.leafRows += a.size + b.size;
    const missing: KeyTuple[] = [];
    const extra: KeyTuple[] = [];
    const changed: KeyTuple[] = [];
    for (const [id, r] of a) {
      const o = b.get(id);
      if (!o) missing.push(r.key);
      else if (o.hash !== r.hash) changed.push(r.key);
    }
    for (const [id, r] of b) if (!a.has(id)) extra.push(r.key);
    if (missing.length + extra.length + changed.length === 0) return;
    const [srows, trows] = await Promise.all([
      src.fetchRows([...missing, ...changed]),
      tgt.fetchRows([...extra, ...changed]),
    ]);
    for (const k of missing) {
      const row = srows.get(keyId(k));
      if (row)
        sink(
          { kind: 'missing', key: keyRecord(mapping, k), row: describeRow(mapping, row) },
          { source: row },
        );
    }
    for (const k of extra) {
      const row = trows.get(keyId(k));
      if (row)
        sink({ kind: 'extra', key: keyRecord(mapping, k), row: describeRow(mapping, row) }, { target: row });
    }
    for (const k of changed) {
      const s = srows.get(keyId(k));
      const t = trows.get(keyId(k));
      if (!s || !t) continue;
      const columns = changedColumns(mapping, s, t);
      if (columns?.length)
        sink({ kind: 'changed', key: keyRecord(mapping, k), columns }, { source: s, target: t });
    }
  };

  const narrow = async (range: KeyRange, s: SegmentHash, t: SegmentHash): Promise<void> => {
    // biome-ignore lint/complexity/useMathMinMax: bigints
    const n = s.n > t.n ? s.n : t.n;
    if (n <= BigInt(leaf)) return leafCompare(range);
    const bigger = s.n >= t.n ? src : tgt;
    const points = distinct(await bigger.splitPoints(range, n, split), range);
    if (points.length === 0) return leafCompare(range);
    stats.splits++;
    const [sb, tb] = await Promise.all([src.hashBuckets(range, points), tgt.hashBuckets(range, points)]);
    const parts = cut(range, points);
    for (let i = 0; i < parts.length; i++) {
      if (!sameHash(sb[i]!, tb[i]!)) await narrow(parts[i]!, sb[i]!, tb[i]!);
    }
  };

  // Differing segments are narrowed two at a time, so neither side waits idle for the other's
  // round trips (each side's pool has a connection for each).
  const differing = ranges.map((_, i) => i).filter((i) => !sameHash(sh[i]!, th[i]!));
  await mapLimit(differing, 2, (i) => narrow(ranges[i]!, sh[i]!, th[i]!));
  return stats;
};

/** Bucket digits for hash-prefix buckets of about 500 rows. */
function prefixDigits(src: Side, tgt: Side): number {
  const est = Math.max(src.table.estimatedRows, tgt.table.estimatedRows, 1);
  return Math.min(4, Math.max(1, Math.ceil(Math.log(est / 500) / Math.log(16))));
}

async function prefixBuckets(
  src: Side,
  tgt: Side,
  by: 'row' | 'key',
  options: CompareOptions,
): Promise<{ digits: number; differing: string[]; stats: CompareResult }> {
  const digits = prefixDigits(src, tgt);
  const [sb, tb] = await Promise.all([src.hashPrefixBuckets(digits, by), tgt.hashPrefixBuckets(digits, by)]);
  const stats: CompareResult = {
    rows: { source: 0, target: 0 },
    segments: 16 ** digits,
    splits: 0,
    leafRows: 0,
  };
  for (const h of sb.values()) stats.rows.source += Number(h.n);
  for (const h of tb.values()) stats.rows.target += Number(h.n);
  options.onProgress?.({ done: 1, total: 1, rows: stats.rows.source });
  const zero: SegmentHash = { n: 0n, sum: 0n };
  const differing = [...new Set([...sb.keys(), ...tb.keys()])]
    .filter((p) => !sameHash(sb.get(p) ?? zero, tb.get(p) ?? zero))
    .sort();
  return { digits, differing, stats };
}

/** Fetches the rows of the differing buckets from both sides, 32 buckets at a time. */
async function eachDifferingBatch(
  src: Side,
  tgt: Side,
  by: 'row' | 'key',
  options: CompareOptions,
  fn: (source: CanonRow[], target: CanonRow[]) => void,
): Promise<CompareResult> {
  const { digits, differing, stats } = await prefixBuckets(src, tgt, by, options);
  for (let i = 0; i < differing.length; i += 32) {
    const batch = differing.slice(i, i + 32);
    const [sr, tr] = await Promise.all([
      src.fetchByPrefix(digits, batch, by),
      tgt.fetchByPrefix(digits, batch, by),
    ]);
    stats.leafRows += sr.length + tr.length;
    fn(sr, tr);
  }
  return stats;
}

/**
 * Compares a keyed table whose key is not in byte order on one side (a case-insensitive or PAD
 * SPACE collation, MariaDB's UUID type): key ranges could not use an index there, so rows are
 * bucketed by a hash of the canonical key instead — one scan per side for the buckets, one more
 * for the rows of the buckets that differ, whatever the number of differences.
 */
export const compareKeyedByHash: Comparer = (src, tgt, mapping, options, sink) => {
  return eachDifferingBatch(src, tgt, 'key', options, (sr, tr) => {
    const a = new Map(sr.map((r) => [keyId(r.key), r]));
    const b = new Map(tr.map((r) => [keyId(r.key), r]));
    for (const [id, s] of a) {
      const t = b.get(id);
      if (!t) {
        sink(
          { kind: 'missing', key: keyRecord(mapping, s.key), row: describeRow(mapping, s) },
          { source: s },
        );
      } else if (t.hash !== s.hash) {
        const columns = changedColumns(mapping, s, t);
        if (columns?.length)
          sink({ kind: 'changed', key: keyRecord(mapping, s.key), columns }, { source: s, target: t });
      }
    }
    for (const [id, t] of b) {
      if (!a.has(id))
        sink({ kind: 'extra', key: keyRecord(mapping, t.key), row: describeRow(mapping, t) }, { target: t });
    }
  });
};

/** Compares a table without a key as a multiset of rows: buckets by row-hash prefix, then rows. */
export const compareMultiset: Comparer = (src, tgt, mapping, options, sink) => {
  return eachDifferingBatch(src, tgt, 'row', options, (sr, tr) => {
    const counts = new Map<string, { row: CanonRow; s: number; t: number }>();
    for (const [rows, side] of [
      [sr, 's'],
      [tr, 't'],
    ] as const) {
      for (const r of rows) {
        const c = counts.get(r.hash) ?? { row: r, s: 0, t: 0 };
        c[side]++;
        counts.set(r.hash, c);
      }
    }
    for (const { row, s, t } of counts.values()) {
      if (s === t) continue;
      const record = describeRow(mapping, row);
      if (s > t) sink({ kind: 'missing', key: record, row: record, count: s - t }, { source: row });
      else sink({ kind: 'extra', key: record, row: record, count: t - s }, { target: row });
    }
  });
};
