import { setTimeout as sleep } from 'node:timers/promises';
import type { SqlSide, Tx } from './sql-side.js';

/** Where the application sends a service's tables: the monolith until the switch, then the service. */
export type Route = 'monolith' | 'service';

/** What the application last wrote to one row: its columns' values, or `null` once it deleted it. */
export interface LedgerEntry {
  table: string;
  key: Record<string, unknown>;
  values: Record<string, unknown> | null;
  /** The worker that owns the row (only it writes the row again). */
  worker: number;
  /** Where the application wrote it last. */
  on: Route;
  /** The workload (service) whose transaction wrote it. */
  service: string;
  /** When it committed (ms). */
  at: number;
}

/** What a transaction writes, kept aside until it commits. */
export interface Pending {
  put(table: string, key: Record<string, unknown>, values: Record<string, unknown>): void;
  delete(table: string, key: Record<string, unknown>): void;
  /** A row this worker wrote earlier and that is still there (`n` chooses which), or undefined. */
  pick(table: string, n: number): LedgerEntry | undefined;
}

/** One service's part of the application. */
export interface Workload {
  service: string;
  /** The service's tables, as the application names them (unqualified). */
  moved: string[];
  /** A statement that writes a moved table without changing it: refused while the side is blocked. */
  probe: { sql: string; params: unknown[] };
  /**
   * The worker's `n`th transaction: the service's tables through `moved` (the monolith or the
   * service, as routed), everything else through `rest` (the monolith); one transaction on the
   * monolith while it owns the tables, one on each side after the switch. Resolves with the number
   * of rows written.
   */
  transaction(
    ctx: { worker: number; workers: number; n: number },
    moved: Tx,
    rest: Tx,
    ledger: Pending,
  ): Promise<number>;
}

export interface SimulatorOptions {
  monolith: SqlSide;
  /** Each service's database, by service name. */
  services: Record<string, SqlSide>;
  workloads: Workload[];
  /** The rows per second the application aims at, all workers together (default 500). */
  targetWritesPerSecond?: number;
  /** Concurrent sessions writing (default 3). */
  workers?: number;
}

export interface SimulatorStats {
  transactions: number;
  writes: number;
  /** Writes refused by a write block, each retried until it committed. */
  blocked: number;
  /** Transactions that lost a deadlock, each retried. */
  deadlocks: number;
  /** Failures other than a block: a bug, never retried. */
  failures: string[];
  /** Seconds spent writing (pauses excluded). */
  seconds: number;
  writesPerSecond: number;
}

/** A difference between the ledger and a database. */
export interface LedgerMismatch {
  side: string;
  table: string;
  key: Record<string, unknown>;
  expected: Record<string, unknown> | null;
  found: Record<string, unknown> | null;
}

const keyOf = (key: Record<string, unknown>) => JSON.stringify(Object.values(key).map(String));
const text = (v: unknown) => (typeof v === 'boolean' ? String(Number(v)) : v === null ? null : String(v));

/**
 * The application: workers running each workload's transactions in turn, paced to a target rate,
 * with a ledger of what they committed (the last values written per row, and the rows deleted).
 * `route` sends a service's tables to the service (the switch) or back (the reverse); a write the
 * block refuses is counted and retried, as a real application retries after a handover.
 */
export class AppSimulator {
  private readonly ledger = new Map<string, Map<string, LedgerEntry>>();
  private readonly routes = new Map<string, Route>();
  private readonly stats = { transactions: 0, writes: 0, blocked: 0, deadlocks: 0, failures: [] as string[] };
  private readonly busy = new Set<number>();
  private running = false;
  private paused = false;
  private activeMs = 0;
  private resumedAt = 0;
  private loops: Promise<void>[] = [];

  constructor(private readonly options: SimulatorOptions) {
    for (const w of options.workloads) this.routes.set(w.service, 'monolith');
  }

  start(): void {
    this.running = true;
    this.resumedAt = Date.now();
    const workers = this.options.workers ?? 3;
    this.loops = Array.from({ length: workers }, (_, i) => this.loop(i, workers));
  }

  /** The application's next transactions on the service's tables go to `route`. */
  route(service: string, route: Route): void {
    this.routes.set(service, route);
  }

  /** Waits until no transaction is in flight; nothing is written until resume(). */
  async pause(): Promise<void> {
    if (!this.paused) this.activeMs += Date.now() - this.resumedAt;
    this.paused = true;
    while (this.busy.size) await sleep(10);
  }

  resume(): void {
    if (this.paused) this.resumedAt = Date.now();
    this.paused = false;
  }

  /** Stops after the transactions in flight. */
  async stop(): Promise<SimulatorStats> {
    if (!this.paused) this.activeMs += Date.now() - this.resumedAt;
    this.paused = true;
    this.running = false;
    await Promise.all(this.loops);
    return this.report();
  }

  report(): SimulatorStats {
    const ms = this.activeMs + (this.paused ? 0 : Date.now() - this.resumedAt);
    return {
      ...this.stats,
      failures: [...this.stats.failures],
      seconds: Math.round(ms / 100) / 10,
      writesPerSecond: ms ? Math.round((this.stats.writes * 1000) / ms) : 0,
    };
  }

  /** The ledger's rows of a table (the last values written, or null for a row deleted). */
  entries(table: string): LedgerEntry[] {
    return [...(this.ledger.get(table)?.values() ?? [])];
  }

