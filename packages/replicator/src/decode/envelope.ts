import { type Codec, codecForSchema } from './codec.js';
import { type ColumnHint, codecForHint, type DebeziumModes, type SourceFlavor } from './column-hint.js';
import { type ConnectSchema, rowFields } from './connect-schema.js';
import { DecodeError } from './decode-error.js';
import {
  ExactNumber,
  JsonMessageParser,
  MalformedJsonError,
  type ParsedJson,
  parseExact,
} from './json-text.js';
import type { Placeholders } from './unavailable.js';

export type Row = Record<string, unknown>;
export type ChangeOp = 'c' | 'r' | 'u' | 'd' | 't';

/** Where a change happened in the source: the `source` block, flattened. */
export interface SourceInfo {
  connector: string;
  name?: string;
  db?: string;
  schema?: string;
  table?: string;
  tsMs?: number;
  /** Snapshot marker (`true`, `first`, `last`, `last_in_data_collection`, `incremental`…); undefined while streaming. */
  snapshot?: string;
  lsn?: string;
  txId?: string;
  file?: string;
  pos?: number;
  row?: number;
  gtid?: string;
}

export interface TransactionRef {
  id: string;
  totalOrder: number;
  collectionOrder: number;
}

/** The columns an event's row schema carries; the same text means the same columns and types. */
export interface RowShape {
  id: string;
  fields: ConnectSchema[];
}

export interface ChangeEvent {
  op: ChangeOp | 'tombstone';
  key: Row | null;
  /** The old row: decoded for deletes only (an upsert carries the whole new row). */
  before: Row | null;
  after: Row | null;
  source: SourceInfo | undefined;
  transaction: TransactionRef | undefined;
  /** When Debezium processed the event (ms). */
  tsMs: number | undefined;
  /** Row schema (embedded schemas only). */
  shape: RowShape | undefined;
  /** Half of a primary-key change (Debezium's `__debezium.newkey` / `__debezium.oldkey` headers). */
  keyMove?: KeyMove;
}

/** A delete (or its tombstone) whose row moves `to` a new key, or a create whose row comes `from` an old key. */
export type KeyMove = { to: true; from?: undefined } | { from: Row; to?: undefined };

const NEW_KEY = '__debezium.newkey';
const OLD_KEY = '__debezium.oldkey';

/** Reads the primary-key change headers of a message, when it has them. */
export function keyMoveOf(
  decoder: TopicDecoder,
  headers: Record<string, unknown> | undefined,
): KeyMove | undefined {
  if (!headers) return undefined;
  if (headers[NEW_KEY] !== undefined) return { to: true };
  const old = headers[OLD_KEY];
  if (old === undefined) return undefined;
  const row = decoder.decodeKey(Buffer.isBuffer(old) ? old : Buffer.from(String(old)));
  return row ? { from: row } : undefined;
}

/** The message is half of a primary-key change. */
export function hasKeyMove(headers: Record<string, unknown> | undefined): boolean {
  return !!headers && (headers[NEW_KEY] !== undefined || headers[OLD_KEY] !== undefined);
}

export interface IgnoredEvent {
  op: 'ignore';
  reason: string;
}

interface RowCodec {
  fields: Array<[name: string, codec: Codec]>;
  shape: RowShape | undefined;
}

export interface TopicDecoderOptions {
  placeholders: Placeholders;
  /** For topics without embedded schemas: what the target column of a source field holds. */
  hintFor?: (field: string) => ColumnHint | undefined;
  flavor?: SourceFlavor;
  modes?: DebeziumModes;
}

const MAX_CACHED_SCHEMAS = 64;
const OPS = new Set(['c', 'r', 'u', 'd', 't']);

function str(v: unknown): string | undefined {
  return typeof v === 'string'
    ? v
    : typeof v === 'number' || v instanceof ExactNumber
      ? String(v)
      : undefined;
}

function num(v: unknown): number | undefined {
  return typeof v === 'number' ? v : v instanceof ExactNumber ? Number(v.text) : undefined;
}

