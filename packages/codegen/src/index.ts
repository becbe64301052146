export {
  type CaptureRelation,
  captureRefusal,
  describeCaptureRelations,
  inspectCapture,
  inspectCaptureAt,
} from './apply/capture-safety.js';
export { createDatabaseIfMissing } from './apply/database.js';
export {
  type MigrateOptions,
  type MigrateReport,
  type MigrationOutcome,
  migrate,
  unitKey,
} from './apply/migrate.js';
export {
  type CaptureControlOptions,
  type CaptureStartReport,
  captureStatus,
  findConnector,
  readConnectorConfig,
  startCapture,
  stopCapture,
} from './capture/capture-control.js';
export {
  type CaptureEndpoint,
  CONVERTER_SETTINGS,
  connectorConfig,
  DEFAULT_COPY_CHUNK_SIZE,
  dataCollectionId,
  signalDataCollection,
} from './capture/connector.js';
export { includeList, javaRegexLiteral, tableRegex } from './capture/include-list.js';
export {
  type CommandStyle,
  type GeneratedFile,
  type GenerateOptions,
  type GenerateResult,
  type GenerateWarning,
  generate,
  type ServiceSummary,
} from './generate.js';
export { ROLES } from './grants/grants.js';
export { type CaptureNames, SHARED_REFERENCE } from './layout/names.js';
export { type Layout, layoutPlan, type PlacedTable, type ServiceLayout } from './layout/service-layout.js';
export {
  findUnit,
  type GeneratedManifest,
  MANIFEST_FILE,
  type ManifestConnector,
  type ManifestMigration,
  type ManifestReplicator,
  type ManifestUnit,
  readManifest,
} from './manifest.js';
export { downStatements, type Migration, type Step } from './migration/migration.js';
export { MONOLITH_SCRIPTS } from './monolith/scripts.js';
export { type MoveDirection, type MoveUnits, moveUnits } from './move-units.js';
export { SERVICE_SCRIPTS } from './reverse/service-scripts.js';
export { planRows, sampleRowsSql } from './sample/sample-rows.js';
export type { CrossingFk } from './schema/crossing.js';
export { carryDefault } from './schema/defaults.js';
export { CONSTRAINTS_MIGRATION, TABLES_MIGRATION } from './schema/service-schema.js';
export { writeGenerated } from './write.js';
