export {
  connect,
  mariadbSource,
  pgSource,
  type RegisteredConnector,
  registerConnector,
} from './connectors.js';
export {
  createMysqlDatabase,
  createPgDatabase,
  MYSQL_ADMIN_URL,
  PG_ADMIN_URL,
  type TestMysql,
  type TestPg,
} from './databases.js';
export { freePort, type IsolatedStack, startIsolatedStack } from './isolated-stack.js';
export { deletePrefixedTopics, kafka, type TopicEvent, waitForEvents, waitForTopic } from './kafka.js';
export { uniqueName } from './names.js';
