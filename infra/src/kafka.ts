import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { SeamError } from '@seam/core';
import { createKafkaClient } from '@seam/kafka';
import { run } from './exec.js';
import { jvmArgs, LOG4J2_PROPERTIES, properties } from './java-config.js';
import { ManagedProcess } from './managed-process.js';
import type { JarFolders } from './maven.js';
import { bootstrapServers, type InfraSettings, runPaths } from './settings.js';

export function kafkaProcess(s: InfraSettings): ManagedProcess {
  const p = runPaths(s);
  return new ManagedProcess('kafka', p.pids, join(p.logs, 'kafka.log'), s.runDir);
}

function serverProperties(s: InfraSettings): string {
  const p = runPaths(s);
  return properties({
    'process.roles': 'broker,controller',
    'node.id': 1,
    'controller.quorum.voters': `1@${s.host}:${s.controllerPort}`,
    listeners: `PLAINTEXT://${s.host}:${s.kafkaPort},CONTROLLER://${s.host}:${s.controllerPort}`,
    'advertised.listeners': `PLAINTEXT://${s.host}:${s.kafkaPort}`,
    'controller.listener.names': 'CONTROLLER',
    'inter.broker.listener.name': 'PLAINTEXT',
    'listener.security.protocol.map': 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
    'log.dirs': p.kafkaData,
    'num.partitions': 1,
    'offsets.topic.replication.factor': 1,
    'offsets.topic.num.partitions': 10,
    'transaction.state.log.replication.factor': 1,
    'transaction.state.log.min.isr': 1,
    'share.coordinator.state.topic.replication.factor': 1,
    'group.initial.rebalance.delay.ms': 0,
    'auto.create.topics.enable': 'true',
    'delete.topic.enable': 'true',
    // A test machine: keep a week of data, small segments, and fsync left to the OS.
    'log.retention.hours': 168,
    'log.segment.bytes': 64 * 1024 * 1024,
    'message.max.bytes': 16 * 1024 * 1024,
    'replica.fetch.max.bytes': 16 * 1024 * 1024,
    ...s.extra?.kafkaProperties,
  });
}

/** A Kafka cluster id: 16 random bytes, base64url, not starting with '-' (Kafka's own rule). */
function clusterId(): string {
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

async function java(jars: JarFolders, args: string[]): Promise<{ code: number; output: string }> {
  const r = await run('java', ['-cp', `${jars.kafka}/*`, ...args]);
  return { code: r.code, output: `${r.stdout}${r.stderr}` };
}

/** Writes the configuration and formats the KRaft storage once (a formatted folder is kept). */
export async function prepareKafka(s: InfraSettings, jars: JarFolders): Promise<string> {
  const p = runPaths(s);
  await mkdir(p.config, { recursive: true });
  await mkdir(p.logs, { recursive: true });
  const config = join(p.config, 'server.properties');
  await writeFile(config, serverProperties(s));
  await writeFile(join(p.config, 'log4j2.properties'), LOG4J2_PROPERTIES);
  if (!existsSync(join(p.kafkaData, 'meta.properties'))) {
    await mkdir(p.kafkaData, { recursive: true });
    const { code, output } = await java(jars, [
      `-Dlog4j2.configurationFile=${join(p.config, 'log4j2.properties')}`,
      'kafka.tools.StorageTool',
      'format',
      '-t',
      clusterId(),
      '-c',
      config,
      ...(s.extra?.kafkaFormatArgs ?? []),
    ]);
    if (code !== 0) {
      throw new SeamError(
        'SEAM_INFRA_START_FAILED',
        `Formatting the Kafka storage failed:\n${output.slice(-2000)}`,
      );
    }
  }
  return config;
}

export async function startKafka(s: InfraSettings, jars: JarFolders, config: string): Promise<number> {
  const p = runPaths(s);
  return kafkaProcess(s).start([
    ...jvmArgs(s.kafkaHeap),
    `-Dlog4j2.configurationFile=${join(p.config, 'log4j2.properties')}`,
    `-Dkafka.logs.dir=${p.logs}`,
    '-cp',
    `${jars.kafka}/*`,
    'kafka.Kafka',
    config,
  ]);
}

/** Waits until the broker answers a metadata request through kafkajs (which also proves kafkajs works). */
export async function waitForKafka(
  s: InfraSettings,
  proc: ManagedProcess,
  pid: number,
  timeoutMs = 90_000,
): Promise<void> {
  const kafka = createKafkaClient({
    clientId: 'seam-infra',
    brokers: [bootstrapServers(s)],
    // The local broker is PLAINTEXT, whatever SEAM_KAFKA_SECURITY_* say about the real one.
    security: null,
    retry: { retries: 0 },
    connectionTimeoutMs: 2000,
  });
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    if (!proc.alive(pid)) {
      throw new SeamError(
        'SEAM_INFRA_START_FAILED',
        `The Kafka broker exited during start. Log tail:\n${proc.tail()}`,
        {
          details: { log: proc.logFile },
        },
      );
    }
    const admin = kafka.admin();
    try {
      await admin.connect();
      const cluster = await admin.describeCluster();
      if (cluster.brokers.length > 0 && cluster.controller !== null) return;
    } catch (error) {
      last = error;
    } finally {
      await admin.disconnect().catch(() => {});
    }
    await sleep(500);
  }
  throw new SeamError(
    'SEAM_INFRA_START_FAILED',
    `The Kafka broker did not answer within ${timeoutMs / 1000}s (${String((last as Error)?.message ?? last)}). Log tail:\n${proc.tail()}`,
  );
}
