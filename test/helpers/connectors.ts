import { randomInt } from 'node:crypto';
import { bootstrapServers, ConnectClient, connectUrl } from '@seam/infra';
import { CONVERTER_SETTINGS, RECORD_SETTINGS } from '../../packages/codegen/src/capture/connector.js';
import type { TestMysql, TestPg } from './databases.js';
import { uniqueName } from './names.js';

export const connect = new ConnectClient(connectUrl());

export interface RegisteredConnector {
  name: string;
  remove(): Promise<void>;
}

/** Registers a connector through the Connect REST API (the shared worker unless told) and waits until it and its tasks run. */
export async function registerConnector(
  name: string,
  config: Record<string, string>,
  client: ConnectClient = connect,
): Promise<RegisteredConnector> {
  await client.put(name, config);
  await client.waitRunning(name);
  return { name, remove: () => client.delete(name) };
}

// The converters and record settings of the generated connectors (packages/codegen), so that the
// tests read what `seam generate` sets up.
const common = {
  ...CONVERTER_SETTINGS,
  ...RECORD_SETTINGS,
  'tombstones.on.delete': 'true',
};

/** A Debezium PostgreSQL source for some tables of a test database (pgoutput, own slot and publication). */
export function pgSource(
  db: TestPg,
  options: { topicPrefix: string; tables: string[]; extra?: Record<string, string> },
): Record<string, string> {
  const id = uniqueName('dbz');
  return {
    'connector.class': 'io.debezium.connector.postgresql.PostgresConnector',
    'database.hostname': db.spec.host,
    'database.port': String(db.spec.port),
    'database.user': db.spec.user ?? 'postgres',
    'database.password': db.spec.password?.reveal() ?? '',
    'database.dbname': db.name,
    'topic.prefix': options.topicPrefix,
    'plugin.name': 'pgoutput',
    'slot.name': id,
    'publication.name': id,
    'publication.autocreate.mode': 'filtered',
    'table.include.list': options.tables.join(','),
    'slot.drop.on.stop': 'true',
    'snapshot.mode': 'initial',
    ...common,
    ...options.extra,
  };
}

/** A Debezium MariaDB source for some tables of a test database (its own server id and history topic). */
export function mariadbSource(
  db: TestMysql,
  options: { topicPrefix: string; tables: string[]; extra?: Record<string, string> },
): Record<string, string> {
  return {
    'connector.class': 'io.debezium.connector.mariadb.MariaDbConnector',
    'database.hostname': db.spec.host,
    'database.port': String(db.spec.port),
    'database.user': db.spec.user ?? 'root',
    'database.password': db.spec.password?.reveal() ?? '',
    'database.server.id': String(randomInt(10_000, 2_000_000_000)),
    'topic.prefix': options.topicPrefix,
    'database.include.list': db.name,
    'table.include.list': options.tables.join(','),
    'schema.history.internal.kafka.bootstrap.servers': bootstrapServers(),
    'schema.history.internal.kafka.topic': `${options.topicPrefix}.schema-history`,
    'include.schema.changes': 'false',
    'snapshot.mode': 'initial',
    ...common,
    ...options.extra,
  };
}
