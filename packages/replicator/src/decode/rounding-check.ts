import type { ConnectSchema } from './connect-schema.js';

/** Whether JSON.parse may have rounded a number of a payload (then it is parsed again, exactly). */
export type RoundingCheck = (payload: unknown) => boolean;

const DECIMAL = 'org.apache.kafka.connect.data.Decimal';
/** Debezium's nanosecond timestamps of the envelope and its source block: never read. */
const UNREAD = 'ts_ns';

const unsafeInteger: RoundingCheck = (v) => typeof v === 'number' && !Number.isSafeInteger(v);
const numericDecimal: RoundingCheck = (v) => typeof v === 'number';

/** A schema whose parsed values cannot be checked (maps): its text is scanned instead. */
class Unwalkable extends Error {}

/**
 * The check of one schema, or undefined when none of its values can be rounded by JSON.parse.
 * Only two kinds can: int64 (an integer past 2^53 parses to an unsafe number, so it shows) and a
 * Decimal the converter wrote as a JSON number (`decimal.format=NUMERIC`: any such number may
 * have lost digits). Doubles are written as the shortest text that reads back the same double;
 * every other type is a string, a boolean or a small integer.
 */
function compile(schema: ConnectSchema, unread?: string): RoundingCheck | undefined {
  switch (schema.type) {
    case 'int64':
      return unsafeInteger;
    case 'bytes':
      return schema.name === DECIMAL ? numericDecimal : undefined;
    case 'array': {
      const item = schema.items && compile(schema.items);
      return item && ((v) => Array.isArray(v) && v.some(item));
    }
    case 'map':
      // Maps come as objects or as [key, value] pairs: not walked; the text is scanned instead.
      if ((schema.keys && compile(schema.keys)) || (schema.values && compile(schema.values)))
        throw new Unwalkable();
      return undefined;
    case 'struct': {
      const parts: Array<[string, RoundingCheck]> = [];
      for (const f of schema.fields ?? []) {
        if (f.field === undefined || f.field === unread) continue;
        // The envelope's source and transaction blocks carry their own ts_ns; the rows never skip one.
        const inner = compile(
          f,
          unread && (f.field === 'source' || f.field === 'transaction') ? unread : undefined,
        );
        if (inner) parts.push([f.field, inner]);
      }
      if (parts.length === 0) return undefined;
      return (v) => {
        if (typeof v !== 'object' || v === null) return false;
        const o = v as Record<string, unknown>;
        for (const [name, check] of parts) if (check(o[name])) return true;
        return false;
      };
    }
    default:
      return undefined;
  }
}

/**
 * The check of a message's whole schema (`envelope` skips Debezium's own unread ts_ns fields):
 * 'none' when nothing can be rounded, 'scan' when the text must be scanned for long numbers.
 */
export function roundingCheck(schema: ConnectSchema, envelope: boolean): RoundingCheck | 'none' | 'scan' {
  try {
    return compile(schema, envelope ? UNREAD : undefined) ?? 'none';
  } catch (error) {
    if (error instanceof Unwalkable) return 'scan';
    throw error;
  }
}
