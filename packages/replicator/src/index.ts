export { MYSQL_INFINITY, MYSQL_MINUS_INFINITY } from './apply/mysql/encode.js';
export { MysqlWriter } from './apply/mysql/writer.js';
export { OFFSETS_TABLE, offsetsTableDdl } from './apply/offsets-table.js';
export { PostgresWriter } from './apply/postgres/writer.js';
export type { Route } from './apply/route.js';
export type {
  ApplyBatch,
  PartitionPosition,
  TargetColumn,
  TargetTable,
  TargetWriter,
} from './apply/target.js';
export {
  deadLetterTopicOf,
  groupIdOf,
  parseReplicatorConfig,
  REPLICATOR_CONFIG_FORMAT,
  type ReplicatorConfig,
  type ReplicatorConfigInput,
  replicatorConfigSchema,
  type TableRouteConfig,
} from './config/config.js';
export { readReplicatorConfigFile, replicatorConfigToYaml } from './config/config-file.js';
export { configFromPlan, type PlanConfigOptions } from './config/from-plan.js';
export { debeziumTopic, transactionTopic } from './config/topic-name.js';
export type { ColumnHint, ColumnKind, DebeziumModes } from './decode/column-hint.js';
export type { ConnectSchema } from './decode/connect-schema.js';
export { DecodeError } from './decode/decode-error.js';
export { type ChangeEvent, type SourceInfo, TopicDecoder } from './decode/envelope.js';
export { logicalTypeOfField } from './decode/field-type.js';
export {
  type TransactionMarker,
  TransactionMarkerDecoder,
  transactionKey,
} from './decode/transaction-marker.js';
export { DEFAULT_PLACEHOLDER, Placeholders, UNAVAILABLE } from './decode/unavailable.js';
export { DLQ_HEADERS } from './kafka/dead-letter.js';
export { createLogger, type Logger, REDACT_PATHS } from './ops/logger.js';
export { ReplicatorMetrics } from './ops/metrics.js';
export {
  describePosition,
  type PartitionStatus,
  type ReplicatorState,
  type ReplicatorStatus,
  type TableStatus,
} from './ops/status.js';
export {
  Replicator,
  type ReplicatorOptions,
  type ReplicatorSummary,
  resolveTarget,
} from './runtime/replicator.js';
export {
  backlogOf,
  configTopics,
  type OffsetsAccess,
  type SkipBacklogResult,
  type SkippedPartition,
  skipBacklog,
} from './runtime/skip-backlog.js';
