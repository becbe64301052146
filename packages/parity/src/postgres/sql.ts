import { quotePgIdent } from '@seam/core/sql';
import type { SqlDialect } from '../sql-dialect.js';
import type { CanonColumn, KeyTuple } from '../types.js';
import { readPgTable } from './catalog.js';
import { readPgPosition } from './position.js';
import { postgresRepair } from './repair.js';

const ident = quotePgIdent;

/**
 * A double as `[-]<mantissa>p<exponent>` from its IEEE-754 bits: value = mantissa × 2^(exponent-52),
 * mantissa in [2^52, 2^53) (subnormals: exponent -1022, smaller mantissa). Exact, and MariaDB
 * computes the same text by arithmetic on powers of two.
 */
function floatCanon(x: string): string {
  const bits = `('x' || encode(float8send(${x}), 'hex'))::bit(64)::bigint`;
  const eb = `((${bits} >> 52) & 2047)`;
  const frac = `(${bits} & 4503599627370495)`;
  const mant = `CASE WHEN ${eb} = 0 THEN ${frac} ELSE ${frac} + 4503599627370496 END`;
  const exp = `CASE WHEN ${eb} = 0 THEN -1022 ELSE ${eb} - 1023 END`;
  return `CASE WHEN ${x} = 0 THEN '0' WHEN ${x} IN ('NaN'::float8, 'Infinity'::float8, '-Infinity'::float8) THEN ${x}::text ELSE (CASE WHEN ${x} < 0 THEN '-' ELSE '' END) || (${mant})::text || 'p' || (${exp})::text END`;
}

function timeCanon(c: CanonColumn, col: string): string {
  const { info, reduce } = c;
  const tz = info.kind === 'timestamp' && info.withTimeZone;
  const base = info.kind === 'time' ? 'time' : tz ? 'timestamptz' : 'timestamp';
  let v = col;
  if (reduce) {
    if (reduce.rule === 'round') v = `${col}::${base}(${reduce.digits})`;
    else if (reduce.digits < 6)
      v = `(${col} - (extract(microseconds from ${col})::bigint % ${10 ** (6 - reduce.digits)}) * interval '1 microsecond')`;
  }
  return tz ? `(${v} AT TIME ZONE 'UTC')::text` : `${v}::text`;
}

/**
 * An interval as Debezium's ISO 8601 duration (interval.handling.mode=string): every component,
 * each with its own sign, seconds without trailing zeros — `P1Y2M-3DT4H5M6.789S`, `P0Y0M0DT0H0M0S`.
 */
function intervalIso(col: string): string {
  const part = (field: string) => `extract(${field} from ${col})::bigint::text`;
  return `'P' || ${part('year')} || 'Y' || ${part('month')} || 'M' || ${part('day')} || 'DT' || ${part('hour')} || 'H' || ${part('minute')} || 'M' || trim_scale(extract(second from ${col}))::text || 'S'`;
}

/** ±infinity as the ends of MySQL's range, where the replicator stores them (infinity-ends). */
function rangeEnds(c: CanonColumn, col: string, finite: string): string {
  if (!c.ends) return finite;
  const date = c.cls === 'date';
  const max = date
    ? '9999-12-31'
    : `9999-12-31 23:59:59${c.ends.digits > 0 ? `.${'9'.repeat(c.ends.digits)}` : ''}`;
  const min = date ? '0000-01-01' : '0000-01-01 00:00:00';
  return `CASE WHEN ${col} = 'infinity' THEN '${max}' WHEN ${col} = '-infinity' THEN '${min}' ELSE ${finite} END`;
}

