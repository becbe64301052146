import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { ConnectSecurity } from '@seam/connect';

/** Where the services listen and where their files live. Every value can be overridden by env. */
export interface InfraSettings {
  host: string;
  kafkaPort: number;
  controllerPort: number;
  connectPort: number;
  /** Cache of resolved jars, shared by every checkout on the machine (outside git). */
  jarsHome: string;
  /** Data, configuration, logs and PID files of the running services. */
  runDir: string;
  kafkaHeap: string;
  connectHeap: string;
  /** Admin connections used to turn on change capture in the local databases. */
  postgresAdminUrl: string;
  mysqlAdminUrl: string;
  mavenDir: string;
  /** A test's secured stack: more listeners, SASL users, a Connect worker with https and basic auth. */
  extra?: InfraExtras;
}

/** What a test adds to a broker and worker of its own (never set from the environment). */
export interface InfraExtras {
  /** Broker properties set over the generated ones (listeners, SASL, TLS keystores). */
  kafkaProperties?: Record<string, string | number>;
  /** More arguments to `kafka-storage format` (`--add-scram …` to create SCRAM users). */
  kafkaFormatArgs?: string[];
  /** Connect worker properties set over the generated ones (https listener, REST extensions). */
  connectProperties?: Record<string, string | number>;
  /** More JVM flags for the Connect worker (`-Djava.security.auth.login.config=…`). */
  connectJvmArgs?: string[];
  /** The worker's REST scheme (https needs `connectSecurity.ca` for infra's own client). */
  connectScheme?: 'http' | 'https';
  /** How infra's own client reaches the worker (CA, basic-auth credentials). */
  connectSecurity?: ConnectSecurity;
}

const infraRoot = new URL('..', import.meta.url).pathname;

function port(value: string | undefined, fallback: number): number {
  const n = Number(value ?? fallback);
  return Number.isInteger(n) && n > 0 && n < 65536 ? n : fallback;
}

export function infraSettings(env: NodeJS.ProcessEnv = process.env): InfraSettings {
  const home = env.SEAM_HOME ?? join(env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'seam');
  return {
    host: '127.0.0.1',
    kafkaPort: port(env.SEAM_KAFKA_PORT, 9092),
    controllerPort: port(env.SEAM_CONTROLLER_PORT, 9093),
    connectPort: port(env.SEAM_CONNECT_PORT, 8083),
    jarsHome: env.SEAM_JARS_HOME ?? join(home, 'jars'),
    runDir: env.SEAM_RUN_DIR ?? join(home, 'run'),
    // Broker, Connect, both databases and the tests share 2 cores and 24 GiB: cap each JVM.
    kafkaHeap: env.SEAM_KAFKA_HEAP ?? '768m',
    connectHeap: env.SEAM_CONNECT_HEAP ?? '1g',
    postgresAdminUrl: env.SEAM_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    mysqlAdminUrl: env.SEAM_MYSQL_ADMIN_URL ?? 'mysql://root@127.0.0.1:3306/',
    mavenDir: join(infraRoot, 'maven'),
  };
}

export function bootstrapServers(s: InfraSettings = infraSettings()): string {
  return `${s.host}:${s.kafkaPort}`;
}

export function connectUrl(s: InfraSettings = infraSettings()): string {
  return `${s.extra?.connectScheme ?? 'http'}://${s.host}:${s.connectPort}`;
}

/** The poms' content hash: a changed pom resolves into a new folder, an unchanged one reuses the cache. */
export function pomHash(mavenDir: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'target') walk(path);
      else if (entry.name === 'pom.xml') hash.update(path.slice(mavenDir.length)).update(readFileSync(path));
    }
  };
  walk(mavenDir);
  return hash.digest('hex').slice(0, 16);
}

export interface RunPaths {
  config: string;
  logs: string;
  pids: string;
  kafkaData: string;
}

export function runPaths(s: InfraSettings): RunPaths {
  return {
    config: join(s.runDir, 'config'),
    logs: join(s.runDir, 'logs'),
    pids: join(s.runDir, 'pids'),
    kafkaData: join(s.runDir, 'kafka-data'),
  };
}
