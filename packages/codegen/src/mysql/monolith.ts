import { quoteQualified } from '@seam/core/sql';
import { javaClientSecurity } from '@seam/kafka/security';
import { serverId } from '../capture/connector.js';
import { javaRegexLiteral } from '../capture/include-list.js';
import type { MonolithEngine } from '../engine.js';
import { mysqlMonolith } from '../monolith/mysql/statements.js';
import { sh } from '../runbook/markdown.js';
import { mysqlCaptureSafety } from './capture-safety.js';
import { mysqlArgs } from './client.js';
import { mysqlDependentViews } from './dependent-views.js';

const prefixed = (prefix: string, props: Record<string, string>) =>
  Object.fromEntries(Object.entries(props).map(([k, v]) => [`${prefix}${k}`, v]));

/** MySQL and MariaDB as the monolith: the binary log. */
export const mysqlAsMonolith: MonolithEngine = {
  captureSafety: mysqlCaptureSafety,
  dependentViews: (db, tables) => mysqlDependentViews(db, tables),
  get scripts() {
    return mysqlMonolith;
  },
  connectorConfig(endpoint, names, captured, common, options) {
    const databases = [...new Set(captured.map((t) => t.schema))];
    return {
      // The MySQL connector cannot capture MariaDB (it asks for SHOW BINARY LOG STATUS): use MariaDB's own.
      'connector.class':
        endpoint.flavor === 'mariadb'
          ? 'io.debezium.connector.mariadb.MariaDbConnector'
          : 'io.debezium.connector.mysql.MySqlConnector',
      ...common,
      'database.server.id': String(serverId(names.connector)),
      'database.include.list': databases.map(javaRegexLiteral).join(','),
      'schema.history.internal.kafka.bootstrap.servers': options.brokers.join(','),
      'schema.history.internal.kafka.topic': `${names.topicPrefix}.schema-history`,
      // The schema history is read and written by the connector's own clients: they need the
      // brokers' security too (secrets as config-provider references, never inline).
      ...prefixed('schema.history.internal.producer.', javaClientSecurity(options.kafkaSecurity)),
      ...prefixed('schema.history.internal.consumer.', javaClientSecurity(options.kafkaSecurity)),
      'include.schema.changes': 'false',
      'bigint.unsigned.handling.mode': 'precise',
      // The monolith URL's ssl-mode (Debezium spells it database.ssl.mode, lower case). Its CA must
      // be given to the worker as a Java truststore (database.ssl.truststore): see docs/infra.md.
      ...(endpoint.tls?.['ssl-mode'] ? { 'database.ssl.mode': endpoint.tls['ssl-mode'].toLowerCase() } : {}),
    };
  },
  heartbeatQuery: (schema, table) =>
    `INSERT INTO ${quoteQualified('mysql', schema, table)} (id, at) VALUES (1, NOW(6)) ON DUPLICATE KEY UPDATE at = VALUES(at)`,
  // MySQL 8 reports string defaults unquoted; MariaDB as SQL literals.
  unquotedStringDefaults: (flavor) => flavor === 'mysql',
  backupCommand: (tables, spec, file) =>
    `mysqldump ${mysqlArgs(spec)} ${tables.map((t) => sh(t.name)).join(' ')} > ${sh(file)}`,
  wording: {
    captureReadiness: 'binary log on, `binlog_format=ROW`, `binlog_row_image=FULL`',
    captureObjectsAnd: '',
    captureObjectsPlus: '',
    captureDryRunNote: '',
    streamsFrom: () => ' from the binary log',
    captureDownObjects: '',
    captureStopObjects: () => '',
    blockedWriteError: 'SQLSTATE 45000',
    blockedWriteGap: ' (MySQL triggers cannot refuse TRUNCATE.)',
    foreignKeyReAdd: '',
    counters: 'AUTO_INCREMENT counters',
  },
};
