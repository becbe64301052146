export {
  ConnectClient,
  type ConnectorOffsets,
  type ConnectorStatus,
  type ValidationResult,
  validationErrors,
} from './connect-client.js';
export { CONNECT_SECURITY_ENV, type ConnectSecurity, connectSecurityFromEnv } from './connect-security.js';
