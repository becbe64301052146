import { quoteMysqlIdent } from '@seam/core/sql';
import type { SqlDialect } from '../sql-dialect.js';
import type { CanonColumn, ColumnInfo, KeyTuple } from '../types.js';
import { readMysqlTable } from './catalog.js';
import { readMysqlPosition } from './position.js';
import { mysqlRepair } from './repair.js';

const ident = quoteMysqlIdent;
const UTF8 = new Set(['utf8mb4', 'utf8mb3', 'utf8', 'ascii', 'binary']);

/**
 * The same `[-]<mantissa>p<exponent>` as PostgreSQL's float8send bits, by exact arithmetic: the
 * binary exponent from LOG2 corrected against powers of two, then a division by a power of two.
 * (MariaDB's CAST(double AS CHAR) drops digits when the text would be long: 3.3993376653078003e31
 * prints as 3.3993376653078e31, so text cannot be used.)
 */
function floatCanon(x: string): string {
  const a = `ABS(${x})`;
  const e0 = `LEAST(1023, FLOOR(LOG2(${a})))`;
  const e = `GREATEST(-1022, IF(${a} < POW(2, ${e0}), ${e0} - 1, IF(${a} / 2 >= POW(2, ${e0}), ${e0} + 1, ${e0})))`;
  const mant = `CAST(${a} / POW(2, ${e} - 52) AS UNSIGNED)`;
  return `IF(${x} = 0, '0', CONCAT(IF(${x} < 0, '-', ''), ${mant}, 'p', ${e}))`;
}

/** Drops trailing fractional zeros (and the dot) of a value printed with a fixed number of digits. */
function trimFraction(v: string): string {
  return `TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM ${v}))`;
}

function timeCanon(c: CanonColumn, col: string): string {
  const { info, reduce } = c;
  const type = info.kind === 'time' ? 'TIME' : 'DATETIME';
  let digits = info.precision ?? 0;
  let v = col;
  if (reduce) {
    digits = Math.min(digits, reduce.digits);
    const shifted =
      reduce.rule === 'round' && reduce.digits < 6
        ? `${col} + INTERVAL ${5 * 10 ** (5 - reduce.digits)} MICROSECOND`
        : col;
    v = `CAST(${shifted} AS ${type}(${reduce.digits}))`;
  }
  const text = `CAST(${v} AS CHAR)`;
  return digits > 0 ? trimFraction(text) : text;
}

const SPECIAL = "('NaN', 'Infinity', '-Infinity')";

/** A float-text home: its NaN / ±Infinity as they are, any other text read back as the double (or real) it was. */
function floatText(c: CanonColumn, col: string): string {
  const x = c.single ? `CAST(CAST(${col} AS FLOAT) AS DOUBLE)` : `CAST(${col} AS DOUBLE)`;
  return `IF(${col} IN ${SPECIAL}, ${col}, ${floatCanon(x)})`;
}

/** A decimal-text home: NaN / ±Infinity as they are, trailing fractional zeros dropped (PostgreSQL's trim_scale). */
function decimalText(col: string): string {
  return `IF(${col} IN ${SPECIAL} OR LOCATE('.', ${col}) = 0, ${col}, ${trimFraction(col)})`;
}

function textValue(info: ColumnInfo, col: string): string {
  return info.charset && !UTF8.has(info.charset.toLowerCase()) ? `CONVERT(${col} USING utf8mb4)` : col;
}

