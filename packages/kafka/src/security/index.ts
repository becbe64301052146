/**
 * Kafka security settings without kafkajs: the schema of a config file's `kafka.ssl` / `kafka.sasl`,
 * the environment parser, and the checks — for packages that only read or write configurations.
 */

export { javaClientSecurity, PASSWORD_VARIABLE, securityForFile } from './java-client-config.js';
export {
  checkKafkaSecurity,
  describeKafkaSecurity,
  type KafkaSasl,
  type KafkaSecurity,
  type KafkaSsl,
  kafkaSaslSchema,
  kafkaSecurityShape,
  kafkaSslSchema,
  SASL_MECHANISMS,
  type SaslMechanism,
} from './security-config.js';
export { KAFKA_SECURITY_ENV, kafkaSecurityFromEnv } from './security-env.js';
