export { ConnectClient, type ConnectorStatus, type ValidationResult, validationErrors } from '@seam/connect';
export { connectProcess } from './connect.js';
export { type RunOptions, type RunResult, run, type Started, start, stop } from './exec.js';
export { kafkaProcess } from './kafka.js';
export type { ManagedProcess } from './managed-process.js';
export { configureMariadb } from './mariadb-cdc.js';
export { configurePostgres, type DbConfigResult, type WantedSetting } from './postgres-cdc.js';
export {
  bootstrapServers,
  connectUrl,
  type InfraExtras,
  type InfraSettings,
  infraSettings,
} from './settings.js';
export { down, type UpResult, up } from './up.js';
