/**
 * The paced application of bench:move, in a process of its own (so the bench's polling never
 * slows it): single-statement writes on the moved tables at a fixed rate to the side that owns
 * them now (`{ side }` messages from the bench). A write the side refuses (its write block) is
 * counted and retried — the application queues during the window, nothing is lost. Every second
 * it reports its counts to the parent.
 */
import { type ConnectionSpec, parseConnectionUrl } from '@seam/core';
import { mysqlOptions, pgOptions } from '@seam/core/sql';
import mysql from 'mysql2/promise';
import pg from 'pg';

export type WriterSide = 'monolith' | 'service';

export interface WriterStart {
  rate: number;
  urls: Record<WriterSide, string>;
  /** Keys the updates pick from: idBase + 1..lines of purchase_order_lines, idBase + 1..orders of purchase_orders. */
  idBase: number;
  lines: number;
  orders: number;
  country: string;
}

export type WriterMessage =
  | { type: 'start'; start: WriterStart }
  | { type: 'side'; side: WriterSide }
  | { type: 'stop' };

export interface WriterStats {
  type: 'stats';
  done: number;
  refused: number;
  failed: number;
  /** Writes due but not yet done (queued behind the rate, or refused and waiting). */
  queued: number;
  lastError?: string;
  /** First refusal and first write accepted after it (ms since epoch), per side change. */
  refusedSince?: number;
  acceptedAfterRefusal?: number;
  elapsedMs: number;
}

type Exec = (sql: string, params: unknown[]) => Promise<void>;

function executor(spec: ConnectionSpec): { exec: Exec; close: () => Promise<void> } {
  if (spec.dialect === 'postgres') {
    const pool = new pg.Pool({ ...pgOptions(spec), max: 8 });
    pool.on('error', () => {});
    return {
      exec: async (sql, params) => {
        let i = 0;
        await pool.query(
          sql.replace(/\?/g, () => `$${++i}`),
          params,
        );
      },
      close: () => pool.end(),
    };
  }
  const pool = mysql.createPool({ ...mysqlOptions(spec), connectionLimit: 8 });
  return {
    exec: async (sql, params) => {
      await pool.query(sql, params);
    },
    close: () => pool.end(),
  };
}

const REFUSED = /owns this table/;
const MAX_IN_FLIGHT = 16;
const RETRY_MS = 50;

function run(start: WriterStart): void {
  const sides = {
    monolith: executor(parseConnectionUrl(start.urls.monolith)),
    service: executor(parseConnectionUrl(start.urls.service)),
  };
  let side: WriterSide = 'monolith';
  const t0 = Date.now();
  let issued = 0;
  let inFlight = 0;
  let stopping = false;
  /** Refused or failed writes, retried after RETRY_MS (the application's queue). */
  const retry: Array<{ op: [string, unknown[]]; at: number }> = [];
  const stats: WriterStats = { type: 'stats', done: 0, refused: 0, failed: 0, queued: 0, elapsedMs: 0 };

  const next = (n: number): [string, unknown[]] => {
    const r = n % 10;
    if (r < 8)
      return [
        'update purchase_order_lines set quantity = quantity + 1 where id = ?',
        [start.idBase + 1 + ((n * 7919) % start.lines)],
      ];
    if (r === 8)
      return [
        'update purchase_orders set status = ? where id = ?',
        [n % 20 === 8 ? 'sent' : 'draft', start.idBase + 1 + ((n * 104_729) % start.orders)],
      ];
    return [
      'insert into suppliers (name, country_code, email) values (?, ?, ?)',
      [`bench supplier ${n}`, start.country, `w${n}@bench.example`],
    ];
  };

  const write = async (op: [string, unknown[]]) => {
    inFlight++;
    try {
      await sides[side].exec(op[0], op[1]);
      stats.done++;
      if (stats.refusedSince !== undefined && stats.acceptedAfterRefusal === undefined)
        stats.acceptedAfterRefusal = Date.now();
    } catch (error) {
      const message = (error as Error).message;
      if (REFUSED.test(message)) {
        stats.refused++;
        stats.refusedSince ??= Date.now();
      } else {
        stats.failed++;
        stats.lastError = message.slice(0, 200);
      }
      retry.push({ op, at: Date.now() + RETRY_MS });
    } finally {
      inFlight--;
    }
  };

  const tick = setInterval(() => {
    if (stopping) return;
    const due = Math.floor(((Date.now() - t0) / 1000) * start.rate);
    const now = Date.now();
    while (inFlight < MAX_IN_FLIGHT && ((retry[0] && retry[0].at <= now) || issued < due)) {
      const again = retry[0] && retry[0].at <= now ? retry.shift() : undefined;
      void write(again ? again.op : next(issued++));
    }
    stats.queued = due - issued + retry.length;
  }, 5);
  const report = setInterval(() => {
    stats.elapsedMs = Date.now() - t0;
    process.send?.(stats);
  }, 1000);

  process.on('message', async (m: WriterMessage) => {
    if (m.type === 'side') {
      side = m.side;
      delete stats.refusedSince;
      delete stats.acceptedAfterRefusal;
    } else if (m.type === 'stop') {
      stopping = true;
      clearInterval(tick);
      while (inFlight > 0) await new Promise((r) => setTimeout(r, 10));
      clearInterval(report);
      stats.elapsedMs = Date.now() - t0;
      stats.queued = retry.length;
      process.send?.(stats);
      await Promise.all([sides.monolith.close(), sides.service.close()]);
      process.disconnect?.();
    }
  });
}

process.once('disconnect', () => process.exit(0));
process.once('message', (m: WriterMessage) => {
  if (m.type === 'start') run(m.start);
});
