import { setTimeout as sleep } from 'node:timers/promises';
import type mysql from 'mysql2/promise';
import type pg from 'pg';
import type { Ledger, LedgerRow, Writer } from './writer.js';

/** Where the application writes the moved tables: the monolith, or the service after a switch. */
export type Side = 'monolith' | 'service';

/** One open transaction on one database; SQL with `?` placeholders and "double-quoted" names. */
interface Tx {
  query(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
}

/** Runs `work` in one transaction on one database, committed, or rolled back when it throws. */
type Transact = <T>(work: (tx: Tx) => Promise<T>) => Promise<T>;

/** A borrowed connection: its statements in the writer's SQL, a raw statement, and its return. */
interface Borrowed {
  tx: Tx;
  raw(sql: string): Promise<unknown>;
  release(): void;
}

/** One transaction on a connection from `borrow`, committed, or rolled back when `work` throws. */
function transactions(borrow: () => Promise<Borrowed>): Transact {
  return async (work) => {
    const c = await borrow();
    try {
      await c.raw('begin');
      const result = await work(c.tx);
      await c.raw('commit');
      return result;
    } catch (error) {
      await c.raw('rollback').catch(() => {});
      throw error;
    } finally {
      c.release();
    }
  };
}

const onMariadb = (pool: mysql.Pool) =>
  transactions(async () => {
    const c = await pool.getConnection();
    return {
      tx: {
        query: async (sql, params = []) =>
          (await c.query(sql.replaceAll('"', '`'), params))[0] as Record<string, unknown>[],
      },
      raw: (sql) => c.query(sql),
      release: () => c.release(),
    };
  });

const onPostgres = (pool: pg.Pool) =>
  transactions(async () => {
    const c = await pool.connect();
    return {
      tx: {
        query: async (sql, params = []) => {
          let i = 0;
          return (
            await c.query(
              sql.replace(/\?/g, () => `$${++i}`),
              params,
            )
          ).rows as Record<string, unknown>[];
        },
      },
      raw: (sql) => c.query(sql),
      release: () => c.release(),
    };
  });

/** What the application wrote where: the ledger, and how the journey went for it. */
export interface ChinookLedger extends Ledger {
  /** Transactions committed with the moved tables on each side. */
  committedOn: Record<Side, number>;
  /** Attempts refused by a write block (the monolith's at a switch, the service's at a reverse), retried. */
  refused: number;
}

export interface ChinookWriter extends Writer {
  /** The application's deploy: from its next transaction on, the moved tables are written on `side`. */
  route(side: Side): void;
  /** Transactions committed with the moved tables on `side`. */
  committedOn(side: Side): number;
  /** Attempts refused by a write block so far (each tried again). */
  refusals(): number;
  /** Resolves once `count` transactions have committed with the moved tables on `side`. */
  waitOn(side: Side, count: number): Promise<void>;
  stop(): Promise<ChinookLedger>;
}

const id = (row: LedgerRow) => `${row.table} ${JSON.stringify(row.values)}`;
const MONEY = ['0.99', '1.99'];
/** Whole seconds, as the monolith's DATETIME holds them. */
const now = () => new Date().toISOString().slice(0, 19).replace('T', ' ');

/**
 * Chinook's application: the store sells (a new invoice with its lines — now and then for a new
 * customer whose company, state and fax are unknown —, on the moved tables), the catalogue grows (a
 * new track, put on a playlist, an earlier playlist entry taken off: the unmoved tables, composite
 * key included, always on the monolith) and the till corrects (an earlier invoice line deleted, its
 * invoice's total updated, a customer's fax set or cleared, on the moved tables). Keys are the
 * application's own (Chinook has no AUTO_INCREMENT): the next one past the largest.
 *
 * The writer keeps writing across the whole journey. A transaction refused by a write block (the
 * monolith's during a switch, the service's during a reverse) is rolled back and tried again, as an
 * application waiting for its deploy would; `route` is that deploy. Every committed row goes into
 * the ledger; any other failure is recorded, never retried.
 */
export function startChinookWriter(monolith: mysql.Pool, service: pg.Pool, pauseMs = 40): ChinookWriter {
  const ledger: ChinookLedger = {
    transactions: 0,
    failures: [],
    rows: [],
    deleted: [],
    committedOn: { monolith: 0, service: 0 },
    refused: 0,
  };
  const sides: Record<Side, Transact> = { monolith: onMariadb(monolith), service: onPostgres(service) };
  let owner: Side = 'monolith';
  const tracks: number[] = [];
  let stopping = false;
  let n = 0;

  const next = async (tx: Tx, table: string, key: string) =>
    Number((await tx.query(`select coalesce(max("${key}"), 0) + 1 as k from "${table}"`))[0]!.k);

  async function sale(tx: Tx, rows: LedgerRow[]) {
    let customer = 1 + ((n * 7) % 59);
    if (n % 4 === 1) {
      customer = await next(tx, 'Customer', 'CustomerId');
      await tx.query(
        `insert into "Customer" ("CustomerId", "FirstName", "LastName", "Company", "Address", "City",
           "State", "Country", "PostalCode", "Phone", "Fax", "Email", "SupportRepId")
         values (?, ?, ?, null, null, 'Zürich', null, 'Switzerland', null, null, null, ?, ?)`,
        [customer, `Zoë ${n}`, 'Müller-Łukasz', `ledger${n}@example.org`, 3 + (n % 3)],
      );
      rows.push({ table: 'Customer', key: ['CustomerId'], values: [customer] });
    }
    const invoice = await next(tx, 'Invoice', 'InvoiceId');
    const bought = [1 + ((n * 31) % 3503), ...tracks.slice(-1)];
    const total = bought.reduce((sum, _, i) => sum + Number(MONEY[i % 2]), 0).toFixed(2);
    await tx.query(
      `insert into "Invoice" ("InvoiceId", "CustomerId", "InvoiceDate", "BillingAddress", "BillingCity",
         "BillingState", "BillingCountry", "BillingPostalCode", "Total")
       values (?, ?, ?, null, 'Zürich', null, 'Switzerland', null, ?)`,
      [invoice, customer, now(), total],
    );
    rows.push({ table: 'Invoice', key: ['InvoiceId'], values: [invoice] });
    let line = await next(tx, 'InvoiceLine', 'InvoiceLineId');
    for (const [i, track] of bought.entries()) {
      await tx.query(
        `insert into "InvoiceLine" ("InvoiceLineId", "InvoiceId", "TrackId", "UnitPrice", "Quantity")
         values (?, ?, ?, ?, 1)`,
        [line, invoice, track, MONEY[i % 2]],
      );
      rows.push({ table: 'InvoiceLine', key: ['InvoiceLineId'], values: [line] });
      line += 1;
    }
  }

  async function correction(tx: Tx, gone: LedgerRow[]) {
    const earlier = ledger.rows.find((r) => r.table === 'InvoiceLine');
    if (earlier) {
      const [row] = await tx.query(
        'select "InvoiceId" as invoice from "InvoiceLine" where "InvoiceLineId" = ?',
        [earlier.values[0]],
      );
      await tx.query('delete from "InvoiceLine" where "InvoiceLineId" = ?', earlier.values);
      await tx.query(
        `update "Invoice" set "Total" = (select coalesce(sum("UnitPrice" * "Quantity"), 0)
           from "InvoiceLine" where "InvoiceId" = ?) where "InvoiceId" = ?`,
        [row!.invoice, row!.invoice],
      );
      gone.push(earlier);
    }
    await tx.query(
      `update "Customer" set "Fax" = case when "Fax" is null then '+41 44 000 00 00' end where "CustomerId" = ?`,
      [1 + (n % 59)],
    );
  }

  async function catalogue(tx: Tx, rows: LedgerRow[], gone: LedgerRow[]) {
    const track = await next(tx, 'Track', 'TrackId');
    await tx.query(
      `insert into "Track" ("TrackId", "Name", "AlbumId", "MediaTypeId", "GenreId", "Composer",
         "Milliseconds", "Bytes", "UnitPrice")
       values (?, ?, ?, 1, ?, null, ?, null, 0.99)`,
      [track, `Ledger Track ${n} — Ünïcode`, 1 + (n % 347), n % 2 ? null : 1 + (n % 25), 180_000 + n],
    );
    const playlist = 1 + (n % 18);
    await tx.query('insert into "PlaylistTrack" ("PlaylistId", "TrackId") values (?, ?)', [playlist, track]);
    const earlier = ledger.rows.find((r) => r.table === 'PlaylistTrack');
    if (earlier && n % 4 === 0) {
      await tx.query('delete from "PlaylistTrack" where "PlaylistId" = ? and "TrackId" = ?', earlier.values);
      gone.push(earlier);
    }
    rows.push(
      { table: 'Track', key: ['TrackId'], values: [track] },
      { table: 'PlaylistTrack', key: ['PlaylistId', 'TrackId'], values: [playlist, track] },
    );
    return track;
  }

  const loop = (async () => {
    while (!stopping) {
      n += 1;
      for (;;) {
        const rows: LedgerRow[] = [];
        const gone: LedgerRow[] = [];
        const side = owner;
        const kind = n % 3 !== 0 ? 'sale' : n % 2 === 0 ? 'catalogue' : 'correction';
        try {
          if (kind === 'catalogue') tracks.push(await sides.monolith((tx) => catalogue(tx, rows, gone)));
          else await sides[side]((tx) => (kind === 'sale' ? sale(tx, rows) : correction(tx, gone)));
          ledger.transactions += 1;
          if (kind !== 'catalogue') ledger.committedOn[side] += 1;
          // Deleted first, then written (a row taken back and added again in one transaction is there).
          const added = new Set(rows.map(id));
          const removed = new Set(gone.map(id));
          ledger.rows = [...ledger.rows.filter((r) => !removed.has(id(r))), ...rows];
          ledger.deleted = [...ledger.deleted, ...gone].filter((r) => !added.has(id(r)));
          break;
        } catch (error) {
          const message = (error as Error).message;
          if (/owns this table/.test(message)) {
            ledger.refused += 1;
            if (stopping) break; // never committed: nothing to record
            await sleep(pauseMs);
            continue;
          }
          ledger.failures.push(`transaction ${n} (${kind} on ${side}): ${message}`);
          break;
        }
      }
      await sleep(pauseMs);
    }
  })();

  return {
    committed: () => ledger.transactions,
    committedOn: (side) => ledger.committedOn[side],
    refusals: () => ledger.refused,
    route(side) {
      owner = side;
    },
    async waitOn(side, count) {
      while (ledger.committedOn[side] < count && !stopping) await sleep(50);
    },
    async waitFor(count) {
      while (ledger.transactions < count && !stopping) await sleep(50);
    },
    async stop() {
      stopping = true;
      await loop;
      return ledger;
    },
  };
}
