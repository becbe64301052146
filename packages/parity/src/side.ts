import type { DbConnection } from './connection.js';
import { engineFor } from './engine.js';
import type { TableMapping } from './mapping.js';
import { bucketCase, keysWhere, rangeWhere, type SqlDialect } from './sql-dialect.js';
import type {
  CanonColumn,
  CanonRow,
  ColumnInfo,
  KeyRange,
  KeyTuple,
  SegmentHash,
  TableInfo,
} from './types.js';

const toBig = (v: unknown): bigint => BigInt(String(v ?? 0));
const str = (v: unknown): string | null =>
  v === null || v === undefined ? null : Buffer.isBuffer(v) ? v.toString('utf8') : String(v);

export const keyId = (key: KeyTuple): string => JSON.stringify(key);

/** One side of a comparison: a connection, a table and the SQL that renders its rows in canon v1. */
export class Side {
  readonly sql: SqlDialect;
  readonly cols: CanonColumn[];
  readonly keyCols: ColumnInfo[];
  readonly from: string;
  private readonly fields: string[];
  private readonly canon: string[];

  constructor(
    readonly role: 'source' | 'target',
    readonly db: DbConnection,
    readonly table: TableInfo,
    mapping: TableMapping,
  ) {
    this.sql = engineFor(db.dialect);
    this.cols = mapping.columns.map((c) => (role === 'source' ? c.pair.source : c.pair.target));
    this.keyCols = mapping.key.map((i) => this.cols[i]!.info);
    this.from = this.sql.table(table);
    this.fields = this.cols.map((c) => this.sql.field(c));
    this.canon = this.cols.map((c) => this.sql.canon(c));
    this.keyCanon = mapping.key.map((i) => this.canon[i]!);
    // The source's text of columns that are carried but not compared (native text: cls 'native').
    this.carried =
      role === 'source' ? mapping.carried.map((c) => this.sql.canon({ info: c.source, cls: 'native' })) : [];
    this.keyFields = mapping.key.map((i) => this.fields[i]!);
  }

  private readonly keyCanon: string[];
  private readonly carried: string[];
  private readonly keyFields: string[];

  get indexable(): boolean {
    return this.keyCols.every((c) => this.sql.keyIndexable(c));
  }

  private keySelect(): string {
    return this.keyCanon.map((e, i) => `${e} AS seam_k${i}`).join(', ');
  }

  private keyOf(row: Record<string, unknown>): KeyTuple {
    return this.keyCols.map((_, i) => str(row[`seam_k${i}`]) ?? '');
  }

  private orderBy(): string {
    return this.keyCols.map((c) => this.sql.keyOrder(c)).join(', ');
  }

  /** count + lane sums for each part of `range` cut at the sorted `inner` boundaries. */
  async hashBuckets(range: KeyRange, inner: KeyTuple[] = []): Promise<SegmentHash[]> {
    const params: unknown[] = [];
    const bucket = inner.length ? bucketCase(this.sql, this.keyCols, inner, params) : undefined;
    const where = rangeWhere(this.sql, this.keyCols, range, params);
    const rows = await this.db.query<Record<string, unknown>>(
      this.sql.aggregate(this.from, this.fields, where, bucket),
      params,
    );
    const out: SegmentHash[] = Array.from({ length: inner.length + 1 }, () => ({ n: 0n, sum: 0n }));
    for (const r of rows) out[bucket ? Number(r.b) : 0] = { n: toBig(r.n), sum: toBig(r.t) };
    return out;
  }

  /** Sorted keys of a random sample large enough to place `segments` boundaries. */
  async sampleKeys(segments: number): Promise<KeyTuple[]> {
    const rows = await this.db.query<Record<string, unknown>>(
      `SELECT ${this.keySelect()} FROM ${this.sql.sample(this.from, segments, this.table.estimatedRows)} ORDER BY ${this.orderBy()}`,
    );
    return rows.map((r) => this.keyOf(r));
  }

