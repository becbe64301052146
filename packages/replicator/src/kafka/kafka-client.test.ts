import { KafkaJSConnectionError, KafkaJSNonRetriableError, KafkaJSProtocolError } from 'kafkajs';
import { describe, expect, it } from 'vitest';
import { brokerOutage } from './kafka-client.js';

describe('brokerOutage', () => {
  it('knows a broker that is away, however kafkajs wraps it', () => {
    expect(
      brokerOutage(new KafkaJSConnectionError('Connection error: connect ECONNREFUSED 127.0.0.1:9092')),
    ).toBe(true);
    // What kafkajs 2.2.4 crashed with while a broker restarted gracefully.
    expect(brokerOutage(new KafkaJSNonRetriableError('Failed to find group coordinator'))).toBe(true);
    const wrapped = Object.assign(new KafkaJSNonRetriableError('gave up'), {
      cause: new KafkaJSConnectionError('Connection timeout'),
    });
    expect(brokerOutage(wrapped)).toBe(true);
    expect(brokerOutage(Object.assign(new Error('x'), { name: 'KafkaJSBrokerNotFound' }))).toBe(true);
  });

  it('does not restart on what a restart cannot fix', () => {
    const denied = new KafkaJSProtocolError({
      message: 'Not authorized to access topics: [Topic authorization failed]',
      type: 'TOPIC_AUTHORIZATION_FAILED',
      code: 29,
      retriable: false,
    } as never);
    expect(brokerOutage(denied)).toBe(false);
    expect(brokerOutage(new KafkaJSNonRetriableError('Invalid topic 42 (number)'))).toBe(false);
    expect(brokerOutage(undefined)).toBe(false);
  });
});
