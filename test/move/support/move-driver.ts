import type { ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ActionReport, MoveState, MoveStatusReport } from '@seam/move';
import { expect } from 'vitest';
import { runSeam, spawnSeam, stopSeam } from '../../cli/run-seam.js';
import type { AppSimulator } from './app-simulator.js';
import type { SqlSide } from './sql-side.js';

/** Polls until `read` returns what `done` accepts; fails with the last value after `ms`. */
export async function eventually<T>(
  read: () => Promise<T>,
  done: (v: T) => boolean,
  what: string,
  ms = 120_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const last = await read();
    if (done(last)) return last;
    if (Date.now() > deadline)
      throw new Error(`${what}: still ${JSON.stringify(last).slice(0, 2000)} after ${ms} ms`);
    await sleep(250);
  }
}

/** One service's move, driven through the real CLI as an operator would. */
export class MoveDriver {
  agent: ChildProcess | undefined;
  /** Seconds each step of the rehearsal took, in order. */
  readonly timings: [string, number][] = [];

  constructor(
    readonly service: string,
    private readonly env: Record<string, string>,
    private readonly out: string,
    private readonly planPath: string,
    /** The service's database, where the move keeps its state. */
    readonly side: SqlSide,
  ) {}

  args(): string[] {
    return ['--service', this.service, '--dir', this.out, '--plan', this.planPath];
  }

  seam(a: string[]) {
    return runSeam(a, this.env);
  }

  async ok(a: string[]) {
    const r = await this.seam(a);
    expect(r.code, `seam ${a.join(' ')}\n${r.stderr}\n${r.stdout}`).toBe(0);
    return r;
  }

  async action(name: string, extra: string[] = []): Promise<ActionReport> {
    return JSON.parse(
      (await this.ok(['move', name, ...this.args(), ...extra, '--json'])).stdout,
    ) as ActionReport;
  }

  /** An action the move must refuse: its error code and hint. */
  async refused(name: string, extra: string[] = []): Promise<{ code: string; hint: string }> {
    const r = await this.seam(['move', name, ...this.args(), ...extra, '--json']);
    expect(r.code, `seam move ${name} should have been refused\n${r.stdout}`).toBe(1);
    return JSON.parse(r.stdout).error as { code: string; hint: string };
  }

  async state(): Promise<MoveState | undefined> {
    const rows = await this.side
      .rows('select state from seam_move_state where service = ?', [this.service])
      .catch(() => []);
    const raw = rows[0]?.state;
    return raw ? ((typeof raw === 'string' ? JSON.parse(raw) : raw) as MoveState) : undefined;
  }

  async status(): Promise<MoveStatusReport> {
    return JSON.parse(
      (await this.ok(['move', 'status', ...this.args(), '--json'])).stdout,
    ) as MoveStatusReport;
  }

  startAgent(): void {
    this.agent = spawnSeam(['move', 'replicate', ...this.args(), '--metrics-port', '0'], this.env);
  }

  async stopAgent(): Promise<void> {
    if (this.agent) await stopSeam(this.agent);
    this.agent = undefined;
  }

  /** Times one step of the rehearsal. */
  async timed<T>(label: string, fn: () => Promise<T>): Promise<T> {
    const started = Date.now();
    try {
      return await fn();
    } finally {
      this.timings.push([label, Math.round((Date.now() - started) / 100) / 10]);
    }
  }

  /** Starts an action and kills it with SIGKILL once `step` is recorded; resolves with the state then. */
  async killDuring(name: string, step: string): Promise<MoveState> {
    const child = spawnSeam(['move', name, ...this.args()], this.env);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    const state = await eventually(
      () => this.state(),
      (s) => Boolean(s?.progress?.steps[step]) || child.exitCode !== null,
      `seam move ${name} records ${step}`,
      180_000,
    );
    expect(child.exitCode, `seam move ${name} ended before ${step} could be killed`).toBeNull();
    child.kill('SIGKILL');
    await exited;
    return (await this.state()) ?? state!;
  }
}

/** Whether a write to the workload's moved tables is refused by a block on `side`. */
export async function blocked(side: SqlSide, probe: { sql: string; params: unknown[] }): Promise<boolean> {
  try {
    await side.tx((t) => t.run(probe.sql, probe.params));
    return false;
  } catch (error) {
    if (side.isBlocked(error)) return true;
    throw error;
  }
}

export interface RehearsalSides {
  monolith: SqlSide;
  service: SqlSide;
  probe: { sql: string; params: unknown[] };
  /** The service's table whose rows the check of the monolith's readers looks for. */
  table: string;
}

/** The ledger of the service's transactions, written until now, found on both sides (they catch up). */
export async function ledgerMatches(
  sim: AppSimulator,
  service: string,
  monolithCopies = true,
): Promise<void> {
  const before = Date.now();
  await eventually(
    () => sim.check(service, { before, monolithCopies }),
    (m) => m.length === 0,
    `the ledger of ${service} on both sides`,
  );
}

