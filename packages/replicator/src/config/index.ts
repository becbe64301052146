/**
 * `@seam/replicator/config`: the replicator's configuration format, topic names and offsets table,
 * without its runtime (no kafkajs, pino or prom-client), for the packages that only write or read
 * a configuration (codegen).
 */
export { OFFSETS_TABLE, offsetsTableDdl } from '../apply/offsets-table.js';
export {
  deadLetterTopicOf,
  groupIdOf,
  parseReplicatorConfig,
  REPLICATOR_CONFIG_FORMAT,
  type ReplicatorConfig,
  type ReplicatorConfigInput,
  replicatorConfigSchema,
  type TableRouteConfig,
} from './config.js';
export { readReplicatorConfigFile, replicatorConfigToYaml } from './config-file.js';
export { REPLICATOR_ORIGIN } from './origin.js';
export { debeziumTopic, transactionTopic } from './topic-name.js';