function sourceInfo(raw: unknown): SourceInfo | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const s = raw as Record<string, unknown>;
  const info: SourceInfo = { connector: str(s.connector) ?? 'unknown' };
  // Straight-line reads of named fields (no helper closure, no keyed loads): once per event.
  const name = str(s.name);
  if (name !== undefined) info.name = name;
  const db = str(s.db);
  if (db !== undefined) info.db = db;
  const schema = str(s.schema);
  if (schema !== undefined) info.schema = schema;
  const table = str(s.table);
  if (table !== undefined) info.table = table;
  const tsMs = num(s.ts_ms);
  if (tsMs !== undefined) info.tsMs = tsMs;
  const snapshot = str(s.snapshot);
  if (snapshot && snapshot !== 'false') info.snapshot = snapshot;
  const lsn = str(s.lsn);
  if (lsn !== undefined) info.lsn = lsn;
  const txId = str(s.txId);
  if (txId !== undefined) info.txId = txId;
  const file = str(s.file);
  if (file !== undefined) info.file = file;
  const pos = num(s.pos);
  if (pos !== undefined) info.pos = pos;
  const row = num(s.row);
  if (row !== undefined) info.row = row;
  const gtid = str(s.gtid);
  if (gtid !== undefined) info.gtid = gtid;
  return info;
}

function transactionRef(raw: unknown): TransactionRef | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const t = raw as Record<string, unknown>;
  const id = str(t.id);
  if (!id) return undefined;
  return { id, totalOrder: num(t.total_order) ?? 0, collectionOrder: num(t.data_collection_order) ?? 0 };
}

/**
 * Decodes the messages of one topic: JSON with or without embedded schemas, the Debezium
 * envelope, every field through its type's codec. One per topic (it caches the topic's schemas).
 */
export class TopicDecoder {
  readonly #keyParser = new JsonMessageParser();
  readonly #valueParser = new JsonMessageParser({ envelope: true });
  readonly #codecs = new Map<string, RowCodec>();
  readonly #hinted = new Map<string, Codec>();
  /** Row codecs of schemaless events, by their field names. */
  readonly #plain = new Map<string, RowCodec>();
  readonly #options: TopicDecoderOptions;

  constructor(options: TopicDecoderOptions) {
    this.#options = options;
  }

  #parse(parser: JsonMessageParser, buf: Buffer, what: string, prefix?: Buffer): ParsedJson {
    try {
      return parser.parse(buf, prefix);
    } catch (error) {
      if (error instanceof MalformedJsonError) throw new DecodeError(`the ${what} is ${error.message}`);
      throw error;
    }
  }

  #hintCodec(field: string): Codec {
    let codec = this.#hinted.get(field);
    if (!codec) {
      const hint = this.#options.hintFor?.(field) ?? { kind: 'other' as const };
      codec = codecForHint(
        hint,
        this.#options.flavor ?? 'postgresql',
        this.#options.modes ?? { decimalHandling: 'precise' },
        this.#options.placeholders,
      );
      this.#hinted.set(field, codec);
    }
    return codec;
  }

  #rowCodec(
    fields: ConnectSchema[] | undefined,
    schemaText: string | undefined,
    sample: Row | null,
  ): RowCodec {
    if (fields && schemaText !== undefined) {
      let codec = this.#codecs.get(schemaText);
      if (!codec) {
        if (this.#codecs.size >= MAX_CACHED_SCHEMAS) this.#codecs.clear();
        codec = {
          fields: fields.map((f) => {
            try {
              return [f.field ?? '', codecForSchema(f, this.#options.placeholders)];
            } catch (error) {
              throw error instanceof DecodeError ? new DecodeError(error.message, f.field) : error;
            }
          }),
          shape: { id: schemaText, fields },
        };
        this.#codecs.set(schemaText, codec);
      }
      return codec;
    }
    const names = sample ? Object.keys(sample) : [];
    const signature = names.join('\u0000');
    let codec = this.#plain.get(signature);
    if (!codec) {
      if (this.#plain.size >= MAX_CACHED_SCHEMAS) this.#plain.clear();
      codec = { fields: names.map((n) => [n, this.#hintCodec(n)]), shape: undefined };
      this.#plain.set(signature, codec);
    }
    return codec;
  }

  #decodeRow(raw: unknown, codec: RowCodec): Row | null {
    if (raw === null || raw === undefined) return null;
    if (typeof raw !== 'object' || Array.isArray(raw)) throw new DecodeError('a row is not an object');
    const row = raw as Row;
    const out: Row = {};
    for (const [name, fieldCodec] of codec.fields) {
      if (!(name in row)) continue;
      try {
        out[name] = fieldCodec(row[name]);
      } catch (error) {
        if (error instanceof DecodeError && !error.field) throw new DecodeError(error.message, name);
        throw error;
      }
    }
    return out;
  }

  decodeKey(buf: Buffer | null): Row | null {
    if (!buf) return null;
    const parsed = this.#parse(this.#keyParser, buf, 'key');
    if (parsed.payload === null) return null;
    if (typeof parsed.payload !== 'object') throw new DecodeError('the key is not an object');
    const fields = parsed.schema?.fields;
    const codec = this.#rowCodec(
      fields,
      parsed.schemaText && `key:${parsed.schemaText}`,
      parsed.payload as Row,
    );
    return this.#decodeRow(parsed.payload, codec);
  }

  /** `valuePrefix`: the value's schema bytes, when the sender kept them out of `value` (see JsonMessageParser). */
  decode(key: Buffer | null, value: Buffer | null, valuePrefix?: Buffer): ChangeEvent | IgnoredEvent {
    if (value === null || value.length === 0) {
      return {
        op: 'tombstone',
        key: this.decodeKey(key),
        before: null,
        after: null,
        source: undefined,
        transaction: undefined,
        tsMs: undefined,
        shape: undefined,
      };
    }
    const parsed = this.#parse(this.#valueParser, value, 'value', valuePrefix);
    const payload = parsed.payload;
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
      throw new DecodeError('the value is not a Debezium change event (no envelope object)');
    }
    const envelope = payload as Record<string, unknown>;
    const op = envelope.op;
    if (op === 'm') return { op: 'ignore', reason: 'logical decoding message' };
    if (typeof op !== 'string' || !OPS.has(op)) {
      throw new DecodeError(
        typeof op === 'string'
          ? `unknown operation ${JSON.stringify(op)}`
          : 'the value is not a Debezium change event (no "op")',
      );
    }
    const fields = parsed.schema ? rowFields(parsed.schema) : undefined;
    const codec = this.#rowCodec(
      fields,
      parsed.schemaText,
      (envelope.after ?? envelope.before ?? null) as Row | null,
    );
    // Only a delete needs the old row (its key); MySQL sends the whole old row with every update.
    const before = op === 'd' || !envelope.after ? this.#decodeRow(envelope.before, codec) : null;
    const after = this.#decodeRow(envelope.after, codec);
    if ((op === 'c' || op === 'r' || op === 'u') && !after)
      throw new DecodeError(`a "${op}" event without "after"`);
    return new DecodedEvent(
      op as ChangeOp,
      key,
      this,
      before,
      after,
      parsed.sourceText ?? sourceInfo(envelope.source),
      transactionRef(envelope.transaction),
      num(envelope.ts_ms),
      codec.shape,
    );
  }
}

const SNAPSHOT = /"snapshot":"([^"\\]*)"/;

