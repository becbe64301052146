import { SeamError } from '@seam/core';
import type { KafkaMessage } from 'kafkajs';
import type { Route } from '../apply/route.js';
import { DecodeError } from '../decode/decode-error.js';
import { keyMoveOf, type TopicDecoder } from '../decode/envelope.js';
import { TransactionMarkerDecoder } from '../decode/transaction-marker.js';
import { type SourceSettings, topicDecoder } from './chunk.js';
import type { Unit } from './unit.js';

/** Decodes messages on this thread into units: change events, transaction markers, or why not. */
export class UnitDecoder {
  readonly #decoders = new Map<string, TopicDecoder>();
  readonly #markers = new TransactionMarkerDecoder();

  constructor(
    readonly source: SourceSettings,
    /** The transaction metadata topic (transaction mode). */
    readonly txTopic: string | undefined,
  ) {}

  decode(topic: string, partition: number, message: KafkaMessage, routes: Route[]): Unit {
    const unit: Unit = { topic, partition, offset: message.offset, message, routes };
    this.decodeInto(unit);
    return unit;
  }

  decodeInto(unit: Unit): void {
    const { topic, partition, message, routes } = unit;
    try {
      if (topic === this.txTopic) {
        const marker = this.#markers.decode(message.value);
        if (marker) unit.marker = marker;
        return;
      }
      let decoder = this.#decoders.get(topic);
      if (!decoder) {
        decoder = topicDecoder(this.source, routes[0]);
        this.#decoders.set(topic, decoder);
      }
      const event = decoder.decode(message.key, message.value);
      if (event.op !== 'ignore') {
        const move = keyMoveOf(decoder, message.headers);
        if (move) event.keyMove = move;
        unit.event = event;
      }
    } catch (error) {
      if (!(error instanceof DecodeError)) throw error;
      unit.error = new SeamError(
        'SEAM_REPL_EVENT_INVALID',
        `${topic}/${partition}@${message.offset}: ${error.message}`,
      );
    }
  }
}
