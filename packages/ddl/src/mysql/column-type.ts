import type { LogicalType } from '@seam/core';
import { quoteLiteral } from '@seam/core/sql';
import type { ColumnTypeOptions, MappedType } from '../column-type.js';
import { safeNative } from '../safe-native.js';

export const MYSQL_TABLE_CHARSET = 'utf8mb4';

/** The MySQL-family server a target runs: their binary NO PAD collations have different names. */
export type MysqlFlavor = 'mysql' | 'mariadb';

/**
 * Text from another engine compares byte for byte and NO PAD, as on PostgreSQL. The `_bin`
 * collations are PAD SPACE: 'a' and 'a ' would be one key there, and two source rows one target row.
 * MariaDB (10.2+) spells it utf8mb4_nopad_bin, MySQL (8.0+) utf8mb4_0900_bin.
 */
export function mysqlTableCollation(flavor: MysqlFlavor = 'mariadb'): string {
  return flavor === 'mysql' ? 'utf8mb4_0900_bin' : 'utf8mb4_nopad_bin';
}

// InnoDB keys hold at most 3072 bytes: 768 utf8mb4 characters.
const KEY_CHARS = 768;
const UNBOUNDED_KEY_CHARS = 255;
const MAX_DECIMAL_PRECISION = 65;
const MAX_DECIMAL_SCALE = 30;
const CHARSET_NAME = /^[A-Za-z0-9_]{1,64}$/;
const INFINITY_DATE =
  "PostgreSQL's date ±infinity has no MySQL value: infinity is stored as 9999-12-31 (which it then shares), -infinity as 0000-01-01";
const INFINITY_TIMESTAMP =
  "PostgreSQL's timestamp ±infinity has no MySQL value: infinity is stored as 9999-12-31 23:59:59.999999 (which it then shares), -infinity as 0000-01-01 00:00:00";

/** Fractional digits: an unstated precision is MySQL's 0 for a MySQL type, PostgreSQL's 6 otherwise. */
function fraction(precision: number | undefined, options: ColumnTypeOptions): { p: string; lossy?: string } {
  if (precision === undefined) return { p: options.sourceDialect === 'mysql' ? '' : '(6)' };
  if (precision > 6) return { p: '(6)', lossy: `MySQL keeps 6 fractional digits, not ${precision}` };
  return { p: precision === 0 ? '' : `(${precision})` };
}

function textCharset(type: Extract<LogicalType, { kind: 'text' }>, options: ColumnTypeOptions): string {
  if (options.sourceDialect !== 'mysql') return '';
  const parts: string[] = [];
  if (type.charset && CHARSET_NAME.test(type.charset)) parts.push(`CHARACTER SET ${type.charset}`);
  if (type.collation && CHARSET_NAME.test(type.collation)) parts.push(`COLLATE ${type.collation}`);
  return parts.length ? ` ${parts.join(' ')}` : '';
}

function mysqlText(type: Extract<LogicalType, { kind: 'text' }>, options: ColumnTypeOptions): MappedType {
  const cs = textCharset(type, options);
  const n = type.length;
  if (options.key) {
    if (n === undefined) {
      return {
        sql: `varchar(${UNBOUNDED_KEY_CHARS})${cs}`,
        lossy: `a key column of unbounded text becomes varchar(${UNBOUNDED_KEY_CHARS}): longer values are rejected`,
      };
    }
    if (type.fixed && n <= 255) return { sql: `char(${n})${cs}` };
    if (n <= KEY_CHARS) return { sql: `varchar(${n})${cs}` };
    return {
      sql: `varchar(${KEY_CHARS})${cs}`,
      lossy: `a key column longer than ${KEY_CHARS} characters is cut to varchar(${KEY_CHARS})`,
    };
  }
  if (n !== undefined && type.fixed && n <= 255) return { sql: `char(${n})${cs}` };
  if (n !== undefined && n <= 255) return { sql: `varchar(${n})${cs}` };
  // Longer texts go off-row so that many of them never hit the 65,535-byte row limit.
  if (n !== undefined && n <= 16_383) return { sql: `text${cs}` };
  if (n !== undefined && n <= 4_194_303) return { sql: `mediumtext${cs}` };
  return { sql: `longtext${cs}` };
}

function mysqlBinary(type: Extract<LogicalType, { kind: 'binary' }>, options: ColumnTypeOptions): MappedType {
  const n = type.length;
  if (n !== undefined && type.fixed && n <= 255) return { sql: `binary(${n})` };
  if (options.key) {
    if (n === undefined) {
      return {
        sql: 'varbinary(255)',
        lossy: 'a key column of unbounded binary becomes varbinary(255): longer values are rejected',
      };
    }
    return n <= 3072
      ? { sql: `varbinary(${n})` }
      : { sql: 'varbinary(3072)', lossy: 'a binary key column longer than 3072 bytes is cut' };
  }
  if (n !== undefined && n <= 255) return { sql: `varbinary(${n})` };
  if (n !== undefined && n <= 65_535) return { sql: 'blob' };
  if (n !== undefined && n <= 16_777_215) return { sql: 'mediumblob' };
  return { sql: 'longblob' };
}

function valueList(values: string[]): string {
  return values.map((v) => quoteLiteral('mysql', v)).join(',');
}

