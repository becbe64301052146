import type { SeamError } from '@seam/core';
import type { IHeaders, KafkaMessage, Producer } from 'kafkajs';

/** Where a dead-lettered event came from and why it was set aside; these are the record's headers. */
export interface DeadLetterOrigin {
  topic: string;
  partition: number;
  offset: string;
  service: string;
  group: string;
  table?: string;
}

export const DLQ_HEADERS = {
  code: 'seam.error.code',
  message: 'seam.error.message',
  topic: 'seam.origin.topic',
  partition: 'seam.origin.partition',
  offset: 'seam.origin.offset',
  timestamp: 'seam.origin.timestamp',
  service: 'seam.service',
  group: 'seam.group',
  table: 'seam.target.table',
  at: 'seam.dead-lettered.at',
} as const;

/**
 * Writes an event that cannot be applied to the dead-letter topic: the original key, value and
 * headers, plus the error and its origin. Awaited before the batch that skips it commits.
 */
export async function deadLetter(
  producer: Producer,
  topic: string,
  message: KafkaMessage,
  origin: DeadLetterOrigin,
  error: SeamError,
): Promise<void> {
  const headers: IHeaders = { ...(message.headers ?? {}) };
  headers[DLQ_HEADERS.code] = error.code;
  headers[DLQ_HEADERS.message] = error.message.slice(0, 2000);
  headers[DLQ_HEADERS.topic] = origin.topic;
  headers[DLQ_HEADERS.partition] = String(origin.partition);
  headers[DLQ_HEADERS.offset] = origin.offset;
  headers[DLQ_HEADERS.timestamp] = message.timestamp;
  headers[DLQ_HEADERS.service] = origin.service;
  headers[DLQ_HEADERS.group] = origin.group;
  if (origin.table) headers[DLQ_HEADERS.table] = origin.table;
  headers[DLQ_HEADERS.at] = new Date().toISOString();
  await producer.send({
    topic,
    acks: -1,
    messages: [{ key: message.key, value: message.value, headers }],
  });
}
