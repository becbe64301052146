import { createServer, type Server } from 'node:http';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { toSeamError } from '@seam/core';
import {
  createLogger,
  type Logger,
  Replicator,
  type ReplicatorStatus,
  readReplicatorConfigFile,
} from '@seam/replicator';
import { AggregatorRegistry, type Registry } from 'prom-client';
import type { MoveDirection, MoveState } from '../state/state.js';
import type { MoveStateStore } from '../store/move-store.js';

/** The replicators a move runs: forward or reverse (one at a time) and the reference copies. */
export type ReplicatorRole = 'forward' | 'reverse' | 'reference';

/** Which replicator config each role needs now, from the state: what the agent makes true. */
export function wantedReplicators(state: MoveState | undefined): Map<ReplicatorRole, string> {
  const wanted = new Map<ReplicatorRole, string>();
  if (!state) return wanted;
  if (state.phase === 'cancelling' || state.phase === 'cancelled' || state.phase === 'creating')
    return wanted;
  const ending = state.phase === 'completing' || state.phase === 'completed';
  const forward = state.directions.forward?.replicatorConfig;
  const reverse = state.directions.reverse?.replicatorConfig;
  const reference = state.directions.reference?.replicatorConfig;
  if (state.direction === 'forward' && forward && !ending) wanted.set('forward', forward);
  if (state.direction === 'reverse' && reverse) wanted.set('reverse', reverse);
  if (reference && !ending) wanted.set('reference', reference);
  return wanted;
}

/** The direction a set of running roles amounts to. */
export function directionOf(roles: Iterable<ReplicatorRole>): MoveDirection {
  const set = new Set(roles);
  if (set.has('forward')) return 'forward';
  if (set.has('reverse')) return 'reverse';
  return 'none';
}

export interface MoveAgentOptions {
  store: MoveStateStore;
  /** The generated folder (replicator configs are relative to it). */
  dir: string;
  env?: NodeJS.ProcessEnv;
  /** The service database URL for the forward and reference replicators (default: their urlEnv). */
  targetUrl?: string;
  metricsPort?: number;
  metricsHost?: string;
  pollMs?: number;
  /** How often the agent writes its heartbeat when nothing changes. */
  heartbeatMs?: number;
  /** Wait after a replicator failed before starting it again. */
  restartMs?: number;
  logger?: Logger;
}

interface Running {
  file: string;
  replicator: Replicator;
  since: string;
}

/**
 * `seam move replicate`: one long-running process per service. Every `pollMs` it reads the move's
 * state and runs (in-process) the replicators the active direction needs, stops those it no longer
 * needs, and acknowledges in the state (`agent`) what it runs, so actions can wait for it.
 */
export class MoveAgent {
  readonly log: Logger;
  #running = new Map<ReplicatorRole, Running>();
  #failedAt = new Map<ReplicatorRole, number>();
  #lastError: string | undefined;
  #lastAck = 0;
  #lastAckKey = '';
  #server?: Server;
  #url?: string;
  #state: MoveState | undefined;
  #options: MoveAgentOptions;

  constructor(options: MoveAgentOptions) {
    this.#options = options;
    this.log = (options.logger ?? createLogger()).child({ agent: options.store.service });
  }

  get url(): string | undefined {
    return this.#url;
  }

