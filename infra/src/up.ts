import { ConnectClient } from '@seam/connect';
import { SeamError } from '@seam/core';
import { connectProcess, REQUIRED_PLUGINS, startConnect, waitForConnect } from './connect.js';
import { kafkaProcess, prepareKafka, startKafka, waitForKafka } from './kafka.js';
import { say } from './log.js';
import type { ManagedProcess } from './managed-process.js';
import { configureMariadb } from './mariadb-cdc.js';
import { checkJava, resolveJars } from './maven.js';
import { isListening, isPortFree, portOwner } from './ports.js';
import { configurePostgres, type DbConfigResult } from './postgres-cdc.js';
import { bootstrapServers, connectUrl, type InfraSettings, runPaths } from './settings.js';

export interface UpResult {
  alreadyRunning: boolean;
  kafka: { pid: number; bootstrapServers: string };
  connect: { pid: number; url: string; version: string; plugins: Array<{ class: string; version: string }> };
  databases: DbConfigResult[];
  logs: string;
  seconds: number;
}

async function ensurePortsFree(s: InfraSettings, ports: Array<[string, number]>): Promise<void> {
  for (const [what, port] of ports) {
    if (await isPortFree(s.host, port)) continue;
    const owner = await portOwner(port);
    const who = owner ? `${owner.name} (pid ${owner.pid})` : 'another process';
    throw new SeamError(
      'SEAM_INFRA_PORT_IN_USE',
      `Port ${port} (${what}) is already taken by ${who}, which Seam did not start.`,
      {
        details: { port, ...(owner ? { pid: owner.pid, process: owner.name } : {}) },
      },
    );
  }
}

async function runningPid(proc: ManagedProcess, host: string, port: number): Promise<number | undefined> {
  const pid = await proc.pid();
  return pid !== undefined && (await isListening(host, port)) ? pid : undefined;
}

/** Starts whatever is not running yet; a second call with everything up is a no-op. */
export async function up(s: InfraSettings, options: { databases?: boolean } = {}): Promise<UpResult> {
  const started = Date.now();
  await checkJava();
  const databases: DbConfigResult[] = [];
  if (options.databases !== false) {
    databases.push(await configurePostgres(s.postgresAdminUrl));
    databases.push(await configureMariadb(s.mysqlAdminUrl));
    for (const d of databases) {
      say(
        d.changed.length
          ? `${d.engine}: set ${d.changed.join(', ')}${d.restarted ? ' (restarted)' : ''}`
          : `${d.engine}: change capture already on`,
      );
    }
  }

  const kafka = kafkaProcess(s);
  const connect = connectProcess(s);
  let kafkaPid = await runningPid(kafka, s.host, s.kafkaPort);
  let connectPid = await runningPid(connect, s.host, s.connectPort);
  const alreadyRunning = kafkaPid !== undefined && connectPid !== undefined;

  if (kafkaPid === undefined) {
    // A process of ours that is alive but not listening is half-started: stop it and begin again.
    await kafka.stop(10_000);
    await ensurePortsFree(s, [
      ['Kafka broker', s.kafkaPort],
      ['KRaft controller', s.controllerPort],
    ]);
  }
  if (connectPid === undefined) {
    await connect.stop(10_000);
    await ensurePortsFree(s, [['Kafka Connect REST', s.connectPort]]);
  }

  const jars = await resolveJars(s);
  if (kafkaPid === undefined) {
    const config = await prepareKafka(s, jars);
    say(`starting the Kafka broker on ${bootstrapServers(s)}`);
    kafkaPid = await startKafka(s, jars, config);
    await waitForKafka(s, kafka, kafkaPid);
    say(`Kafka broker running (pid ${kafkaPid})`);
  }
  if (connectPid === undefined) {
    say(`starting the Kafka Connect worker on ${connectUrl(s)}`);
    connectPid = await startConnect(s, jars);
    await waitForConnect(s, connect, connectPid);
    say(`Kafka Connect running (pid ${connectPid})`);
  }
  const client = new ConnectClient(connectUrl(s), s.extra?.connectSecurity ?? null);
  const info = await client.info();
  const plugins = (await client.plugins())
    .filter((p) => REQUIRED_PLUGINS.includes(p.class))
    .map((p) => ({ class: p.class, version: p.version }));
  if (alreadyRunning) say('already running; nothing to do');
  return {
    alreadyRunning,
    kafka: { pid: kafkaPid, bootstrapServers: bootstrapServers(s) },
    connect: { pid: connectPid, url: connectUrl(s), version: info.version, plugins },
    databases,
    logs: runPaths(s).logs,
    seconds: Math.round((Date.now() - started) / 100) / 10,
  };
}

/** Stops only the processes this project started (PID file + command-line marker). */
export async function down(s: InfraSettings): Promise<{ stopped: string[] }> {
  const stopped: string[] = [];
  if (await connectProcess(s).stop()) stopped.push('connect');
  if (await kafkaProcess(s).stop()) stopped.push('kafka');
  return { stopped };
}

export async function status(s: InfraSettings): Promise<Record<string, unknown>> {
  const kafkaPid = await kafkaProcess(s).pid();
  const connectPid = await connectProcess(s).pid();
  return {
    kafka: {
      pid: kafkaPid ?? null,
      listening: await isListening(s.host, s.kafkaPort),
      bootstrapServers: bootstrapServers(s),
    },
    connect: {
      pid: connectPid ?? null,
      listening: await isListening(s.host, s.connectPort),
      url: connectUrl(s),
    },
    logs: runPaths(s).logs,
  };
}