  /** The keys cutting the rows of `range` into `parts` parts of about equal size (the real distribution). */
  async splitPoints(range: KeyRange, rows: bigint, parts: number): Promise<KeyTuple[]> {
    const step = Math.max(1, Math.ceil(Number(rows) / parts));
    const params: unknown[] = [];
    const where = rangeWhere(this.sql, this.keyCols, range, params);
    const sql = `SELECT ${this.keyCols.map((_, i) => `seam_k${i}`).join(', ')} FROM (SELECT ${this.keySelect()}, ROW_NUMBER() OVER (ORDER BY ${this.orderBy()}) AS seam_rn FROM ${this.from} WHERE ${where}) x WHERE MOD(seam_rn, ${step}) = 0 ORDER BY seam_rn`;
    return (await this.db.query<Record<string, unknown>>(sql, params)).map((r) => this.keyOf(r));
  }

  /** key → row hash for every row in `range`. */
  async fetchHashes(range: KeyRange): Promise<Map<string, { key: KeyTuple; hash: string }>> {
    const params: unknown[] = [];
    const where = rangeWhere(this.sql, this.keyCols, range, params);
    const rows = await this.db.query<Record<string, unknown>>(
      `SELECT ${this.keySelect()}, ${this.sql.rowHash(this.fields)} AS h FROM ${this.from} WHERE ${where}`,
      params,
    );
    const out = new Map<string, { key: KeyTuple; hash: string }>();
    for (const r of rows) {
      const key = this.keyOf(r);
      out.set(keyId(key), { key, hash: String(r.h) });
    }
    return out;
  }

  /** The canonical rows for some keys (batched). */
  async fetchRows(keys: KeyTuple[]): Promise<Map<string, CanonRow>> {
    const out = new Map<string, CanonRow>();
    for (let i = 0; i < keys.length; i += 200) {
      const params: unknown[] = [];
      const where = keysWhere(this.sql, this.keyCols, keys.slice(i, i + 200), params);
      const rows = await this.db.query<Record<string, unknown>>(
        `SELECT ${this.keySelect()}, ${this.sql.rowHash(this.fields)} AS h, ${[
          ...this.canon.map((e, j) => `${e} AS seam_c${j}`),
          ...this.carried.map((e, j) => `${e} AS seam_x${j}`),
        ].join(', ')} FROM ${this.from} WHERE ${where}`,
        params,
      );
      for (const r of rows) {
        const key = this.keyOf(r);
        const row: CanonRow = {
          key,
          hash: String(r.h),
          values: this.cols.map((_, j) => str(r[`seam_c${j}`])),
        };
        if (this.carried.length) row.carried = this.carried.map((_, j) => str(r[`seam_x${j}`]));
        out.set(keyId(key), row);
      }
    }
    return out;
  }

  // ---- tables without a key: multiset by row-hash prefix buckets ----

  /** count + lanes per bucket of the first `digits` hex digits of the row hash (or of the key's hash). */
  async hashPrefixBuckets(digits: number, by: 'row' | 'key' = 'row'): Promise<Map<string, SegmentHash>> {
    const h = this.sql.rowHash(by === 'key' ? this.keyFields : this.fields);
    const rows = await this.db.query<Record<string, unknown>>(
      this.sql.aggregate(this.from, this.fields, '1=1', `LEFT(${h}, ${digits})`),
    );
    const out = new Map<string, SegmentHash>();
    for (const r of rows) out.set(String(r.b), { n: toBig(r.n), sum: toBig(r.t) });
    return out;
  }

  /** The canonical rows in some buckets of hashPrefixBuckets (keys filled in when bucketed by key). */
  async fetchByPrefix(digits: number, prefixes: string[], by: 'row' | 'key' = 'row'): Promise<CanonRow[]> {
    const h = this.sql.rowHash(this.fields);
    const bucket = by === 'key' ? this.sql.rowHash(this.keyFields) : h;
    const params: unknown[] = [...prefixes];
    const marks = prefixes.map((_, i) => this.sql.placeholder(i)).join(', ');
    const keys = by === 'key' ? `${this.keySelect()}, ` : '';
    const rows = await this.db.query<Record<string, unknown>>(
      `SELECT * FROM (SELECT ${bucket} AS seam_b, ${h} AS h, ${keys}${this.canon.map((e, j) => `${e} AS seam_c${j}`).join(', ')} FROM ${this.from}) x WHERE LEFT(seam_b, ${digits}) IN (${marks})`,
      params,
    );
    return rows.map((r) => ({
      key: by === 'key' ? this.keyOf(r) : [],
      hash: String(r.h),
      values: this.cols.map((_, j) => str(r[`seam_c${j}`])),
    }));
  }
}
