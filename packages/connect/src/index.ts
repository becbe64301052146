export {
  ConnectClient,
  type ConnectorStatus,
  type ValidationResult,
  validationErrors,
} from './connect-client.js';
