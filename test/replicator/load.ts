import type { TestMysql, TestPg } from '../helpers/index.js';

/**
 * Writes a deterministic mix of changes to `items` in transactions of `batch` rows: inserts of new
 * ids, updates of earlier ones, deletes of some, and a primary-key change now and then.
 */
export async function writeLoad(db: TestPg, from: number, to: number, batch = 250): Promise<void> {
  for (let start = from; start < to; start += batch) {
    const end = Math.min(to, start + batch);
    const client = await db.pool.connect();
    try {
      await client.query('begin');
      await client.query(
        "insert into items (id, v, payload) select g, g % 1000, 'row ' || g || repeat('x', (g % 50)::int) from generate_series($1::bigint, $2::bigint) g",
        [start, end - 1],
      );
      await client.query('update items set v = v + 1 where id between $1 and $2 and id % 3 = 0', [
        start - batch,
        end - 1,
      ]);
      await client.query('delete from items where id between $1 and $2 and id % 17 = 0', [
        start - batch,
        end - 1,
      ]);
      await client.query('update items set id = id + 10000000 where id = $1 and id % 5 = 0', [start]);
      await client.query('commit');
    } finally {
      client.release();
    }
  }
}

/** Every row, in key order, as one comparable list. */
export async function pgRows(db: TestPg, table = 'items'): Promise<string[]> {
  const rows = await db.query<{ r: string }>(
    `select id || '|' || coalesce(v::text, '') || '|' || coalesce(payload, '') as r from ${table} order by id`,
  );
  return rows.map((x) => x.r);
}

/** The same list, read from a MariaDB copy of `items`. */
export async function mysqlRows(db: TestMysql): Promise<string[]> {
  const rows = await db.query<{ r: string }>(
    "select concat(id, '|', coalesce(v, ''), '|', coalesce(payload, '')) as r from items order by id",
  );
  return rows.map((x) => x.r);
}
