export {
  checkKafkaAccess,
  createKafkaClient,
  type KafkaClientOptions,
  type KafkaLogSink,
} from './kafka-client.js';
export { isKafkaSecurityFault, kafkaError } from './kafka-error.js';
export { kafkajsSecurity } from './kafkajs-security.js';
export * from './security/index.js';