export const mysqlSql: SqlDialect = {
  dialect: 'mysql',
  ident,
  table: (t) => `${ident(t.schema)}.${ident(t.name)}`,
  canon(c) {
    const col = ident(c.info.name);
    const { info } = c;
    switch (c.cls) {
      case 'number':
        if (c.home === 'decimal-text' && info.kind !== 'decimal') return decimalText(col);
        return info.kind === 'decimal' && (info.scale ?? 0) > 0
          ? trimFraction(`CAST(${col} AS CHAR)`)
          : `CAST(${col} AS CHAR)`;
      case 'float':
        if (c.home === 'float-text' && info.kind !== 'float4' && info.kind !== 'float8')
          return floatText(c, col);
        return floatCanon(info.kind === 'float4' ? `CAST(${col} AS DOUBLE)` : col);
      case 'text': {
        const v = textValue(info, col);
        return c.rtrim ? `TRIM(TRAILING ' ' FROM ${v})` : v;
      }
      case 'json':
        // CONVERT makes it plain text: mysql2 would parse a JSON-typed column into an object.
        return `CONVERT(${col} USING utf8mb4)`;
      case 'uuid':
        if (info.kind === 'binary')
          return `LOWER(INSERT(INSERT(INSERT(INSERT(HEX(${col}), 9, 0, '-'), 14, 0, '-'), 19, 0, '-'), 24, 0, '-'))`;
        return info.kind === 'uuid' ? `CAST(${col} AS CHAR)` : `LOWER(${col})`;
      case 'binary':
        return `LOWER(HEX(${col}))`;
      case 'date':
        return `CAST(${col} AS CHAR)`;
      case 'timestamp':
      case 'time':
        return timeCanon(c, col);
      case 'bit':
        return `LPAD(BIN(${col}), ${info.length ?? 1}, '0')`;
      default:
        return `CAST(${col} AS CHAR)`;
    }
  },
  field(c) {
    const v = this.canon(c);
    if (c.cls === 'text' || c.cls === 'json' || c.cls === 'native') {
      const b = `CAST(${v} AS BINARY)`;
      return `COALESCE(CONCAT(LENGTH(${b}), ':', ${b}), '~')`;
    }
    return `COALESCE(${v}, '~')`;
  },
  rowHash: (fields) => `SHA2(CONCAT_WS('|', ${fields.join(', ')}), 256)`,
  aggregate(from, fields, where, bucket) {
    // One SHA2 per row: a user variable carries it from the first lane to the second inside one
    // expression, which MariaDB evaluates left to right (a derived table would be merged and hash
    // every row twice; two separate SUMs would not keep their order). The sum is exact:
    // 2^60 * lane1 + lane2 as DECIMAL. The tests check every form against PostgreSQL.
    const h = `SHA2(CONCAT_WS('|', ${fields.join(', ')}), 256)`;
    const lane = (e: string, at: number) => `CAST(CONV(SUBSTRING(${e}, ${at}, 15), 16, 10) AS DECIMAL(20,0))`;
    const sum = `COALESCE(SUM(${lane(`@seam_h := ${h}`, 1)} * 1152921504606846976 + ${lane('@seam_h', 17)}), 0)`;
    const select = `COUNT(*) AS n, ${sum} AS t`;
    return bucket
      ? `SELECT ${bucket} AS b, ${select} FROM ${from} WHERE ${where} GROUP BY 1`
      : `SELECT ${select} FROM ${from} WHERE ${where}`;
  },
  keyOrder(c) {
    const col = ident(c.name);
    if (c.kind === 'uuid') return `CAST(${col} AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_nopad_bin`;
    if (c.kind === 'text' || c.kind === 'char' || c.kind === 'enum') {
      if (c.byteOrder) return col;
      return `CONVERT(${col} USING utf8mb4) COLLATE utf8mb4_nopad_bin`;
    }
    return col;
  },
  keyIndexable: (c) =>
    c.kind === 'uuid' || c.kind === 'enum'
      ? false
      : c.kind === 'text' || c.kind === 'char'
        ? Boolean(c.byteOrder)
        : true,
  keyParam(c, params, value) {
    params.push(value);
    switch (c.kind) {
      case 'int':
      case 'bool':
        return c.unsigned ? 'CAST(? AS UNSIGNED)' : 'CAST(? AS SIGNED)';
      case 'decimal':
        return `CAST(? AS DECIMAL(65,${Math.min(30, c.scale ?? 0)}))`;
      case 'binary':
        return c.length === 16 && /^[0-9a-f]{8}-/.test(value) ? "UNHEX(REPLACE(?, '-', ''))" : 'UNHEX(?)';
      case 'date':
        return 'CAST(? AS DATE)';
      case 'timestamp':
        return 'CAST(? AS DATETIME(6))';
      case 'time':
        return 'CAST(? AS TIME(6))';
      default:
        return '?';
    }
  },
  compare(keys, op, tuple: KeyTuple, params) {
    // Expanded OR form: MariaDB uses a range scan for it, not for row constructors.
    const ors: string[] = [];
    for (let i = 0; i < keys.length; i++) {
      const parts: string[] = [];
      for (let j = 0; j < i; j++)
        parts.push(`${this.keyOrder(keys[j]!)} = ${this.keyParam(keys[j]!, params, tuple[j]!)}`);
      const last = i === keys.length - 1 ? op : op === '<' ? '<' : '>';
      parts.push(`${this.keyOrder(keys[i]!)} ${last} ${this.keyParam(keys[i]!, params, tuple[i]!)}`);
      ors.push(parts.length > 1 ? `(${parts.join(' AND ')})` : parts[0]!);
    }
    return ors.length > 1 ? ors.join(' OR ') : ors[0]!;
  },
  sample: (table, segments, estimated) =>
    `${table} WHERE RAND() < ${Math.min(1, (20 * segments) / Math.max(1, estimated)).toFixed(8)}`,
  cheapSample: false,
  placeholder: () => '?',
  session: {
    time_zone: "'+00:00'",
    sql_mode: "'NO_ENGINE_SUBSTITUTION'",
    character_set_results: "'utf8mb4'",
  },
  readTable: readMysqlTable,
  readPosition: readMysqlPosition,
  repair: mysqlRepair,
};
