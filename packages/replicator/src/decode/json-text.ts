import { parse as parseLossless } from 'lossless-json';
import { type ConnectSchema, isConnectSchema } from './connect-schema.js';
import { type RoundingCheck, roundingCheck } from './rounding-check.js';

/** JSON text as the JsonConverter writes it: with (`{"schema":…,"payload":…}`) or without an embedded schema. */
export interface ParsedJson {
  schema: ConnectSchema | undefined;
  payload: unknown;
  /** The schema's exact text, or undefined: the same text means the same schema. */
  schemaText: string | undefined;
  /**
   * An envelope's `source` block, cut out of the payload unparsed (the payload then has no
   * `source`): most events never need it, so it is parsed only when read (see DecodedEvent).
   */
  sourceText?: string;
}

export class MalformedJsonError extends Error {}

// 2^53 − 1 has 16 digits: a longer run of digits (or one with a decimal point) may not survive
// JSON.parse. Debezium's own nanosecond timestamps (`ts_ns`) are never read, so they do not count.
const LONG_NUMBER = /(?<!"ts_ns":)(?<![\w.])\d[\d.]{15,}/g;
const MAX_SAFE = String(Number.MAX_SAFE_INTEGER);

/** Whether the text holds a number JSON.parse might round (a safe 16-digit integer does not count). */
export function needsLossless(text: string): boolean {
  LONG_NUMBER.lastIndex = 0;
  for (let m = LONG_NUMBER.exec(text); m; m = LONG_NUMBER.exec(text)) {
    const digits = m[0];
    if (digits.length === 16 && !digits.includes('.') && digits <= MAX_SAFE) continue;
    return true;
  }
  return false;
}

/** A JSON number that a double cannot hold exactly, kept as its text. */
export class ExactNumber {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
  toJSON(): string {
    return this.text;
  }
}

/** Numbers that JSON.parse would round stay exact, as ExactNumber. */
function parseNumber(text: string): number | ExactNumber {
  if (/^-?\d+$/.test(text)) {
    const n = Number(text);
    return Number.isSafeInteger(n) ? n : new ExactNumber(text);
  }
  // A double holds any decimal of at most 15 significant digits exactly; longer ones keep their text.
  const significant = text
    .replace(/^-/, '')
    .replace(/[eE].*$/, '')
    .replace('.', '')
    .replace(/^0+/, '');
  return significant.length <= 15 ? Number(text) : new ExactNumber(text);
}

/** Parses JSON text without losing a digit of any number. */
export function parseExact(text: string): unknown {
  try {
    return needsLossless(text) ? parseLossless(text, null, parseNumber) : JSON.parse(text);
  } catch (error) {
    throw new MalformedJsonError(`not JSON: ${(error as Error).message}`);
  }
}

const SOURCE_MARK = ',"source":{';

/**
 * `},"<next field>":` after an envelope's source block, when the block can be cut out of the
 * text: the rows come before it, it holds plain values only, and a field follows it.
 */
function sourceBlockEnd(schema: ConnectSchema): string | undefined {
  const fields = schema.fields ?? [];
  const i = fields.findIndex((f) => f.field === 'source');
  const source = fields[i];
  const next = fields[i + 1]?.field;
  if (!source || next === undefined || source.type !== 'struct') return undefined;
  if (fields.slice(0, i).some((f) => f.field !== 'before' && f.field !== 'after')) return undefined;
  if (source.fields?.some((f) => f.type === 'struct' || f.type === 'array' || f.type === 'map'))
    return undefined;
  return `},${JSON.stringify(next)}:`;
}

const SCHEMA_PREFIX = Buffer.from('{"schema":');
const PAYLOAD_INFIX = Buffer.from(',"payload":');