/**
 * The whole move of one service while the application writes: create → verify → switch (killed
 * with SIGKILL once the monolith is blocked and drained when `kill`, then resumed) → the
 * application writes to the service, the monolith's readers see it → reverse → switch → complete;
 * `seam move verify` equal and the ledger on both sides at every step.
 */
export async function rehearse(
  d: MoveDriver,
  sim: AppSimulator,
  sides: RehearsalSides,
  { kill }: { kill: boolean },
): Promise<void> {
  const { service } = d;
  const verifyAndLedger = async (label: string, monolithCopies = true) => {
    await d.timed(`verify ${label}`, () => d.ok(['move', 'verify', ...d.args()]));
    expect((await d.state())!.verify!.equal).toBe(true);
    await d.timed(`ledger ${label}`, () => ledgerMatches(sim, service, monolithCopies));
  };

  await d.timed('create', () => d.action('create'));
  d.startAgent();
  await d.timed('copy', () =>
    eventually(
      () => d.status(),
      (s) => s.phase === 'running',
      `${service} running`,
      240_000,
    ),
  );

  // A switch needs a fresh, equal verify; a reverse needs a switch.
  expect((await d.refused('switch')).code).toBe('SEAM_MOVE_VERIFY_STALE');
  const never = await d.refused('reverse');
  expect(never.code).toBe('SEAM_MOVE_PHASE');
  expect(never.hint).toContain('nothing to reverse');
  await verifyAndLedger('running');

  if (kill) {
    // Killed once the monolith is blocked and drained: the state says switching, the monolith
    // refuses the application's writes; another action waits; running it again resumes.
    const killed = await d.timed('switch killed', () => d.killDuring('switch', 'drain-forward'));
    expect(killed.phase).toBe('switching');
    expect(killed.progress!.action).toBe('switch');
    expect(Object.keys(killed.progress!.steps)).toEqual(
      expect.arrayContaining(['prepare-reverse', 'block-monolith', 'monolith-position', 'drain-forward']),
    );
    expect(await blocked(sides.monolith, sides.probe)).toBe(true);
    expect((await d.refused('reverse')).code).toBe('SEAM_MOVE_UNFINISHED');
    const resumed = await d.timed('switch resumed', () => d.action('switch'));
    expect(resumed.result).toBe('resumed');
    expect(resumed.phase).toBe('switched');
  } else {
    const switched = await d.timed('switch', () => d.action('switch'));
    expect(switched.phase).toBe('switched');
  }
  const afterSwitch = await d.state();
  expect(afterSwitch!.phase).toBe('switched');
  expect(afterSwitch!.history.find((h) => h.step === 'unblock-service')?.detail).toMatch(
    /service may take writes; writes were blocked for \d+ ms/,
  );
  expect(afterSwitch!.direction).toBe('reverse');
  expect(afterSwitch!.data.switch!.windowMs).toEqual(expect.any(Number));
  expect(await blocked(sides.monolith, sides.probe)).toBe(true);

  // The application moves its writes to the service; the monolith's readers see them.
  const since = Date.now();
  sim.route(service, 'service');
  const written = await eventually(
    async () => sim.entries(sides.table).find((e) => e.on === 'service' && e.values && e.at > since),
    (e) => e !== undefined,
    `a write of the application on ${service}`,
  );
  const keys = Object.keys(written!.key);
  await eventually(
    () =>
      sides.monolith.rows(
        `select ${keys.join(', ')} from ${sides.table} where ${keys.map((k) => `${k} = ?`).join(' and ')}`,
        Object.values(written!.key),
      ),
    (rows) => rows.length === 1,
    `the monolith's readers see ${sides.table} ${JSON.stringify(written!.key)} written on the service`,
  );
  await verifyAndLedger('switched');

  // Roll back: the monolith is the writer again.
  const reversed = await d.timed('reverse', () => d.action('reverse'));
  expect(reversed.phase).toBe('running');
  expect(reversed.steps.at(-1)!.detail).toMatch(/monolith may take writes; writes were blocked for \d+ ms/);
  const afterReverse = await d.state();
  expect(afterReverse!.direction).toBe('forward');
  // The reverse replicator's writes into the monolith came back on the forward topics and were
  // skipped, never applied to the service again (the ledger below finds no stale echo either).
  expect(afterReverse!.data.reverse!.skippedForward).toBeGreaterThan(0);
  expect(await blocked(sides.service, sides.probe)).toBe(true);
  sim.route(service, 'monolith');
  await verifyAndLedger('reversed');

  // Forward again, and done.
  await d.timed('switch again', () => d.action('switch'));
  sim.route(service, 'service');
  await verifyAndLedger('switched again');
  const completed = await d.timed('complete', () => d.action('complete'));
  expect(completed.phase).toBe('completed');
  await d.timed('ledger completed', () => ledgerMatches(sim, service, false));
}
