import type { Dialect } from '@seam/core/sql';
import { ChangeSet } from '../apply/change-set.js';
import { EncodeError } from '../apply/encode-error.js';
import { newFields, type Route } from '../apply/route.js';
import { type DriftOptions, schemaDrift } from '../apply/schema-drift.js';
import type { Statement } from '../apply/target.js';
import type { ReplicatorConfig } from '../config/config.js';
import { DecodeError } from '../decode/decode-error.js';
import { type ChangeEvent, type SourceInfo, TopicDecoder } from '../decode/envelope.js';
import { schemaPrefixLength } from '../decode/json-text.js';
import { Placeholders } from '../decode/unavailable.js';
import { engineFor, type StatementEncoder } from '../engine.js';
import { type AppliedSummary, Summarizer } from './applied-summary.js';

export type SourceSettings = ReplicatorConfig['source'];

/** The decoder of one topic: embedded schemas when the events carry them, else the target columns' types. */
export function topicDecoder(source: SourceSettings, route: Route | undefined): TopicDecoder {
  const hints = new Map(route?.columns.map((c) => [c.source, c.target.hint]));
  return new TopicDecoder({
    placeholders: new Placeholders(source.unavailablePlaceholder),
    hintFor: (field) => hints.get(field),
    ...(source.flavor ? { flavor: source.flavor } : {}),
    modes: {
      decimalHandling: source.decimalHandling,
      ...(source.timePrecision ? { timePrecision: source.timePrecision } : {}),
    },
  });
}

/**
 * A chunk of one partition's messages, packed for another thread: keys and values back to back
 * in `data`, and per message in `lengths` its key's length, its value's length (-1 = null) and
 * the id of the schema prefix cut off the value (-1 = none). A topic's values all start with the
 * same embedded schema (often 80 % of the bytes): it travels once per chunk, in `prefixes`.
 */
export interface PackedChunk {
  topic: string;
  partition: number;
  routes: Route[];
  lengths: Int32Array;
  data: Uint8Array;
  prefixes: Array<{ id: number; bytes: Uint8Array }>;
}

export interface Message {
  key: Buffer | null;
  value: Buffer | null;
}

/** Packs chunks, remembering each topic's current schema prefix. */
export class ChunkPacker {
  readonly #prefixes = new Map<string, { id: number; bytes: Buffer }>();
  #next = 0;

  pack(topic: string, partition: number, routes: Route[], messages: Message[]): PackedChunk {
    const n = messages.length;
    const lengths = new Int32Array(n * 3);
    const used = new Map<number, Buffer>();
    let total = 0;
    for (let i = 0; i < n; i++) {
      const { key, value } = messages[i]!;
      let cut = 0;
      let id = -1;
      if (value) {
        let prefix = this.#prefixes.get(topic);
        const p = prefix?.bytes;
        if (!p || value.length <= p.length || value.compare(p, 0, p.length, 0, p.length) !== 0) {
          const length = schemaPrefixLength(value);
          prefix = length ? { id: this.#next++, bytes: Buffer.from(value.subarray(0, length)) } : undefined;
          if (prefix) this.#prefixes.set(topic, prefix);
        }
        if (prefix) {
          cut = prefix.bytes.length;
          id = prefix.id;
          used.set(id, prefix.bytes);
        }
      }
      lengths[3 * i] = key ? key.length : -1;
      lengths[3 * i + 1] = value ? value.length - cut : -1;
      lengths[3 * i + 2] = id;
      total += (key?.length ?? 0) + (value ? value.length - cut : 0);
    }
    // Its own ArrayBuffer, so that it can be transferred rather than copied again.
    const data = Buffer.allocUnsafeSlow(total);
    let at = 0;
    for (let i = 0; i < n; i++) {
      const { key, value } = messages[i]!;
      if (key) at += key.copy(data, at);
      if (value) at += value.copy(data, at, value.length - lengths[3 * i + 1]!);
    }
    const prefixes = [...used].map(([id, bytes]) => ({ id, bytes: new Uint8Array(bytes) }));
    return { topic, partition, routes, lengths, data, prefixes };
  }
}

/** A chunk decoded and turned into statements, or why it must take the careful path. */
export type PreparedResult =
  | {
      ok: true;
      statements: Statement[];
      /** The chunk changes no row (only ignored events). */
      empty: boolean;
      summary: AppliedSummary;
      /** The source of the chunk's last message, when it is an event. */
      tailSource: SourceInfo | undefined;
    }
  | { ok: false; reason: string };

/**
 * Decodes packed chunks, reduces them to net changes and builds their statements: the fast path,
 * which the decode threads run. Anything that needs care (an undecodable event, a key missing, a
 * value the target type cannot take, a column new to the route or one gone) returns `ok: false`, and the
 * replicator decodes that chunk itself and applies it the careful way (dead letters, bisection,
 * schema changes).
 */
export class ChunkPreparer {
  readonly #decoders = new Map<string, TopicDecoder>();
  /** Schema prefixes by id; the same object each time, so the parser knows it again. */
  readonly #prefixes = new Map<number, Buffer>();
  readonly #statements: StatementEncoder;
  readonly #drift: DriftOptions;

  constructor(
    readonly source: SourceSettings,
    dialect: Dialect,
  ) {
    this.#drift = { decimalsAsText: source.decimalHandling === 'string' };
    this.#statements = engineFor(dialect).statements();
  }

  prepare(chunk: PackedChunk): PreparedResult {
    const { topic, partition, routes, lengths } = chunk;
    if (this.#prefixes.size > 64) this.#prefixes.clear();
    for (const p of chunk.prefixes) {
      if (!this.#prefixes.has(p.id))
        this.#prefixes.set(p.id, Buffer.from(p.bytes.buffer, p.bytes.byteOffset, p.bytes.byteLength));
    }
    let decoder = this.#decoders.get(topic);
    if (!decoder) {
      decoder = topicDecoder(this.source, routes[0]);
      this.#decoders.set(topic, decoder);
    }
    const data = Buffer.from(chunk.data.buffer, chunk.data.byteOffset, chunk.data.byteLength);
    const changes = new ChangeSet();
    const summary = new Summarizer();
    let at = 0;
    /** The chunk's last message, when it is an event: its source is read once, at the end. */
    let tail: ChangeEvent | undefined;
    try {
      for (let i = 0; i < lengths.length; i += 3) {
        const kl = lengths[i]!;
        const key = kl < 0 ? null : data.subarray(at, at + kl);
        at += Math.max(0, kl);
        const vl = lengths[i + 1]!;
        const value = vl < 0 ? null : data.subarray(at, at + vl);
        at += Math.max(0, vl);
        const prefix = lengths[i + 2]! < 0 ? undefined : this.#prefixes.get(lengths[i + 2]!);
        const event = decoder.decode(key, value, prefix);
        tail = undefined;
        if (event.op === 'ignore') continue;
        for (const route of routes) {
          if (schemaDrift(route, event, this.#drift)) return { ok: false, reason: 'schema changed' };
          if (newFields(route, event)) return { ok: false, reason: 'new column' };
          changes.add(route, event);
        }
        tail = event;
        summary.add(topic, partition, routes, event);
      }
      return {
        ok: true,
        statements: this.#statements.encode(changes),
        empty: changes.empty,
        summary: summary.result(),
        tailSource: tail?.source,
      };
    } catch (error) {
      if (error instanceof DecodeError || error instanceof EncodeError)
        return { ok: false, reason: error.message };
      throw error;
    }
  }
}
