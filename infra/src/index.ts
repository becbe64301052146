export { ConnectClient, type ConnectorStatus, type ValidationResult, validationErrors } from '@seam/connect';
export { configureMariadb } from './mariadb-cdc.js';
export { configurePostgres, type DbConfigResult, type WantedSetting } from './postgres-cdc.js';
export { bootstrapServers, connectUrl, type InfraSettings, infraSettings } from './settings.js';