/** Where the JSON value starting at `start` ends (exclusive), honouring strings and escapes. */
function endOfValue(buf: Buffer, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < buf.length; i++) {
    const c = buf[i]!;
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** The length of `{"schema":{…},"payload":` at the start of a message, or 0 when it has none. */
export function schemaPrefixLength(buf: Buffer): number {
  const at = SCHEMA_PREFIX.length;
  if (buf.length <= at + 1 || buf[at] !== 0x7b || buf.compare(SCHEMA_PREFIX, 0, at, 0, at) !== 0) return 0;
  const end = endOfValue(buf, at);
  if (end <= 0 || buf.compare(PAYLOAD_INFIX, 0, PAYLOAD_INFIX.length, end, end + PAYLOAD_INFIX.length) !== 0)
    return 0;
  return end + PAYLOAD_INFIX.length;
}

/**
 * Parses Kafka message bytes written by the JsonConverter. The embedded schema of a topic rarely
 * changes, so its bytes are remembered: when the next message starts with the same schema, only
 * the payload is parsed (the schema is often ten times larger than the row).
 */
export class JsonMessageParser {
  #prefix: Buffer | undefined;
  #schema: ConnectSchema | undefined;
  #schemaText: string | undefined;
  /** How payloads of the remembered schema are kept exact (see roundingCheck). */
  #check: RoundingCheck | 'none' | 'scan' = 'scan';

  /** What follows the envelope's source block (`},"transaction":`), when it can be cut out. */
  #sourceEnd: string | undefined;

  /** `envelope`: the messages are Debezium change events (their own ts_ns fields are never read). */
  constructor(readonly options: { envelope?: boolean } = {}) {}

  /**
   * A payload of the remembered schema, an envelope's source block cut out when the schema
   * allows. The block ends at the last `}` followed by the next field's key (a quote inside a JSON
   * string is always escaped, so the sequence never comes from a string; the rows, which come
   * first, could hold it only in a struct column so named) and starts at the last `,"source":{`
   * before that (the block holds no object). What is left must not have a `source` any more —
   * else the cut was inside a row (a null source block) — or the payload is parsed whole.
   */
  #parseRemembered(text: string): ParsedJson {
    const endMark = this.#sourceEnd;
    if (endMark !== undefined) {
      const end = text.lastIndexOf(endMark);
      const start = end > 0 ? text.lastIndexOf(SOURCE_MARK, end) : -1;
      if (start > 0) {
        try {
          const payload = this.#parsePayload(text.slice(0, start) + text.slice(end + 1));
          if (typeof payload === 'object' && payload !== null && !Object.hasOwn(payload, 'source')) {
            const sourceText = text.slice(start + SOURCE_MARK.length - 1, end + 1);
            return { schema: this.#schema, payload, schemaText: this.#schemaText, sourceText };
          }
        } catch {
          // Parsed whole below, for its own error.
        }
      }
    }
    return { schema: this.#schema, payload: this.#parsePayload(text), schemaText: this.#schemaText };
  }

  /**
   * A payload of the remembered schema: JSON.parse, then (for the few types where it can round)
   * a look at the parsed numbers, which is cheaper than scanning the text before.
   */
  #parsePayload(text: string): unknown {
    const check = this.#check;
    if (check === 'scan') return parseExact(text);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new MalformedJsonError(`not JSON: ${(error as Error).message}`);
    }
    return check !== 'none' && check(value) ? parseExact(text) : value;
  }

  /**
   * Parses a message; with `prefix`, `buf` is only what follows it (the sender kept the schema's
   * bytes out of it). The same prefix object as last time means the same schema: only the
   * payload is parsed.
   */
  parse(buf: Buffer, prefix?: Buffer): ParsedJson {
    if (prefix) {
      if (prefix === this.#prefix && buf.length > 0 && buf[buf.length - 1] === 0x7d)
        return this.#parseRemembered(buf.toString('utf8', 0, buf.length - 1));
      const parsed = this.parse(Buffer.concat([prefix, buf]));
      if (this.#prefix?.equals(prefix)) this.#prefix = prefix;
      return parsed;
    }
    const prefixed = this.#prefix;
    if (
      prefixed &&
      buf.length > prefixed.length &&
      buf[buf.length - 1] === 0x7d &&
      buf.compare(prefixed, 0, prefixed.length, 0, prefixed.length) === 0
    ) {
      return this.#parseRemembered(buf.toString('utf8', prefixed.length, buf.length - 1));
    }
    const length = schemaPrefixLength(buf);
    if (length > 0) {
      const schemaText = buf.toString('utf8', SCHEMA_PREFIX.length, length - PAYLOAD_INFIX.length);
      const schema = parseExact(schemaText);
      if (isConnectSchema(schema) && buf[buf.length - 1] === 0x7d) {
        this.#prefix = Buffer.from(buf.subarray(0, length));
        this.#schema = schema;
        this.#schemaText = schemaText;
        this.#check = roundingCheck(schema, this.options.envelope === true);
        this.#sourceEnd = this.options.envelope ? sourceBlockEnd(schema) : undefined;
        const payload = parseExact(buf.toString('utf8', length, buf.length - 1));
        return { schema, payload, schemaText };
      }
    }
    const value = parseExact(buf.toString('utf8'));
    if (
      value &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      'payload' in value &&
      'schema' in value &&
      Object.keys(value).length === 2
    ) {
      const { schema, payload } = value as { schema: unknown; payload: unknown };
      if (schema === null || isConnectSchema(schema)) {
        return {
          schema: schema ?? undefined,
          payload,
          schemaText: schema ? JSON.stringify(schema) : undefined,
        };
      }
    }
    return { schema: undefined, payload: value, schemaText: undefined };
  }
}
