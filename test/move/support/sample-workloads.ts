import type { Workload } from './app-simulator.js';
import type { SqlSide, Tx } from './sql-side.js';

/** The ids of a table of the bundled sample (its generated rows). */
async function ids(side: SqlSide, table: string): Promise<number[]> {
  return (await side.rows(`select id from ${table} order by id`)).map((r) => Number(r.id));
}

/** The ids a worker owns among `all` (no two workers update the same row). */
const owned = (all: number[], worker: number, workers: number) =>
  all.filter((_, i) => i % workers === worker);

/** The application's audit row of a transaction: an unmoved (technical) table in every transaction. */
async function audit(
  rest: Tx,
  ledger: Parameters<Workload['transaction']>[3],
  action: string,
  entity: number,
) {
  const id = await rest.insert('insert into audit_log (action, entity_type, entity_id) values (?, ?, ?)', [
    action,
    action.split('.')[0],
    entity,
  ]);
  ledger.put('audit_log', { id }, { action, entity_id: entity });
}

/**
 * The sample's purchasing desk (service `purchase-orders`: suppliers, purchase_orders,
 * purchase_order_lines): orders with two lines and the stock movement they announce (unmoved
 * stock_movements), receipts that drop a line, supplier updates with a warehouse rename (unmoved
 * warehouses) — every transaction audited (unmoved audit_log).
 */
export async function purchasingWorkload(monolith: SqlSide): Promise<Workload> {
  const [suppliers, warehouses, variants, users] = (await Promise.all(
    ['suppliers', 'warehouses', 'product_variants', 'users'].map((t) => ids(monolith, t)),
  )) as [number[], number[], number[], number[]];
  const pickOf = (all: number[], n: number) => all[n % all.length]!;
  return {
    service: 'purchase-orders',
    moved: ['suppliers', 'purchase_orders', 'purchase_order_lines'],
    probe: { sql: 'update suppliers set email = email where id = ?', params: [suppliers[0]] },
    async transaction({ worker, workers, n }, moved, rest, ledger) {
      const kind = n % 3;
      const receipt = ledger.pick('purchase_orders', n);
      if (kind === 1 && receipt) {
        const status = `received ${n}`;
        await moved.run('update purchase_orders set status = ? where id = ?', [status, receipt.key.id]);
        ledger.put('purchase_orders', receipt.key, { status });
        const line = ledger.pick('purchase_order_lines', n);
        let writes = 2;
        if (line) {
          await moved.run('delete from purchase_order_lines where id = ?', [line.key.id]);
          ledger.delete('purchase_order_lines', line.key);
          writes += 1;
        }
        await audit(rest, ledger, 'purchase_order.received', Number(receipt.key.id));
        return writes;
      }
      if (kind === 2) {
        const supplier = pickOf(owned(suppliers, worker, workers), n);
        const warehouse = pickOf(owned(warehouses, worker, workers), n);
        const email = `buyer${n}.w${worker}@supplier.example`;
        await moved.run('update suppliers set email = ? where id = ?', [email, supplier]);
        ledger.put('suppliers', { id: supplier }, { email });
        const name = `Warehouse ${warehouse} (w${worker} n${n})`;
        await rest.run('update warehouses set name = ? where id = ?', [name, warehouse]);
        ledger.put('warehouses', { id: warehouse }, { name });
        await audit(rest, ledger, 'supplier.updated', supplier);
        return 3;
      }
      const warehouse = pickOf(warehouses, n);
      const order = await moved.insert(
        'insert into purchase_orders (supplier_id, warehouse_id, status, created_by) values (?, ?, ?, ?)',
        [pickOf(suppliers, n), warehouse, 'ordered', pickOf(users, n)],
      );
      ledger.put('purchase_orders', { id: order }, { status: 'ordered', warehouse_id: warehouse });
      for (const i of [0, 1]) {
        const quantity = 1 + ((n + i) % 50);
        const line = await moved.insert(
          'insert into purchase_order_lines (purchase_order_id, variant_id, quantity, unit_cost) values (?, ?, ?, ?)',
          [order, pickOf(variants, n + i), quantity, '9.50'],
        );
        ledger.put('purchase_order_lines', { id: line }, { purchase_order_id: order, quantity });
      }
      const movement = await rest.insert(
        'insert into stock_movements (warehouse_id, variant_id, quantity, reason, purchase_order_id) values (?, ?, ?, ?, ?)',
        [warehouse, pickOf(variants, n), 1 + (n % 50), 'po-ordered', order],
      );
      ledger.put('stock_movements', { id: movement }, { purchase_order_id: order, reason: 'po-ordered' });
      await audit(rest, ledger, 'purchase_order.ordered', order);
      return 5;
    },
  };
}

/**
 * The sample's review desk (service `reviews`: reviews, review_votes, review_images): a review
 * with its first vote and an image, the product's status touched (unmoved products); moderation
 * that publishes a review and withdraws a vote — every transaction audited (unmoved audit_log).
 */
export async function reviewsWorkload(monolith: SqlSide): Promise<Workload> {
  const [products, users] = (await Promise.all(['products', 'users'].map((t) => ids(monolith, t)))) as [
    number[],
    number[],
  ];
  const pickOf = (all: number[], n: number) => all[n % all.length]!;
  return {
    service: 'reviews',
    moved: ['reviews', 'review_votes', 'review_images'],
    probe: { sql: 'update reviews set status = status where id > ?', params: [0] },
    async transaction({ worker, workers, n }, moved, rest, ledger) {
      const review = ledger.pick('reviews', n);
      if (n % 3 === 1 && review) {
        const rating = 1 + (n % 5);
        await moved.run("update reviews set status = 'published', rating = ? where id = ?", [
          rating,
          review.key.id,
        ]);
        ledger.put('reviews', review.key, { status: 'published', rating });
        const vote = ledger.pick('review_votes', n);
        let writes = 2;
        if (vote) {
          await moved.run('delete from review_votes where review_id = ? and user_id = ?', [
            vote.key.review_id,
            vote.key.user_id,
          ]);
          ledger.delete('review_votes', vote.key);
          writes += 1;
        }
        await audit(rest, ledger, 'review.published', Number(review.key.id));
        return writes;
      }
      const product = pickOf(owned(products, worker, workers), n);
      const user = pickOf(users, n);
      const title = `Review ${n} by w${worker}: ünïcode ✓`;
      const id = await moved.insert(
        'insert into reviews (product_id, user_id, rating, title, status) values (?, ?, ?, ?, ?)',
        [product, user, 5, title, 'pending'],
      );
      ledger.put('reviews', { id }, { title, rating: 5, status: 'pending' });
      await moved.run('insert into review_votes (review_id, user_id, helpful) values (?, ?, ?)', [
        id,
        user,
        true,
      ]);
      ledger.put('review_votes', { review_id: id, user_id: user }, { helpful: true });
      const image = await moved.insert('insert into review_images (review_id, url) values (?, ?)', [
        id,
        `https://img.example/r/${id}.png`,
      ]);
      ledger.put('review_images', { id: image }, { review_id: id });
      const status = `reviewed ${n % 1000}`;
      await rest.run('update products set status = ? where id = ?', [status, product]);
      ledger.put('products', { id: product }, { status });
      await audit(rest, ledger, 'review.created', id);
      return 5;
    },
  };
}
