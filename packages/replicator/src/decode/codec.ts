import type { ConnectSchema } from './connect-schema.js';
import { DecodeError } from './decode-error.js';
import { ExactNumber } from './json-text.js';
import { bitsFromBytes, decimalFromBase64, formatScaled, unscaledFromBytes } from './numeric.js';
import {
  dateFromDays,
  intervalFromMicros,
  timeFromMicros,
  timeFromMillis,
  timeFromNanos,
  timestampFromMicros,
  timestampFromMillis,
  timestampFromNanos,
} from './temporal.js';
import { type Placeholders, UNAVAILABLE } from './unavailable.js';

/**
 * Turns one JSON field value into Seam's canonical value: null, boolean, number, string (exact
 * decimals, big integers, dates and times as text, JSON text), Buffer, an array of those, or
 * UNAVAILABLE. Throws DecodeError for a value that does not fit its type.
 */
export type Codec = (raw: unknown) => unknown;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function bad(what: string, raw: unknown): never {
  const shown = typeof raw === 'string' ? JSON.stringify(raw.slice(0, 40)) : String(raw);
  throw new DecodeError(`expected ${what}, got ${shown}`);
}

/** Integers beyond 2^53 arrive as ExactNumber and stay exact as text. */
export function integer(raw: unknown): number | string {
  if (typeof raw === 'number' && Number.isInteger(raw)) return raw;
  if (raw instanceof ExactNumber && /^-?\d+$/.test(raw.text)) return raw.text;
  return bad('an integer', raw);
}

// PostgreSQL real/double precision NaN and ±Infinity: JSON has no such numbers, Debezium sends them as text.
const FLOAT_SPECIAL: Readonly<Record<string, number>> = {
  NaN: Number.NaN,
  Infinity: Number.POSITIVE_INFINITY,
  '-Infinity': Number.NEGATIVE_INFINITY,
};

export function float(raw: unknown): number {
  if (typeof raw === 'number') return raw;
  if (raw instanceof ExactNumber) return Number(raw.text);
  if (typeof raw === 'string' && Object.hasOwn(FLOAT_SPECIAL, raw)) return FLOAT_SPECIAL[raw]!;
  return bad('a number', raw);
}

function text(raw: unknown): string {
  if (typeof raw === 'string') return raw;
  return bad('a string', raw);
}

export function bytes(raw: unknown): Buffer {
  if (typeof raw === 'string' && BASE64.test(raw)) return Buffer.from(raw, 'base64');
  return bad('base64 bytes', raw);
}

/** Connect Decimal: base64 unscaled bytes, or a JSON number (converter decimal.format=NUMERIC). */
export function decimal(scale: number): Codec {
  return (raw) => {
    if (typeof raw === 'string' && BASE64.test(raw)) return decimalFromBase64(raw, scale);
    if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
    if (raw instanceof ExactNumber) return raw.text;
    return bad('a decimal', raw);
  };
}

// PostgreSQL numeric NaN and ±Infinity as Debezium writes them in decimal.handling.mode=string
// (precise mode sends NULL for them: the value would be lost), in PostgreSQL's spelling.
const DECIMAL_SPECIAL: Readonly<Record<string, string>> = {
  NAN: 'NaN',
  POSITIVE_INFINITY: 'Infinity',
  NEGATIVE_INFINITY: '-Infinity',
};

/** A decimal sent as text (decimal.handling.mode=string): exact digits, or NaN / ±Infinity. */
export function decimalText(raw: unknown): string {
  if (typeof raw === 'string' && /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(raw)) return raw;
  if (typeof raw === 'string' && Object.hasOwn(DECIMAL_SPECIAL, raw)) return DECIMAL_SPECIAL[raw]!;
  if (typeof raw === 'string' && /^(NaN|-?Infinity)$/i.test(raw)) return raw;
  if (typeof raw === 'string') return bad('a decimal', raw);
  return decimal(0)(raw) as string;
}

/** The source column type a string field carries (`datatype.propagate.source.type`), upper-cased. */
export function sourceColumnType(schema: ConnectSchema): string | undefined {
  return schema.parameters?.['__debezium.source.column.type']?.toUpperCase();
}

const DECIMAL_TYPES = new Set(['NUMERIC', 'DECIMAL']);

