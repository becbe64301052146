import { setTimeout as sleep } from 'node:timers/promises';
import type pg from 'pg';

/** One row the application wrote: its table and the key that finds it. */
export interface LedgerRow {
  table: string;
  key: string[];
  values: unknown[];
}

export interface Ledger {
  transactions: number;
  failures: string[];
  /** Rows written and still there. */
  rows: LedgerRow[];
  /** Rows written, then deleted by a later transaction. */
  deleted: LedgerRow[];
}

const id = (row: LedgerRow) => `${row.table} ${JSON.stringify(row.values)}`;

export interface Writer {
  /** Resolves once `n` transactions have committed. */
  waitFor(n: number): Promise<void>;
  /** Transactions committed so far. */
  committed(): number;
  /** Stops after the transaction in flight; the ledger of everything committed. */
  stop(): Promise<Ledger>;
}

/**
 * pagila's application, as the rental desk writes it: a new film on the shelf with a copy in a
 * store, rented and paid in one transaction (moved film/inventory, unmoved rental and payment —
 * the payment routed into an inheritance child by pagila's rules), and casting updates (moved
 * film_actor and film, unmoved customer). Every committed row goes into the ledger; a failed
 * transaction is recorded, never retried.
 */
export function startWriter(pool: pg.Pool, pauseMs = 40): Writer {
  const ledger: Ledger = { transactions: 0, failures: [], rows: [], deleted: [] };
  const films: number[] = [];
  let stopping = false;
  let n = 0;

  async function newFilm(c: pg.PoolClient, rows: LedgerRow[]) {
    const [{ film_id }] = (
      await c.query<{ film_id: number }>(
        `insert into film (title, description, release_year, language_id, rating, special_features)
           values ($1, $2, 2006, 1, 'PG-13', '{Trailers,"Behind the Scenes"}') returning film_id`,
        [`LEDGER FILM ${n}`, `A film written by the test's application, number ${n}`],
      )
    ).rows as [{ film_id: number }];
    const [{ inventory_id }] = (
      await c.query<{ inventory_id: number }>(
        'insert into inventory (film_id, store_id) values ($1, $2) returning inventory_id',
        [film_id, 1 + (n % 2)],
      )
    ).rows as [{ inventory_id: number }];
    const customer = 1 + ((n * 37) % 599);
    const [{ rental_id }] = (
      await c.query<{ rental_id: number }>(
        `insert into rental (rental_date, inventory_id, customer_id, staff_id)
           values (now(), $1, $2, 1) returning rental_id`,
        [inventory_id, customer],
      )
    ).rows as [{ rental_id: number }];
    await c.query(
      `insert into payment (customer_id, staff_id, rental_id, amount, payment_date)
         values ($1, 1, $2, 4.99, timestamp '2007-03-15 12:00:00')`,
      [customer, rental_id],
    );
    rows.push(
      { table: 'public.film', key: ['film_id'], values: [film_id] },
      { table: 'public.inventory', key: ['inventory_id'], values: [inventory_id] },
      { table: 'public.rental', key: ['rental_id'], values: [rental_id] },
      { table: 'public.payment_p2007_03', key: ['rental_id'], values: [rental_id] },
    );
    return film_id;
  }

  async function casting(c: pg.PoolClient, film: number, rows: LedgerRow[], gone: LedgerRow[]) {
    // Every other casting change takes back an earlier one: a DELETE on a captured table.
    const earlier = ledger.rows.find((r) => r.table === 'public.film_actor');
    if (earlier && n % 2 === 0) {
      await c.query('delete from film_actor where actor_id = $1 and film_id = $2', earlier.values);
      gone.push(earlier);
    }
    const actor = 1 + ((n * 13) % 200);
    const added = await c.query(
      `insert into film_actor (actor_id, film_id) values ($1, $2) on conflict do nothing`,
      [actor, film],
    );
    await c.query('update film set rental_rate = $2 where film_id = $1', [film, (n % 5) + 0.99]);
    await c.query('update customer set active = 1 - coalesce(active, 0) where customer_id = $1', [
      1 + (n % 599),
    ]);
    if (added.rowCount === 1)
      rows.push({ table: 'public.film_actor', key: ['actor_id', 'film_id'], values: [actor, film] });
  }

  const loop = (async () => {
    while (!stopping) {
      n += 1;
      const rows: LedgerRow[] = [];
      const gone: LedgerRow[] = [];
      const c = await pool.connect();
      try {
        await c.query('begin');
        if (films.length === 0 || n % 3 !== 0) films.push(await newFilm(c, rows));
        else await casting(c, films[n % films.length]!, rows, gone);
        await c.query('commit');
        ledger.transactions += 1;
        // Deleted first, then written (a row taken back and added again in one transaction is there).
        const added = new Set(rows.map(id));
        const removed = new Set(gone.map(id));
        ledger.rows = [...ledger.rows.filter((r) => !removed.has(id(r))), ...rows];
        ledger.deleted = [...ledger.deleted, ...gone].filter((r) => !added.has(id(r)));
      } catch (error) {
        await c.query('rollback').catch(() => {});
        ledger.failures.push(`transaction ${n}: ${(error as Error).message}`);
      } finally {
        c.release();
      }
      await sleep(pauseMs);
    }
  })();

  return {
    committed: () => ledger.transactions,
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
