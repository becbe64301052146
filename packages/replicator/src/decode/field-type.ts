import type { LogicalType } from '@seam/core';
import { sourceColumnType } from './codec.js';
import type { ConnectSchema } from './connect-schema.js';

/**
 * The engine-neutral type of a field from its Connect schema: what a column that appeared on
 * the source is created as on the target. `column.propagate.source.type` parameters, when the
 * connector sends them, give text lengths.
 */
export function logicalTypeOfField(schema: ConnectSchema): LogicalType {
  const p = schema.parameters ?? {};
  const length = Number(p['__debezium.source.column.length']);
  switch (schema.name) {
    case 'org.apache.kafka.connect.data.Decimal': {
      const precision = Number(p['connect.decimal.precision']);
      return {
        kind: 'decimal',
        ...(Number.isFinite(precision) && precision > 0 ? { precision } : {}),
        scale: Number(p.scale ?? 0),
      };
    }
    case 'io.debezium.data.VariableScaleDecimal':
      return { kind: 'decimal' };
    case 'io.debezium.time.Date':
    case 'org.apache.kafka.connect.data.Date':
    case 'io.debezium.time.IsoDate':
      return { kind: 'date' };
    case 'io.debezium.time.Time':
    case 'org.apache.kafka.connect.data.Time':
      return { kind: 'time', precision: 3 };
    case 'io.debezium.time.MicroTime':
    case 'io.debezium.time.IsoTime':
      return { kind: 'time', precision: 6 };
    case 'io.debezium.time.NanoTime':
      return { kind: 'time', precision: 9 };
    case 'io.debezium.time.ZonedTime':
      return { kind: 'time', withTimeZone: true };
    case 'io.debezium.time.Timestamp':
    case 'org.apache.kafka.connect.data.Timestamp':
      return { kind: 'timestamp', precision: 3, withTimeZone: false };
    case 'io.debezium.time.MicroTimestamp':
    case 'io.debezium.time.IsoTimestamp':
      return { kind: 'timestamp', precision: 6, withTimeZone: false };
    case 'io.debezium.time.NanoTimestamp':
      return { kind: 'timestamp', precision: 9, withTimeZone: false };
    case 'io.debezium.time.ZonedTimestamp':
      return { kind: 'timestamp', precision: 6, withTimeZone: true };
    case 'io.debezium.time.MicroDuration':
    case 'io.debezium.time.Interval':
      return { kind: 'interval' };
    case 'io.debezium.time.Year':
      return { kind: 'year' };
    case 'io.debezium.data.Json':
      return { kind: 'json', binary: true };
    case 'io.debezium.data.Uuid':
      return { kind: 'uuid' };
    case 'io.debezium.data.Enum':
      return { kind: 'enum', values: p.allowed ? p.allowed.split(',') : [] };
    case 'io.debezium.data.EnumSet':
      return { kind: 'set', values: p.allowed ? p.allowed.split(',') : [] };
    case 'io.debezium.data.Bits':
      return { kind: 'bit', length: Math.max(1, Number(p.length ?? 1)) };
    default:
      break;
  }
  const sourceType = sourceColumnType(schema);
  if (schema.type === 'string' && (sourceType === 'NUMERIC' || sourceType === 'DECIMAL')) {
    // decimal.handling.mode=string: a length of 0 is an unconstrained numeric.
    const scale = Number(p['__debezium.source.column.scale'] ?? 0);
    return Number.isFinite(length) && length > 0
      ? { kind: 'decimal', precision: length, scale: Number.isFinite(scale) ? scale : 0 }
      : { kind: 'decimal' };
  }
  switch (schema.type) {
    case 'boolean':
      return { kind: 'boolean' };
    case 'int8':
    case 'int16':
      return { kind: 'integer', bytes: 2 };
    case 'int32':
      return { kind: 'integer', bytes: 4 };
    case 'int64':
      return { kind: 'integer', bytes: 8 };
    case 'float':
    case 'float32':
      return { kind: 'float', bytes: 4 };
    case 'double':
    case 'float64':
      return { kind: 'float', bytes: 8 };
    case 'bytes':
      return { kind: 'binary' };
    case 'array':
      return { kind: 'array', element: schema.items ? logicalTypeOfField(schema.items) : { kind: 'text' } };
    case 'map':
    case 'struct':
      return { kind: 'json' };
    default:
      return Number.isFinite(length) && length > 0 ? { kind: 'text', length } : { kind: 'text' };
  }
}
