import type { SeamError } from '@seam/core';
import type { KafkaMessage } from 'kafkajs';
import type { Route } from '../apply/route.js';
import type { ChangeEvent, SourceInfo } from '../decode/envelope.js';
import type { TransactionMarker } from '../decode/transaction-marker.js';

/** One Kafka message on its way to the target: decoded, or with the reason it cannot be. */
export interface Unit {
  topic: string;
  partition: number;
  offset: string;
  message: KafkaMessage;
  routes: Route[];
  event?: ChangeEvent;
  marker?: TransactionMarker;
  /** The event's source, when a decode thread kept the event itself (the last unit of a chunk). */
  source?: SourceInfo;
  /** Why the message cannot be applied (undecodable, no key): it is dead-lettered or stops the stream. */
  error?: SeamError;
}

export const nextOffset = (offset: string) => (BigInt(offset) + 1n).toString();