  /** What runs now, by role. */
  status(): {
    service: string;
    phase: string | undefined;
    direction: MoveDirection;
    replicators: Record<string, ReplicatorStatus>;
    error?: string;
  } {
    const replicators: Record<string, ReplicatorStatus> = {};
    for (const [role, r] of this.#running) replicators[role] = r.replicator.status();
    return {
      service: this.#options.store.service,
      phase: this.#state?.phase,
      direction: directionOf(this.#running.keys()),
      replicators,
      ...(this.#lastError ? { error: this.#lastError } : {}),
    };
  }

  /** Runs until `signal` aborts; then stops every replicator and records that it stopped. */
  async run(signal: AbortSignal): Promise<void> {
    const { pollMs = 250 } = this.#options;
    if (this.#options.metricsPort !== undefined) await this.#serve();
    try {
      while (!signal.aborted) {
        try {
          await this.tick();
        } catch (error) {
          const e = toSeamError(error);
          this.#lastError = `${e.code}: ${e.message}`;
          this.log.warn({ code: e.code, err: e.message }, 'agent tick failed');
        }
        await sleep(pollMs, undefined, { signal }).catch(() => {});
      }
    } finally {
      await this.stopAll();
      await this.#ack(true).catch(() => {});
      await new Promise<void>((resolve) => (this.#server ? this.#server.close(() => resolve()) : resolve()));
    }
  }

  /** One round: read the state, start and stop replicators, acknowledge. */
  async tick(): Promise<void> {
    const { state } = await this.#options.store.read();
    this.#state = state;
    const wanted = wantedReplicators(state);
    for (const [role, r] of [...this.#running]) {
      if (wanted.get(role) !== r.file) await this.#stop(role);
    }
    for (const [role, file] of wanted) {
      if (this.#running.has(role)) continue;
      const failed = this.#failedAt.get(role);
      if (failed !== undefined && Date.now() - failed < (this.#options.restartMs ?? 5000)) continue;
      await this.#start(role, file);
    }
    await this.#ack(false);
  }

  async #start(role: ReplicatorRole, file: string): Promise<void> {
    const config = await readReplicatorConfigFile(join(this.#options.dir, file));
    const replicator = new Replicator({
      config,
      env: this.#options.env ?? process.env,
      logger: this.log,
      ...(this.#options.targetUrl && role !== 'reverse' ? { targetUrl: this.#options.targetUrl } : {}),
    });
    this.log.info({ role, file }, 'starting replicator');
    try {
      await replicator.start();
    } catch (error) {
      const e = toSeamError(error);
      this.#failedAt.set(role, Date.now());
      this.#lastError = `${role}: ${e.code}: ${e.message}`;
      this.log.error({ role, code: e.code, err: e.message }, 'replicator failed to start');
      return;
    }
    this.#failedAt.delete(role);
    this.#lastError = undefined;
    const entry: Running = { file, replicator, since: new Date().toISOString() };
    this.#running.set(role, entry);
    replicator.done.then(
      () => {
        if (this.#running.get(role) === entry) this.#running.delete(role);
      },
      (error: unknown) => {
        const e = toSeamError(error);
        this.#lastError = `${role}: ${e.code}: ${e.message}`;
        this.log.error({ role, code: e.code, err: e.message }, 'replicator stopped on an error');
        this.#failedAt.set(role, Date.now());
        if (this.#running.get(role) === entry) this.#running.delete(role);
      },
    );
  }

  async #stop(role: ReplicatorRole): Promise<void> {
    const r = this.#running.get(role);
    if (!r) return;
    this.log.info({ role }, 'stopping replicator');
    await r.replicator.stop().catch(() => {});
    await r.replicator.done.catch(() => {});
    this.#running.delete(role);
  }

  async stopAll(): Promise<void> {
    for (const role of [...this.#running.keys()]) await this.#stop(role);
  }

  /** Writes `agent` into the state when what runs changed, or as a heartbeat. */
  async #ack(stopped: boolean): Promise<void> {
    const roles = [...this.#running.keys()].sort();
    const key = `${roles.join(',')}|${this.#lastError ?? ''}|${stopped}`;
    const heartbeat = this.#options.heartbeatMs ?? 1000;
    if (!stopped && key === this.#lastAckKey && Date.now() - this.#lastAck < heartbeat) return;
    const direction = directionOf(roles);
    const since = roles.map((r) => this.#running.get(r)!.since).sort()[0];
    await this.#options.store.update((s) => {
      if (!s) return null;
      const now = new Date().toISOString();
      const previous = s.agent;
      s.agent = {
        pid: process.pid,
        host: hostname(),
        direction,
        replicators: roles,
        ...(since
          ? {
              runningSince:
                previous?.direction === direction && previous.runningSince ? previous.runningSince : since,
            }
          : {}),
        seenAt: now,
        ...(stopped ? { stoppedAt: now } : {}),
        ...(this.#lastError ? { error: this.#lastError } : {}),
        ...(this.#url ? { url: this.#url } : {}),
      };
      return s;
    });
    this.#lastAck = Date.now();
    this.#lastAckKey = key;
  }

  async #serve(): Promise<void> {
    const host = this.#options.metricsHost ?? '127.0.0.1';
    const server = createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0];
      if (path === '/status') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(this.status()));
        return;
      }
      if (path === '/healthz') {
        const s = this.status();
        const ok = Object.values(s.replicators).every((r) => r.state === 'running' || r.state === 'starting');
        res.writeHead(ok ? 200 : 503, { 'content-type': 'text/plain' });
        res.end(ok ? 'ok' : 'replicator not running');
        return;
      }
      if (path === '/metrics') {
        const registries: Registry[] = [...this.#running.values()].map((r) => r.replicator.metrics.registry);
        Promise.all(registries.map((r) => r.getMetricsAsJSON()))
          .then((all) => AggregatorRegistry.aggregate(all).metrics())
          .then((text) => {
            res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' });
            res.end(text);
          })
          .catch(() => {
            res.writeHead(500);
            res.end();
          });
        return;
      }
      res.writeHead(404);
      res.end();
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.#options.metricsPort, host, () => resolve());
    });
    this.#server = server;
    const address = server.address() as { port: number };
    this.#url = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
    this.log.info({ url: this.#url }, 'serving /status, /metrics, /healthz');
  }
}
