import { cp, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  bootstrapServers,
  ConnectClient,
  connectProcess,
  connectUrl,
  down,
  type InfraExtras,
  type InfraSettings,
  infraSettings,
  kafkaProcess,
  up,
} from '@seam/infra';
import { Kafka, logLevel } from 'kafkajs';

/** A TCP port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * A broker and a Connect worker of a test's own (own ports, own run folder, the shared jar cache),
 * for tests that stop or kill them: the shared services are never touched.
 */
export interface IsolatedStack {
  settings: InfraSettings;
  brokers: string;
  kafka: Kafka;
  connect: ConnectClient;
  /** kill -9 of the broker; resolves once it is gone. Returns the PID it killed. */
  killBroker(): Promise<number>;
  /** SIGTERM to the broker (a controlled shutdown); resolves once it has exited. */
  stopBroker(): Promise<void>;
  /** Starts whatever is not running (the broker, after a kill or stop) and waits until it answers. */
  start(): Promise<void>;
  /** Stops both JVMs and removes the run folder (copying the JVMs' logs to `keepLogsIn` first, if given); safe after a failed start. */
  stop(keepLogsIn?: string): Promise<void>;
}

/**
 * `extra` adds to the broker and the worker (a secured stack: more listeners, SASL users, https and
 * basic auth), given the ports the stack got.
 */
export async function startIsolatedStack(
  extra?: (settings: InfraSettings) => InfraExtras,
): Promise<IsolatedStack> {
  const runDir = await mkdtemp(join(tmpdir(), 'seam-stack-'));
  const plain = infraSettings({
    ...process.env,
    SEAM_RUN_DIR: runDir,
    SEAM_KAFKA_PORT: String(await freePort()),
    SEAM_CONTROLLER_PORT: String(await freePort()),
    SEAM_CONNECT_PORT: String(await freePort()),
    SEAM_KAFKA_HEAP: '512m',
    SEAM_CONNECT_HEAP: '768m',
  });
  const settings: InfraSettings = extra ? { ...plain, extra: extra(plain) } : plain;
  const broker = kafkaProcess(settings);
  const stack: IsolatedStack = {
    settings,
    brokers: bootstrapServers(settings),
    kafka: new Kafka({
      clientId: 'seam-test-isolated',
      brokers: [bootstrapServers(settings)],
      logLevel: logLevel.NOTHING,
    }),
    connect: new ConnectClient(connectUrl(settings), settings.extra?.connectSecurity ?? null),
    async killBroker() {
      const pid = await broker.pid();
      if (pid === undefined) throw new Error('the isolated broker is not running');
      process.kill(pid, 'SIGKILL');
      while (broker.alive(pid)) await new Promise((r) => setTimeout(r, 50));
      return pid;
    },
    async stopBroker() {
      await broker.stop(60_000);
    },
    async start() {
      await up(settings, { databases: false });
    },
    async stop(keepLogsIn) {
      try {
        // The test is over: a short grace, then SIGKILL (the default waits 30 s for the worker).
        await connectProcess(settings).stop(3000);
        await broker.stop(3000);
        await down(settings);
      } finally {
        if (keepLogsIn) await cp(join(runDir, 'logs'), keepLogsIn, { recursive: true }).catch(() => {});
        await rm(runDir, { recursive: true, force: true });
      }
    },
  };
  try {
    await stack.start();
  } catch (error) {
    await stack.stop().catch(() => {});
    throw error;
  }
  return stack;
}