  /**
   * The rows a service's transactions wrote before `before` (and not written again since) compared
   * with the monolith and, for the service's tables, the service's database: what differs. The
   * application keeps writing meanwhile; a row written later is left to a later check.
   * `monolithCopies: false` after `complete`, when the monolith's copies are no longer fed.
   */
  async check(
    service: string,
    { before = Date.now(), monolithCopies = true }: { before?: number; monolithCopies?: boolean } = {},
  ): Promise<LedgerMismatch[]> {
    const workload = this.options.workloads.find((w) => w.service === service)!;
    const out: LedgerMismatch[] = [];
    for (const [table, rows] of this.ledger) {
      const entries = [...rows.values()].filter((e) => e.service === service && e.at < before);
      if (!entries.length) continue;
      const moved = workload.moved.includes(table);
      const sides = [
        ...(moved && !monolithCopies ? [] : [this.options.monolith]),
        ...(moved ? [this.options.services[service]!] : []),
      ];
      for (const side of sides) {
        const found = await compare(side, table, entries);
        // Written again while the check ran: a later check's business.
        out.push(...found.filter((m) => (rows.get(keyOf(m.key))?.at ?? 0) < before));
      }
    }
    return out;
  }

  private async loop(worker: number, workers: number): Promise<void> {
    const { workloads } = this.options;
    const rate = this.options.targetWritesPerSecond ?? 500;
    let n = 0;
    while (this.running) {
      if (this.paused) {
        await sleep(20);
        continue;
      }
      const started = Date.now();
      const workload = workloads[n % workloads.length]!;
      n += 1;
      this.busy.add(worker);
      let writes = 0;
      try {
        writes = await this.attempt(workload, worker, workers, n);
      } finally {
        this.busy.delete(worker);
      }
      const due = started + (writes * workers * 1000) / rate;
      if (due > Date.now()) await sleep(due - Date.now());
    }
  }

  /** One transaction, retried while a write block refuses it; committed writes go into the ledger. */
  private async attempt(workload: Workload, worker: number, workers: number, n: number): Promise<number> {
    for (;;) {
      const route = this.routes.get(workload.service)!;
      const moved = route === 'service' ? this.options.services[workload.service]! : this.options.monolith;
      const puts: LedgerEntry[] = [];
      const common = { worker, on: route, service: workload.service, at: 0 };
      const pending: Pending = {
        put: (table, key, values) => puts.push({ ...common, table, key, values }),
        delete: (table, key) => puts.push({ ...common, table, key, values: null }),
        pick: (table, i) => {
          const mine = [...(this.ledger.get(table)?.values() ?? [])].filter(
            (e) =>
              e.worker === worker &&
              e.values &&
              !puts.some((p) => p.table === table && keyOf(p.key) === keyOf(e.key)),
          );
          return mine.length ? mine[i % mine.length] : undefined;
        },
      };
      try {
        const writes =
          moved === this.options.monolith
            ? await moved.tx((t) => workload.transaction({ worker, workers, n }, t, t, pending))
            : await moved.tx((s) =>
                this.options.monolith.tx((m) => workload.transaction({ worker, workers, n }, s, m, pending)),
              );
        const at = Date.now();
        for (const p of puts) {
          p.at = at;
          const table = this.ledger.get(p.table) ?? new Map<string, LedgerEntry>();
          this.ledger.set(p.table, table);
          table.set(keyOf(p.key), p);
        }
        this.stats.transactions += 1;
        this.stats.writes += writes;
        return writes;
      } catch (error) {
        if (moved.isBlocked(error) || this.options.monolith.isBlocked(error)) {
          // Stopped while a side is blocked (a failed run): the transaction is abandoned, not retried.
          if (!this.running) return 0;
          this.stats.blocked += 1;
          await sleep(100);
          continue;
        }
        if (moved.isTransient(error) || this.options.monolith.isTransient(error)) {
          this.stats.deadlocks += 1;
          continue;
        }
        this.stats.failures.push(`${workload.service} #${n} on ${route}: ${(error as Error).message}`);
        return 0;
      }
    }
  }
}

/** The ledger's rows of one table against one database, 500 keys a query. */
async function compare(side: SqlSide, table: string, entries: LedgerEntry[]): Promise<LedgerMismatch[]> {
  const out: LedgerMismatch[] = [];
  const keyColumns = Object.keys(entries[0]!.key);
  const valueColumns = [...new Set(entries.flatMap((e) => Object.keys(e.values ?? {})))];
  for (let i = 0; i < entries.length; i += 500) {
    const batch = entries.slice(i, i + 500);
    const tuple = `(${keyColumns.map(() => '?').join(', ')})`;
    const rows = await side.rows(
      `select ${[...keyColumns, ...valueColumns].join(', ')} from ${table} where (${keyColumns.join(', ')}) in (${batch.map(() => tuple).join(', ')})`,
      batch.flatMap((e) => Object.values(e.key)),
    );
    const found = new Map(rows.map((r) => [keyOf(Object.fromEntries(keyColumns.map((k) => [k, r[k]]))), r]));
    for (const e of batch) {
      const row = found.get(keyOf(e.key));
      const same =
        e.values === null
          ? row === undefined
          : row !== undefined && Object.entries(e.values).every(([c, v]) => text(row[c]) === text(v));
      if (!same) {
        out.push({
          side: side.name,
          table,
          key: e.key,
          expected: e.values,
          found: row ? Object.fromEntries(valueColumns.map((c) => [c, row[c]])) : null,
        });
      }
    }
  }
  return out;
}