/** io.debezium.data.VariableScaleDecimal: {scale, value} with the unscaled value in base64. */
export function variableScaleDecimal(raw: unknown): string {
  if (typeof raw === 'object' && raw !== null && 'scale' in raw && 'value' in raw) {
    const { scale, value } = raw as { scale: unknown; value: unknown };
    if (typeof scale === 'number' && typeof value === 'string' && BASE64.test(value)) {
      return formatScaled(unscaledFromBytes(Buffer.from(value, 'base64')), scale);
    }
  }
  if (typeof raw === 'number' || raw instanceof ExactNumber) return decimal(0)(raw) as string;
  return bad('a variable-scale decimal {scale, value}', raw);
}

const int = (fn: (n: number | bigint | string) => string) => (raw: unknown) => fn(integer(raw));

/** Codecs by Connect logical name (the `name` of a field's schema). */
function namedCodec(schema: ConnectSchema): Codec | undefined {
  switch (schema.name) {
    case 'org.apache.kafka.connect.data.Decimal':
      return decimal(Number(schema.parameters?.scale ?? 0));
    case 'io.debezium.data.VariableScaleDecimal':
      return variableScaleDecimal;
    case 'io.debezium.time.Date':
    case 'org.apache.kafka.connect.data.Date':
      return (raw) => dateFromDays(Number(integer(raw)));
    case 'io.debezium.time.Time':
    case 'org.apache.kafka.connect.data.Time':
      return int(timeFromMillis);
    case 'io.debezium.time.MicroTime':
      return int(timeFromMicros);
    case 'io.debezium.time.NanoTime':
      return int(timeFromNanos);
    case 'io.debezium.time.Timestamp':
    case 'org.apache.kafka.connect.data.Timestamp':
      return int(timestampFromMillis);
    case 'io.debezium.time.MicroTimestamp':
      return int(timestampFromMicros);
    case 'io.debezium.time.NanoTimestamp':
      return int(timestampFromNanos);
    case 'io.debezium.time.MicroDuration':
      return int(intervalFromMicros);
    case 'io.debezium.time.Year':
      return (raw) => Number(integer(raw));
    case 'io.debezium.data.Bits':
      return (raw) => bitsFromBytes(bytes(raw));
    default:
      // ZonedTimestamp, ZonedTime, IsoDate/IsoTime/IsoTimestamp, Interval, Json, Uuid, Enum, EnumSet,
      // Xml, Ltree…: strings that both engines read as they are.
      return undefined;
  }
}

/** A codec for one field of an embedded Connect schema, with the type's form of the TOAST placeholder. */
export function codecForSchema(schema: ConnectSchema, placeholders: Placeholders): Codec {
  const inner = baseCodec(schema, placeholders);
  const check =
    schema.type === 'string'
      ? (raw: unknown) => placeholders.isText(raw)
      : schema.type === 'bytes' && !schema.name
        ? (raw: unknown) => placeholders.isBytes(raw)
        : schema.type === 'array'
          ? (raw: unknown) => placeholders.isList(raw)
          : schema.type === 'map'
            ? (raw: unknown) => placeholders.isMap(raw)
            : undefined;
  return (raw) => {
    if (raw === null || raw === undefined) return null;
    if (check?.(raw)) return UNAVAILABLE;
    return inner(raw);
  };
}

function baseCodec(schema: ConnectSchema, placeholders: Placeholders): Codec {
  const named = namedCodec(schema);
  if (named) return named;
  if (schema.type === 'string' && DECIMAL_TYPES.has(sourceColumnType(schema) ?? '')) return decimalText;
  switch (schema.type) {
    case 'int8':
    case 'int16':
    case 'int32':
    case 'int64':
      return integer;
    case 'float':
    case 'float32':
    case 'double':
    case 'float64':
      return float;
    case 'boolean':
      return (raw) => (typeof raw === 'boolean' ? raw : bad('a boolean', raw));
    case 'string':
      return text;
    case 'bytes':
      return bytes;
    case 'array': {
      const element = schema.items ? codecForSchema(schema.items, placeholders) : (v: unknown) => v;
      return (raw) =>
        Array.isArray(raw) ? raw.map((v) => (v === null ? null : element(v))) : bad('an array', raw);
    }
    case 'map':
    case 'struct':
      // hstore in map mode, geometry structs: kept as JSON text.
      return (raw) => (typeof raw === 'object' && raw !== null ? JSON.stringify(raw) : bad('an object', raw));
    default:
      throw new DecodeError(`unknown Connect type ${JSON.stringify(schema.type)}`, schema.field);
  }
}
