import type { ColumnHint } from '../../decode/column-hint.js';
import { EncodeError } from '../encode-error.js';
import { jsonReplacer } from '../postgres/encode.js';

// MySQL DATETIME has no infinity: PostgreSQL's ±infinity land on the ends of its range. -infinity
// takes year 0, which no PostgreSQL timestamp has (1 BC is a BC date), so it stays told apart.
export const MYSQL_INFINITY = '9999-12-31 23:59:59.999999';
export const MYSQL_MINUS_INFINITY = '0000-01-01 00:00:00';
export const MYSQL_DATE_INFINITY = '9999-12-31';
export const MYSQL_DATE_MINUS_INFINITY = '0000-01-01';

const NUMERIC_TARGETS = new Set(['integer', 'decimal', 'float', 'year']);

/** A float or a decimal text where MySQL has no NaN/±Infinity: refused (the row is dead-lettered), or its text for a text home. */
function special(value: number | string, hint: ColumnHint): string {
  const text = typeof value === 'number' ? String(value) : value;
  if (NUMERIC_TARGETS.has(hint.kind))
    throw new EncodeError(
      `${text} has no ${hint.kind} value in MySQL/MariaDB (seam generate gives such columns a text home; see docs/codegen.md)`,
    );
  return text;
}

function datetime(text: string): string {
  if (text === 'infinity') return MYSQL_INFINITY;
  if (text === '-infinity') return MYSQL_MINUS_INFINITY;
  // ZonedTimestamp is ISO 8601 in UTC; the session time zone is UTC.
  return text.replace('T', ' ').replace(/(Z|[+-]00(:?00)?)$/, '');
}

function bitBuffer(bits: string, width: number | undefined): Buffer {
  const bytes = Math.max(1, Math.ceil((width ?? bits.length) / 8));
  let n = bits.length ? BigInt(`0b${bits}`) : 0n;
  const out = Buffer.alloc(bytes);
  for (let i = bytes - 1; i >= 0; i--) {
    out[i] = Number(n & 0xffn);
    n >>= 8n;
  }
  return out;
}

/** A value as a mysql2 parameter for a column of the given kind. */
export function mysqlValue(value: unknown, hint: ColumnHint): unknown {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'string':
      if (hint.kind === 'timestamp') return datetime(value);
      if (hint.kind === 'date')
        return value === 'infinity'
          ? MYSQL_DATE_INFINITY
          : value === '-infinity'
            ? MYSQL_DATE_MINUS_INFINITY
            : value;
      if (/^(NaN|-?Infinity)$/.test(value)) return special(value, hint);
      if (hint.kind === 'bit') {
        if (!/^[01]*$/.test(value))
          throw new EncodeError(`${JSON.stringify(value.slice(0, 20))} is not a bit string`);
        return bitBuffer(value, hint.length);
      }
      return value;
    case 'boolean':
      return value ? 1 : 0;
    case 'number':
      if (!Number.isFinite(value)) return special(value, hint);
      // A double in a text home: the shortest text that reads back the same double.
      return hint.kind === 'text' ? String(value) : value;
    case 'bigint':
      return value.toString();
    default:
      break;
  }
  if (Buffer.isBuffer(value)) return value;
  if (Array.isArray(value)) return JSON.stringify(value, jsonReplacer);
  throw new EncodeError(`cannot write ${Object.prototype.toString.call(value)} into a ${hint.kind} column`);
}
