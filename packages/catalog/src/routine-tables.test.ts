import { describe, expect, it } from 'vitest';
import { tablesNamedIn } from './routine-tables.js';

const known = new Set([
  'app\u0000film',
  'app\u0000rental',
  'app\u0000inventory',
  'app\u0000payment',
  'other\u0000film',
]);
const isTable = (schema: string, name: string) => known.has(`${schema}\u0000${name}`);

describe('tablesNamedIn', () => {
  it('finds the tables of a routine body: comma joins, table.column, qualified and quoted names', () => {
    // Sakila's get_customer_balance, shortened.
    const body = `BEGIN
      SELECT IFNULL(SUM(film.rental_rate),0) INTO v_rentfees
        FROM film, inventory, rental
        WHERE film.film_id = inventory.film_id AND inventory.inventory_id = rental.inventory_id;
      SELECT SUM(p.amount) INTO v_payments FROM \`other\`.\`film\` JOIN app.payment p ON 1;
    END`;
    expect(tablesNamedIn(body, 'app', isTable)).toEqual([
      'app.film',
      'app.inventory',
      'app.payment',
      'app.rental',
      'other.film',
    ]);
  });

  it('ignores names in strings, comments, and columns of an alias', () => {
    const body = `BEGIN
      -- reads film
      /* and rental */ # and inventory
      SELECT 'payment', f.film FROM dual f;
    END`;
    expect(tablesNamedIn(body, 'app', isTable)).toEqual([]);
  });

  it('lexes as PostgreSQL when told: folded names, # an operator, no backslash escapes', () => {
    const pg = {
      foldUnquoted: (n: string) => n.toLowerCase(),
      hashComments: false,
      backslashEscapes: false,
    };
    expect(tablesNamedIn(`select 1 # 2, 'a\\' from rental`, 'app', isTable, pg)).toEqual(['app.rental']);
    // The same on MySQL: a comment after #, and a string running on.
    expect(tablesNamedIn('select 1 # from rental', 'app', isTable)).toEqual([]);
  });

  it('folds unquoted names as the engine does (PostgreSQL: lower case), never quoted ones', () => {
    const fold = (n: string) => n.toLowerCase();
    expect(
      tablesNamedIn('select * from FILM join "Rental" using (x)', 'app', isTable, { foldUnquoted: fold }),
    ).toEqual(['app.film']);
  });
});