export const postgresSql: SqlDialect = {
  dialect: 'postgres',
  ident,
  table: (t) => `${ident(t.schema)}.${ident(t.name)}`,
  canon(c) {
    const col = ident(c.info.name);
    const k = c.info.kind;
    switch (c.cls) {
      case 'number':
        if (k === 'bool') return `${col}::int::text`;
        if (k === 'decimal') return `trim_scale(${col})::text`;
        return `${col}::text`;
      case 'float':
        return floatCanon(k === 'float4' ? `${col}::float8` : col);
      case 'text':
        if (c.home === 'interval-text' && k === 'interval') return intervalIso(col);
        return c.rtrim ? `rtrim(${col}::text, ' ')` : `${col}::text`;
      case 'json':
        if (k === 'array') return `to_jsonb(${col})::text`;
        return k === 'json' ? `${col}::jsonb::text` : `${col}::text`;
      case 'uuid':
        if (k === 'binary') return `encode(${col}, 'hex')::uuid::text`;
        return k === 'uuid' ? `${col}::text` : `lower(${col}::text)`;
      case 'binary':
        return `encode(${col}, 'hex')`;
      case 'timestamp':
        return rangeEnds(c, col, timeCanon(c, col));
      case 'time':
        return timeCanon(c, col);
      case 'date':
        return rangeEnds(c, col, `${col}::text`);
      default:
        return `${col}::text`;
    }
  },
  field(c) {
    const v = this.canon(c);
    if (c.cls === 'text' || c.cls === 'json' || c.cls === 'native')
      return `coalesce(octet_length(${v})::text || ':' || ${v}, '~')`;
    return `coalesce(${v}, '~')`;
  },
  rowHash: (fields) => `encode(sha256(convert_to(concat_ws('|', ${fields.join(', ')}), 'UTF8')), 'hex')`,
  aggregate(from, fields, where, bucket) {
    const h = `sha256(convert_to(concat_ws('|', ${fields.join(', ')}), 'UTF8'))`;
    // Two 60-bit lanes (positive in bigint); sum = 2^60 * lane1 + lane2, exact, as MariaDB computes it.
    const lane = (at: number) =>
      `coalesce(sum(('x' || left(encode(substring(h from ${at} for 8), 'hex'), 15))::bit(60)::bigint), 0)`;
    const b = bucket ? `, ${bucket} AS b` : '';
    const select = `count(*)::text AS n, (${lane(1)} * 1152921504606846976 + ${lane(9)})::text AS t`;
    // OFFSET 0 keeps the planner from inlining the subquery, which would hash every row twice.
    const inner = `SELECT ${h} AS h${b} FROM ${from} WHERE ${where} OFFSET 0`;
    return bucket ? `SELECT b, ${select} FROM (${inner}) x GROUP BY b` : `SELECT ${select} FROM (${inner}) x`;
  },
  keyOrder(c) {
    const col = ident(c.name);
    if (c.kind === 'enum') return `${col}::text COLLATE "C"`;
    if (c.kind === 'text' || c.kind === 'char') return c.byteOrder ? col : `${col} COLLATE "C"`;
    return col;
  },
  keyIndexable: (c) => (c.kind === 'text' || c.kind === 'char' ? Boolean(c.byteOrder) : c.kind !== 'enum'),
  keyParam(c, params, value) {
    params.push(value);
    const p = `$${params.length}`;
    switch (c.kind) {
      case 'int':
        return `${p}::${c.native === 'smallint' || c.native === 'integer' ? c.native : 'bigint'}`;
      case 'bool':
        return `${p}::int::boolean`;
      case 'decimal':
        return `${p}::numeric`;
      case 'uuid':
        return `${p}::uuid`;
      case 'binary':
        return `decode(${p}, 'hex')`;
      case 'date':
        return `${p}::date`;
      case 'timestamp':
        return c.withTimeZone ? `(${p}::timestamp AT TIME ZONE 'UTC')` : `${p}::timestamp`;
      case 'time':
        return `${p}::time`;
      default:
        return `${p}::text`;
    }
  },
  compare(keys, op, tuple: KeyTuple, params) {
    if (keys.length === 1)
      return `${this.keyOrder(keys[0]!)} ${op} ${this.keyParam(keys[0]!, params, tuple[0]!)}`;
    const left = keys.map((k) => this.keyOrder(k)).join(', ');
    const right = keys.map((k, i) => this.keyParam(k, params, tuple[i]!)).join(', ');
    return `(${left}) ${op} (${right})`;
  },
  // Large tables: SYSTEM sampling reads only the sampled pages; ~300 rows (a few pages) per
  // segment keep the boundaries spread although a page holds neighbouring keys. Small tables:
  // BERNOULLI, row by row.
  sample(table, segments, estimated) {
    const big = estimated > 1_000_000;
    const percent = Math.min(100, ((big ? 300 : 20) * segments * 100) / Math.max(1, estimated));
    return `${table} TABLESAMPLE ${big ? 'SYSTEM' : 'BERNOULLI'} (${percent.toFixed(6)})`;
  },
  cheapSample: true,
  placeholder: (i) => `$${i + 1}`,
  session: {
    TimeZone: 'UTC',
    DateStyle: 'ISO',
    IntervalStyle: 'postgres',
    extra_float_digits: '1',
    bytea_output: 'hex',
    jit: 'off',
  },
  readTable: readPgTable,
  readPosition: readPgPosition,
  repair: postgresRepair,
};
