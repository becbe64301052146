import { createHash } from 'node:crypto';
import type { LogicalType } from '@seam/core';
import { quoteIdent } from '@seam/core/sql';
import { MYSQL_INFINITY, MYSQL_MINUS_INFINITY } from '@seam/replicator';
import type { TestMysql, TestPg } from '../helpers/index.js';

export type Engine = 'postgres' | 'mysql';
export type Rows = Array<Record<string, unknown>>;

/** Reads a table ordered by its key: PostgreSQL values as text (arrays as JSON), MySQL values as mysql2 returns them. */
export async function readRows(
  db: TestPg | TestMysql,
  engine: Engine,
  table: string,
  columns: Record<string, LogicalType>,
  key = 'id',
): Promise<Rows> {
  const names = Object.keys(columns);
  if (engine === 'postgres') {
    const list = names
      .map((c) => {
        const q = quoteIdent('postgres', c);
        return columns[c]!.kind === 'array' ? `to_json(${q})::text as ${q}` : `${q}::text as ${q}`;
      })
      .join(', ');
    return (await (db as TestPg).query(
      `select ${list} from ${quoteIdent('postgres', table)} as t order by t.${quoteIdent('postgres', key)}`,
    )) as Rows;
  }
  const list = names.map((c) => quoteIdent('mysql', c)).join(', ');
  const conn = await (db as TestMysql).pool.getConnection();
  try {
    await conn.query("set time_zone = '+00:00'");
    const [rows] = await conn.query(
      `select ${list} from ${quoteIdent('mysql', table)} order by ${quoteIdent('mysql', key)}`,
    );
    return rows as Rows;
  } finally {
    conn.release();
  }
}

function decimal(text: string): string {
  let t = text.trim();
  const negative = t.startsWith('-');
  if (negative) t = t.slice(1);
  if (t.includes('.')) t = t.replace(/0+$/, '').replace(/\.$/, '');
  t = t.replace(/^0+(?=\d)/, '');
  return negative && t !== '0' ? `-${t}` : t;
}

function fraction(text: string): string {
  return text.replace(/(\.\d*?)0+(?=$|\D)/, '$1').replace(/\.(?=$|\D)/, '');
}

/** Seconds of a PostgreSQL interval text (`[-]N day[s] [-]HH:MM:SS[.f]`), for comparing across engines. */
function intervalMicros(text: string): string {
  const m = /^(?:(-?\d+) days? ?)?(-)?(\d+):(\d+):(\d+(?:\.\d+)?)$/.exec(text.trim());
  if (!m) return text;
  const days = BigInt(m[1] ?? '0');
  const [whole, frac = ''] = m[5]!.split('.');
  let us =
    ((BigInt(m[3]!) * 60n + BigInt(m[4]!)) * 60n + BigInt(whole!)) * 1_000_000n +
    BigInt(frac.padEnd(6, '0').slice(0, 6) || '0');
  if (m[2]) us = -us;
  return String(days * 86_400_000_000n + us);
}

function bits(value: unknown): string {
  const text = Buffer.isBuffer(value)
    ? value.reduce((s, b) => s + b.toString(2).padStart(8, '0'), '')
    : String(value);
  return text === '' ? '' : BigInt(`0b${text}`).toString(2);
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * One value in a form both engines agree on for its logical type: the documented conversions
 * applied (booleans, bit strings, trailing zeros, timestamps in UTC, ±infinity on MySQL).
 */
export function canonical(type: LogicalType, value: unknown, engine: Engine, target: Engine): unknown {
  if (value === null || value === undefined) return null;
  const text = Buffer.isBuffer(value) ? value.toString('hex') : String(value);
  switch (type.kind) {
    case 'boolean':
      return ['t', 'true', '1'].includes(text) ? 'true' : 'false';
    case 'integer':
    case 'year':
      return text;
    case 'decimal':
      return decimal(text);
    case 'float':
      return type.bytes === 4 ? String(Math.fround(Number(text))) : String(Number(text));
    case 'text':
      return type.fixed ? text.replace(/ +$/, '') : text;
    case 'binary':
      return engine === 'postgres' ? text.replace(/^\\x/, '') : text;
    case 'time':
      return fraction(text);
    case 'timestamp': {
      let t = fraction(text.replace('T', ' ').replace(/(\+00(:00)?|Z)$/, ''));
      if (target === 'mysql') {
        if (t === 'infinity') t = fraction(MYSQL_INFINITY);
        if (t === '-infinity') t = MYSQL_MINUS_INFINITY;
      }
      return t;
    }
    case 'interval':
      return intervalMicros(text);
    case 'json':
      return stableJson(typeof value === 'object' && !Buffer.isBuffer(value) ? value : JSON.parse(text));
    case 'uuid':
      return text.toLowerCase();
    case 'bit':
      return bits(value);
    case 'array':
      return stableJson(typeof value === 'object' && !Buffer.isBuffer(value) ? value : JSON.parse(text));
    default:
      return text;
  }
}

/** Long values as their length and hash, so that a failing comparison prints readably. */
function short(value: unknown): unknown {
  if (typeof value !== 'string' || value.length <= 120) return value;
  return `${value.length} chars, sha256 ${createHash('sha256').update(value).digest('hex').slice(0, 16)}`;
}

/** Rows in canonical form, for a deep comparison between a source and a target on any engines. */
export function canonicalRows(
  rows: Rows,
  columns: Record<string, LogicalType>,
  engine: Engine,
  target: Engine,
) {
  return rows.map((r) =>
    Object.fromEntries(
      Object.entries(columns).map(([c, t]) => [c, short(canonical(t, r[c], engine, target))]),
    ),
  );
}