/** LogicalType → MySQL/MariaDB column type. */
export function mysqlColumnType(type: LogicalType, options: ColumnTypeOptions = {}): MappedType {
  const identity = options.identity ?? true;
  switch (type.kind) {
    case 'boolean':
      return { sql: 'tinyint(1)' };
    case 'integer': {
      const base = { 1: 'tinyint', 2: 'smallint', 3: 'mediumint', 4: 'int', 8: 'bigint' }[type.bytes];
      const sql = type.unsigned ? `${base} unsigned` : base;
      return type.autoIncrement && identity ? { sql, identity: 'AUTO_INCREMENT' } : { sql };
    }
    case 'decimal': {
      const unsigned = type.unsigned ? ' unsigned' : '';
      if (type.precision === undefined && options.sourceDialect === 'postgres') {
        return {
          sql: options.key ? 'varchar(255)' : 'mediumtext',
          home: 'decimal-text',
          converted:
            'an unconstrained numeric has no MySQL decimal that holds every value (decimal(65,30) rounds; no NaN or ±Infinity): kept as its exact decimal text',
          ...(options.key
            ? { lossy: 'a key column of unconstrained numeric longer than 255 characters is rejected' }
            : {}),
        };
      }
      if (type.precision === undefined) {
        return {
          sql: `decimal(${MAX_DECIMAL_PRECISION},${MAX_DECIMAL_SCALE})${unsigned}`,
          lossy: `an unconstrained numeric becomes decimal(65,30): values with more than 35 integer or 30 fractional digits do not fit`,
        };
      }
      const scale = type.scale ?? 0;
      if (type.precision <= MAX_DECIMAL_PRECISION && scale <= MAX_DECIMAL_SCALE) {
        const nan =
          options.sourceDialect === 'postgres'
            ? {
                lossy: `numeric(${type.precision},${scale}) may hold NaN, which MySQL's decimal cannot: a row holding it is dead-lettered`,
              }
            : {};
        return { sql: `decimal(${type.precision},${scale})${unsigned}`, ...nan };
      }
      const s = Math.min(scale, MAX_DECIMAL_SCALE);
      return {
        sql: `decimal(${MAX_DECIMAL_PRECISION},${s})${unsigned}`,
        lossy: `numeric(${type.precision},${scale}) is wider than MySQL's decimal(65,30)`,
      };
    }
    case 'float':
      if (options.sourceDialect === 'postgres') {
        return {
          sql: 'varchar(32)',
          home: 'float-text',
          converted: `${type.bytes === 4 ? 'real' : 'double precision'} may hold NaN and ±Infinity, which MySQL's ${type.bytes === 4 ? 'FLOAT' : 'DOUBLE'} cannot: kept as text (the shortest decimal that reads back the same number, or NaN / Infinity / -Infinity)`,
        };
      }
      return { sql: type.bytes === 4 ? 'float' : 'double' };
    case 'text':
      return mysqlText(type, options);
    case 'binary':
      return mysqlBinary(type, options);
    case 'date':
      return options.sourceDialect === 'postgres'
        ? { sql: 'date', home: 'infinity-ends', converted: INFINITY_DATE }
        : { sql: 'date' };
    case 'time': {
      const { p, lossy } = fraction(type.precision, options);
      const tz = type.withTimeZone ? 'MySQL has no time with time zone; the offset is dropped' : undefined;
      const why = [lossy, tz].filter(Boolean).join('; ');
      return { sql: `time${p}`, ...(why ? { lossy: why } : {}) };
    }
    case 'timestamp': {
      const { p, lossy } = fraction(type.precision, options);
      // MySQL's TIMESTAMP ends in 2038: only a MySQL TIMESTAMP stays one; everything else is DATETIME in UTC.
      const sql = type.withTimeZone && options.sourceDialect === 'mysql' ? `timestamp${p}` : `datetime${p}`;
      const ends =
        options.sourceDialect === 'postgres'
          ? { home: 'infinity-ends' as const, converted: INFINITY_TIMESTAMP }
          : {};
      return { sql, ...(lossy ? { lossy } : {}), ...ends };
    }
    case 'interval':
      return {
        sql: 'varchar(64)',
        home: 'interval-text',
        converted: 'MySQL has no interval type: kept as its ISO 8601 duration (P1Y2M3DT4H5M6.5S)',
      };
    case 'year':
      return { sql: 'year' };
    case 'json':
      return { sql: 'json' };
    case 'uuid':
      return { sql: 'char(36)' };
    case 'enum':
      return type.values.length ? { sql: `enum(${valueList(type.values)})` } : { sql: 'varchar(255)' };
    case 'set':
      return type.values.length ? { sql: `set(${valueList(type.values)})` } : { sql: 'varchar(255)' };
    case 'bit':
      if (!type.varying && type.length <= 64) return { sql: `bit(${type.length})` };
      return {
        sql: `varchar(${Math.min(type.length, 16_383)})`,
        lossy: `${type.varying ? 'bit varying' : `bit(${type.length})`} is kept as a string of 0 and 1`,
      };
    case 'array':
      return { sql: 'json', home: 'json-array', converted: 'MySQL has no arrays: kept as a JSON array' };
    case 'other': {
      const native = options.sourceDialect === 'mysql' ? safeNative(type.native) : undefined;
      if (native) return { sql: native };
      return {
        sql: 'longtext',
        home: 'source-text',
        converted: `${type.native} has no MySQL equivalent: kept as its text form`,
      };
    }
  }
}
