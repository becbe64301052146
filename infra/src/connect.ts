import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ConnectClient } from '@seam/connect';
import { SeamError } from '@seam/core';
import { jvmArgs, properties } from './java-config.js';
import { ManagedProcess } from './managed-process.js';
import type { JarFolders } from './maven.js';
import { bootstrapServers, connectUrl, type InfraSettings, runPaths } from './settings.js';

/** Connector classes the worker must offer before it counts as started. */
export const REQUIRED_PLUGINS = [
  'io.debezium.connector.postgresql.PostgresConnector',
  'io.debezium.connector.mysql.MySqlConnector',
  'io.debezium.connector.mariadb.MariaDbConnector',
  'io.debezium.connector.jdbc.JdbcSinkConnector',
];

export function connectProcess(s: InfraSettings): ManagedProcess {
  const p = runPaths(s);
  return new ManagedProcess('connect', p.pids, join(p.logs, 'connect.log'), s.runDir);
}

function workerProperties(s: InfraSettings, jars: JarFolders): string {
  return properties({
    'bootstrap.servers': bootstrapServers(s),
    'group.id': 'seam-connect',
    listeners: `http://${s.host}:${s.connectPort}`,
    'rest.advertised.host.name': s.host,
    'rest.advertised.port': s.connectPort,
    'key.converter': 'org.apache.kafka.connect.json.JsonConverter',
    'value.converter': 'org.apache.kafka.connect.json.JsonConverter',
    'key.converter.schemas.enable': 'true',
    'value.converter.schemas.enable': 'true',
    'config.storage.topic': 'seam-connect-configs',
    'config.storage.replication.factor': 1,
    'offset.storage.topic': 'seam-connect-offsets',
    'offset.storage.replication.factor': 1,
    'offset.storage.partitions': 5,
    'status.storage.topic': 'seam-connect-status',
    'status.storage.replication.factor': 1,
    'status.storage.partitions': 1,
    // Source offsets reach Kafka within a second, so a restarted connector repeats little.
    'offset.flush.interval.ms': 1000,
    'plugin.path': jars.plugins,
    'plugin.discovery': 'service_load',
    // Let connectors override their consumer/producer settings (the JDBC sink's batch size).
    'connector.client.config.override.policy': 'All',
    'scheduled.rebalance.max.delay.ms': 0,
    'task.shutdown.graceful.timeout.ms': 10000,
    ...s.extra?.connectProperties,
  });
}

export async function startConnect(s: InfraSettings, jars: JarFolders): Promise<number> {
  const p = runPaths(s);
  await mkdir(p.config, { recursive: true });
  const config = join(p.config, 'connect-distributed.properties');
  await writeFile(config, workerProperties(s, jars));
  return connectProcess(s).start([
    ...jvmArgs(s.connectHeap),
    ...(s.extra?.connectJvmArgs ?? []),
    `-Dlog4j2.configurationFile=${join(p.config, 'log4j2.properties')}`,
    `-Dkafka.logs.dir=${p.logs}`,
    '-cp',
    `${jars.kafka}/*`,
    'org.apache.kafka.connect.cli.ConnectDistributed',
    config,
  ]);
}

/** Waits until the REST API answers and lists every required plugin. */
export async function waitForConnect(
  s: InfraSettings,
  proc: ManagedProcess,
  pid: number,
  timeoutMs = 150_000,
): Promise<string[]> {
  const client = new ConnectClient(connectUrl(s), s.extra?.connectSecurity ?? null);
  const deadline = Date.now() + timeoutMs;
  let lastError = '';
  while (Date.now() < deadline) {
    if (!proc.alive(pid)) {
      throw new SeamError(
        'SEAM_INFRA_START_FAILED',
        `The Kafka Connect worker exited during start. Log tail:\n${proc.tail()}`,
        {
          details: { log: proc.logFile },
        },
      );
    }
    try {
      const plugins = (await client.plugins()).map((p) => p.class);
      const missing = REQUIRED_PLUGINS.filter((c) => !plugins.includes(c));
      if (missing.length === 0) {
        // The worker answers REST before it has joined its group; a connector list proves it has.
        await client.connectors();
        return plugins;
      }
      lastError = `plugins missing: ${missing.join(', ')}`;
    } catch (error) {
      lastError = (error as Error).message;
    }
    await sleep(500);
  }
  throw new SeamError(
    'SEAM_INFRA_START_FAILED',
    `Kafka Connect was not ready within ${timeoutMs / 1000}s (${lastError}). Log tail:\n${proc.tail()}`,
  );
}