/** The snapshot marker of a source block's text, as sourceInfo reads it ('false' is none). */
function snapshotInText(text: string): string | undefined {
  const marker = SNAPSHOT.exec(text)?.[1];
  return marker && marker !== 'false' ? marker : undefined;
}

/**
 * A decoded change event whose key and source block are decoded when first read: an upsert takes
 * its key from its row, and only the last event of a batch needs its source position, so most
 * events never need either. A malformed key fails the event that reads it; a source block that
 * does not parse reads as no source (the row itself was parsed and checked).
 */
class DecodedEvent implements ChangeEvent {
  #key: Row | null | undefined;
  readonly #keyBytes: Buffer | null;
  readonly #decoder: TopicDecoder;
  #source: SourceInfo | undefined;
  #sourceText: string | undefined;
  keyMove?: KeyMove;

  constructor(
    readonly op: ChangeOp,
    keyBytes: Buffer | null,
    decoder: TopicDecoder,
    readonly before: Row | null,
    readonly after: Row | null,
    source: SourceInfo | string | undefined,
    readonly transaction: TransactionRef | undefined,
    readonly tsMs: number | undefined,
    readonly shape: RowShape | undefined,
  ) {
    this.#keyBytes = keyBytes;
    this.#decoder = decoder;
    if (typeof source === 'string') this.#sourceText = source;
    else this.#source = source;
  }

  get key(): Row | null {
    if (this.#key === undefined) this.#key = this.#decoder.decodeKey(this.#keyBytes);
    return this.#key;
  }

  get source(): SourceInfo | undefined {
    const text = this.#sourceText;
    if (text !== undefined) {
      this.#sourceText = undefined;
      try {
        this.#source = sourceInfo(parseExact(text));
      } catch {
        this.#source = undefined;
      }
    }
    return this.#source;
  }

  /** The snapshot marker, without parsing the whole source block. */
  get snapshot(): string | undefined {
    return this.#sourceText !== undefined ? snapshotInText(this.#sourceText) : this.#source?.snapshot;
  }
}

/** An event's snapshot marker (`true`, `first`, `last`, `incremental`…), undefined while streaming. */
export function snapshotOf(event: ChangeEvent): string | undefined {
  return event instanceof DecodedEvent ? event.snapshot : event.source?.snapshot;
}
