import { bytes, type Codec, decimal, decimalText, float, integer, variableScaleDecimal } from './codec.js';
import { DecodeError } from './decode-error.js';
import { ExactNumber } from './json-text.js';
import { bitsFromBytes } from './numeric.js';
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

/** What kind of value a target column holds: enough to read a field that came without a schema. */
export type ColumnKind =
  | 'boolean'
  | 'integer'
  | 'decimal'
  | 'float'
  | 'text'
  | 'binary'
  | 'date'
  | 'time'
  | 'timestamp'
  | 'timestamptz'
  | 'interval'
  | 'year'
  | 'json'
  | 'uuid'
  | 'bit'
  | 'array'
  | 'other';

export interface ColumnHint {
  kind: ColumnKind;
  /** Fractional-second digits (time, timestamp) or decimal precision. */
  precision?: number;
  scale?: number;
  /** Bits of a bit column. */
  length?: number;
  /** Integers: the widest signed integer, in bytes, that every value of the column fits. */
  bytes?: number;
  varying?: boolean;
  element?: ColumnHint;
}

/**
 * The source connector's value settings. Only needed for topics written without embedded
 * schemas, where the value alone does not say how it was encoded. Defaults are Debezium's.
 */
export interface DebeziumModes {
  decimalHandling: 'precise' | 'string' | 'double';
  /** PostgreSQL default adaptive; MySQL/MariaDB default adaptive_time_microseconds. */
  timePrecision?:
    | 'adaptive'
    | 'adaptive_time_microseconds'
    | 'connect'
    | 'microseconds'
    | 'nanoseconds'
    | 'isostring';
}

export type SourceFlavor = 'postgresql' | 'mysql' | 'mariadb';

/** Debezium's defaults per source connector: its time precision mode, and a temporal column's digits. */
const SOURCE_DEFAULTS: Record<
  SourceFlavor,
  { timePrecision: NonNullable<DebeziumModes['timePrecision']>; precision: number }
> = {
  postgresql: { timePrecision: 'adaptive', precision: 6 },
  // MySQL DATETIME defaults to 0 digits, and so does MariaDB's.
  mysql: { timePrecision: 'adaptive_time_microseconds', precision: 0 },
  mariadb: { timePrecision: 'adaptive_time_microseconds', precision: 0 },
};

function unit(
  hint: ColumnHint,
  flavor: SourceFlavor,
  modes: DebeziumModes,
  time: boolean,
): 'ms' | 'us' | 'ns' {
  const mode = modes.timePrecision ?? SOURCE_DEFAULTS[flavor].timePrecision;
  if (mode === 'connect') return 'ms';
  if (mode === 'nanoseconds') return 'ns';
  if (mode === 'microseconds') return 'us';
  if (time && mode === 'adaptive_time_microseconds') return 'us';
  // adaptive: millisecond types up to precision 3 (MySQL DATETIME defaults to 0, PostgreSQL to 6).
  const precision = hint.precision ?? SOURCE_DEFAULTS[flavor].precision;
  return precision <= 3 ? 'ms' : 'us';
}

const asString = (raw: unknown): string => {
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number' || typeof raw === 'boolean' || raw instanceof ExactNumber) return String(raw);
  if (typeof raw === 'object' && raw !== null) return JSON.stringify(raw);
  throw new DecodeError(`expected a string, got ${String(raw)}`);
};

function base(
  hint: ColumnHint,
  flavor: SourceFlavor,
  modes: DebeziumModes,
  placeholders: Placeholders,
): Codec {
  const numeric =
    (ms: (v: number | string) => string, us: typeof ms, ns: typeof ms, u: 'ms' | 'us' | 'ns'): Codec =>
    (raw) =>
      typeof raw === 'string' ? raw : (u === 'ms' ? ms : u === 'us' ? us : ns)(integer(raw));
  switch (hint.kind) {
    case 'boolean':
      return (raw) => (typeof raw === 'boolean' ? raw : typeof raw === 'number' ? raw !== 0 : asString(raw));
    case 'integer':
    case 'year':
      return (raw) => (typeof raw === 'boolean' ? Number(raw) : integer(raw));
    case 'float':
      return (raw) => (typeof raw === 'string' && !/^(NaN|-?Infinity)$/.test(raw) ? Number(raw) : float(raw));
    case 'decimal':
      if (modes.decimalHandling === 'string' || modes.decimalHandling === 'double') return decimalText;
      return (raw) =>
        typeof raw === 'object' && raw !== null && !(raw instanceof ExactNumber)
          ? variableScaleDecimal(raw)
          : decimal(hint.scale ?? 0)(raw);
    case 'binary':
      return bytes;
    case 'date':
      return (raw) => (typeof raw === 'string' ? raw : dateFromDays(Number(integer(raw))));
    case 'time':
      return numeric(timeFromMillis, timeFromMicros, timeFromNanos, unit(hint, flavor, modes, true));
    case 'timestamp':
    case 'timestamptz':
      return numeric(
        timestampFromMillis,
        timestampFromMicros,
        timestampFromNanos,
        unit(hint, flavor, modes, false),
      );
    case 'interval':
      return (raw) => (typeof raw === 'string' ? raw : intervalFromMicros(integer(raw)));
    case 'bit':
      return (raw) => (typeof raw === 'boolean' ? raw : bitsFromBytes(bytes(raw)));
    case 'array': {
      const element = hint.element
        ? codecForHint(hint.element, flavor, modes, placeholders)
        : (v: unknown) => v;
      return (raw) => {
        if (!Array.isArray(raw)) throw new DecodeError(`expected an array, got ${String(raw)}`);
        return raw.map((v) => (v === null ? null : element(v)));
      };
    }
    default:
      return asString;
  }
}

/** A codec for a field that came without a schema, from the target column it lands in. */
export function codecForHint(
  hint: ColumnHint,
  flavor: SourceFlavor,
  modes: DebeziumModes,
  placeholders: Placeholders,
): Codec {
  const inner = base(hint, flavor, modes, placeholders);
  const check =
    hint.kind === 'binary'
      ? (raw: unknown) => placeholders.isBytes(raw)
      : hint.kind === 'array'
        ? (raw: unknown) => placeholders.isList(raw)
        : (raw: unknown) => placeholders.isText(raw);
  return (raw) => {
    if (raw === null || raw === undefined) return null;
    if (check(raw)) return UNAVAILABLE;
    return inner(raw);
  };
}
