export { createKafkaClient, type KafkaClientOptions, type KafkaLogSink } from './kafka-client.js';
