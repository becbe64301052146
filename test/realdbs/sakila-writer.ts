import { setTimeout as sleep } from 'node:timers/promises';
import type mysql from 'mysql2/promise';
import type { Ledger, LedgerRow, Writer } from './writer.js';

const id = (row: LedgerRow) => `${row.table} ${JSON.stringify(row.values)}`;

/**
 * Sakila's application on MariaDB, as the rental desk writes it: a new film on the shelf with a copy
 * in a store, rented and paid in one transaction (moved film — its `ins_film` trigger writing the
 * moved film_text —, unmoved inventory, rental and payment, whose triggers set their dates), and
 * casting changes (moved film_actor, a retitled film — `upd_film` rewrites film_text —, an unmoved
 * customer). Ledger rows name tables without their database (`film`). Every committed row goes into
 * the ledger; a failed transaction is recorded, never retried.
 */
export function startSakilaWriter(pool: mysql.Pool, pauseMs = 40): Writer {
  const ledger: Ledger = { transactions: 0, failures: [], rows: [], deleted: [] };
  const films: number[] = [];
  let stopping = false;
  let n = 0;

  const insert = async (c: mysql.PoolConnection, sql: string, params: unknown[]) =>
    ((await c.query(sql, params))[0] as mysql.ResultSetHeader).insertId;

  async function newFilm(c: mysql.PoolConnection, rows: LedgerRow[]) {
    const film = await insert(
      c,
      `insert into film (title, description, release_year, language_id, rating, special_features)
         values (?, ?, 2006, 1, 'PG-13', 'Trailers,Behind the Scenes')`,
      [`LEDGER FILM ${n}`, `A film written by the test's application, number ${n}`],
    );
    const inventory = await insert(c, 'insert into inventory (film_id, store_id) values (?, ?)', [
      film,
      1 + (n % 2),
    ]);
    const customer = 1 + ((n * 37) % 599);
    const rental = await insert(
      c,
      'insert into rental (rental_date, inventory_id, customer_id, staff_id) values (now(), ?, ?, 1)',
      [inventory, customer],
    );
    const payment = await insert(
      c,
      `insert into payment (customer_id, staff_id, rental_id, amount, payment_date)
         values (?, 1, ?, 4.99, now())`,
      [customer, rental],
    );
    rows.push(
      { table: 'film', key: ['film_id'], values: [film] },
      { table: 'film_text', key: ['film_id'], values: [film] },
      { table: 'inventory', key: ['inventory_id'], values: [inventory] },
      { table: 'rental', key: ['rental_id'], values: [rental] },
      { table: 'payment', key: ['payment_id'], values: [payment] },
    );
    return film;
  }

  async function casting(c: mysql.PoolConnection, film: number, rows: LedgerRow[], gone: LedgerRow[]) {
    // Every other casting change takes back an earlier one: a DELETE on a captured table.
    const earlier = ledger.rows.find((r) => r.table === 'film_actor');
    if (earlier && n % 2 === 0) {
      await c.query('delete from film_actor where actor_id = ? and film_id = ?', earlier.values);
      gone.push(earlier);
    }
    const actor = 1 + ((n * 13) % 200);
    const [added] = await c.query('insert ignore into film_actor (actor_id, film_id) values (?, ?)', [
      actor,
      film,
    ]);
    await c.query('update film set rental_rate = ?, title = ? where film_id = ?', [
      (n % 5) + 0.99,
      `LEDGER FILM ${film} RECAST ${n}`,
      film,
    ]);
    await c.query('update customer set active = 1 - active where customer_id = ?', [1 + (n % 599)]);
    if ((added as mysql.ResultSetHeader).affectedRows === 1)
      rows.push({ table: 'film_actor', key: ['actor_id', 'film_id'], values: [actor, film] });
  }

  const loop = (async () => {
    while (!stopping) {
      n += 1;
      const rows: LedgerRow[] = [];
      const gone: LedgerRow[] = [];
      const c = await pool.getConnection();
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
