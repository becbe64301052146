export {
  ConnectClient,
  type ConnectorOffsets,
  type ConnectorStatus,
  type ValidationResult,
  validationErrors,
} from './connect-client.js';
