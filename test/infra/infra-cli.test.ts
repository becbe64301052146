import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configurePostgres } from '@seam/infra';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PG_ADMIN_URL, uniqueName } from '../helpers/index.js';
import { runInfra } from './run-infra.js';

function listen(): Promise<{ server: Server; port: number }> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, port: (server.address() as { port: number }).port }),
    );
  });
}

describe('pnpm infra', () => {
  let scratch: string;
  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'seam-infra-'));
  });
  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  it('a second start is a no-op that reports the running broker and worker', async () => {
    const first = await runInfra(['up', '--json']);
    expect(first.code, first.stderr).toBe(0);
    const second = await runInfra(['up', '--json']);
    expect(second.code, second.stderr).toBe(0);
    const a = JSON.parse(first.stdout);
    const b = JSON.parse(second.stdout);
    expect(b.alreadyRunning).toBe(true);
    expect(b.kafka.pid).toBe(a.kafka.pid);
    expect(b.connect.pid).toBe(a.connect.pid);
    expect(b.connect.plugins.map((p: { class: string }) => p.class).sort()).toEqual([
      'io.debezium.connector.jdbc.JdbcSinkConnector',
      'io.debezium.connector.mariadb.MariaDbConnector',
      'io.debezium.connector.mysql.MySqlConnector',
      'io.debezium.connector.postgresql.PostgresConnector',
    ]);
  });

  it('names a port held by a foreign process and leaves that process alone', async () => {
    const foreign = await listen();
    const controller = await listen();
    const connect = await listen();
    // Free the two others so only the broker port is taken.
    await new Promise((r) => controller.server.close(r));
    await new Promise((r) => connect.server.close(r));
    try {
      const result = await runInfra(['up'], {
        SEAM_RUN_DIR: join(scratch, 'conflict'),
        SEAM_KAFKA_PORT: String(foreign.port),
        SEAM_CONTROLLER_PORT: String(controller.port),
        SEAM_CONNECT_PORT: String(connect.port),
        SEAM_INFRA_SKIP_DB: '1',
      });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('SEAM_INFRA_PORT_IN_USE');
      expect(result.stderr).toContain(`Port ${foreign.port} (Kafka broker)`);
      expect(result.stderr).toMatch(/node \(pid \d+\)|another process/);
      expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(foreign.server.listening).toBe(true);
    } finally {
      foreign.server.close();
    }
  });

  it('never stops a process it did not start, even with its PID in a PID file', async () => {
    const runDir = join(scratch, 'foreign-pid');
    const sleeper: ChildProcess = spawn('sleep', ['300'], { stdio: 'ignore' });
    try {
      await mkdir(join(runDir, 'pids'), { recursive: true });
      await writeFile(
        join(runDir, 'pids', 'kafka.pid'),
        JSON.stringify({ pid: sleeper.pid, marker: 'x', startedAt: new Date().toISOString() }),
      );
      const result = await runInfra(['down', '--json'], { SEAM_RUN_DIR: runDir });
      expect(result.code, result.stderr).toBe(0);
      expect(JSON.parse(result.stdout).stopped).toEqual([]);
      expect(sleeper.exitCode).toBeNull();
      expect(() => process.kill(sleeper.pid!, 0)).not.toThrow();
    } finally {
      sleeper.kill();
    }
  });

  it('says Maven Central is unreachable when it is', async () => {
    const settings = join(scratch, 'settings.xml');
    await writeFile(
      settings,
      `<settings><mirrors><mirror><id>nowhere</id><mirrorOf>*</mirrorOf><url>http://127.0.0.1:9/maven2</url></mirror></mirrors></settings>`,
    );
    const result = await runInfra(['jars'], {
      SEAM_JARS_HOME: join(scratch, 'jars'),
      SEAM_MAVEN_ARGS: `-s ${settings} -Dmaven.repo.local=${join(scratch, 'm2')}`,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('SEAM_INFRA_MAVEN_UNREACHABLE');
    expect(result.stderr).toContain('hint:');
  }, 120_000);

  it('explains when PostgreSQL settings cannot be changed by the admin user', async () => {
    const role = uniqueName('plain');
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    await admin.query(`create role ${role} login`);
    try {
      const url = PG_ADMIN_URL.replace('postgres@', `${role}@`);
      // Ask for a setting the server does not have, as a user that is not a superuser.
      await expect(
        configurePostgres(url, [
          { name: 'max_wal_senders', ok: (v) => Number(v) >= 100000, value: '100000' },
        ]),
      ).rejects.toMatchObject({
        code: 'SEAM_INFRA_DB_CONFIG',
        message: expect.stringContaining('not a superuser'),
      });
    } finally {
      await admin.query(`drop role ${role}`);
      await admin.end();
    }
  });
});
