// Generates the sample's PostgreSQL statement log: an application's use cases run as
// transactions by a pool of sessions, written the way PostgreSQL writes them with
// log_statement = 'all' and log_line_prefix = '%m [%p] %q%u@%d vxid=%v xid=%x '.

export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WRITE = /^\s*(insert|update|delete)\b/i;

/** Each use case returns the statements of one transaction ({ tx: true }) or one autocommit statement. */
function useCases(r) {
  const int = (max) => 1 + Math.floor(r() * max);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const word = () =>
    pick(['red', 'blue', 'shoe', 'lamp', 'desk', 'mug', 'kettle', 'jacket', 'tent', 'phone case']);
  const email = () => `user${int(90000)}@example.${pick(['com', 'org', 'net'])}`;
  const money = () => (r() * 300 + 5).toFixed(2);
  const uid = () => int(250000);
  const oid = () => int(1200000);
  const pid = () => int(40000);
  const vid = () => int(120000);
  const ts = () =>
    `'2025-03-${String(int(28)).padStart(2, '0')} ${String(int(23)).padStart(2, '0')}:${String(int(59)).padStart(2, '0')}:00+00'`;
  return [
    // catalog browsing: reads, autocommit
    [
      30,
      () => [
        `SELECT p.id, p.name, v.price, v.currency_code FROM products p JOIN product_variants v ON v.product_id = p.id WHERE p.category_id = ${int(400)} AND p.status = 'active' ORDER BY p.name LIMIT 48`,
      ],
    ],
    [
      20,
      () => [
        `SELECT p.*, b.name AS brand FROM products p LEFT JOIN brands b ON b.id = p.brand_id WHERE p.id = ${pid()}`,
        `SELECT url, alt_text FROM product_images WHERE product_id = ${pid()} ORDER BY position`,
        `SELECT a.code, av.value FROM product_attribute_values av JOIN product_attributes a ON a.id = av.attribute_id WHERE av.product_id = ${pid()}`,
      ],
    ],
    [
      12,
      () => [
        `SELECT r.id, r.rating, r.title, u.full_name, (SELECT count(*) FROM review_votes rv WHERE rv.review_id = r.id AND rv.helpful) AS helpful FROM reviews r JOIN users u ON u.id = r.user_id WHERE r.product_id = ${pid()} AND r.status = 'published' ORDER BY r.created_at DESC LIMIT 10`,
      ],
    ],
    [
      6,
      () => [
        `SELECT q.id, q.body, a.body AS answer FROM questions q LEFT JOIN answers a ON a.question_id = q.id AND a.is_official WHERE q.product_id = ${pid()}`,
      ],
    ],
    [
      8,
      () => [
        `SELECT c.id, c.name, c.slug FROM categories c WHERE c.parent_id = ${int(60)} ORDER BY c.position`,
      ],
    ],
    [
      5,
      () => [
        `SELECT pr.amount FROM prices pr JOIN price_lists pl ON pl.id = pr.price_list_id WHERE pr.variant_id = ${vid()} AND pl.currency_code = '${pick(['EUR', 'USD', 'GBP'])}' AND pl.valid_from <= now()`,
      ],
    ],
    [
      4,
      () => [
        `SELECT p.id, p.name FROM products p JOIN product_tags pt ON pt.product_id = p.id JOIN tags t ON t.id = pt.tag_id WHERE t.name = '${word()}'`,
      ],
    ],
    [
      3,
      () => [
        `SELECT p.id FROM products p JOIN product_categories pc ON pc.product_id = p.id WHERE pc.category_id = ${int(400)}`,
      ],
    ],
    // search and analytics writes, autocommit
    [
      10,
      () => [
        `SELECT id, name FROM products WHERE name ILIKE '%${word()}%' AND status = 'active' LIMIT 20`,
        `INSERT INTO search_queries (user_id, query, results_count) VALUES (${uid()}, '${word()}', ${int(40)})`,
      ],
    ],
    [
      40,
      () => [
        `INSERT INTO page_views (session_token, user_id, path, referrer) VALUES ('s${int(1e6)}', ${uid()}, '/p/${pid()}', NULL)`,
      ],
    ],
    [
      15,
      () => [
        `INSERT INTO analytics_events (user_id, name, properties) VALUES (${uid()}, '${pick(['add_to_cart', 'view_item', 'begin_checkout'])}', '{"v":${int(9)}}')`,
      ],
    ],
    [
      18,
      () => [
        `INSERT INTO request_logs (method, path, status, duration_ms, user_id) VALUES ('GET', '/api/products/${pid()}', 200, ${int(300)}, ${uid()})`,
      ],
    ],
    [
      3,
      () => [
        `SELECT a.variant FROM ab_assignments a JOIN ab_experiments e ON e.id = a.experiment_id WHERE e.experiment_key = 'checkout_v${int(3)}' AND a.user_id = ${uid()}`,
      ],
    ],
    [
      1,
      () => ({
        tx: true,
        s: [
          `INSERT INTO ab_assignments (experiment_id, user_id, variant) VALUES (${int(5)}, ${uid()}, '${pick(['a', 'b'])}') ON CONFLICT DO NOTHING`,
        ],
      }),
    ],
    // identity
    [
      25,
      () => [
        `SELECT p.code FROM users u JOIN user_roles ur ON ur.user_id = u.id JOIN role_permissions rp ON rp.role_id = ur.role_id JOIN permissions p ON p.id = rp.permission_id WHERE u.id = ${uid()}`,
      ],
    ],
    [
      20,
      () => [
        `SELECT s.user_id, u.account_id, u.locale_code FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token = 'tok${int(1e7)}' AND s.expires_at > now()`,
      ],
    ],
    [
      6,
      () => ({
        tx: true,
        s: [
          `SELECT id, password_hash, status FROM users WHERE email = '${email()}'`,
          `INSERT INTO sessions (user_id, token, ip, expires_at) VALUES (${uid()}, 'tok${int(1e7)}', '10.1.${int(250)}.${int(250)}', now() + interval '30 days')`,
          `UPDATE users SET last_login_at = now() WHERE id = ${uid()}`,
          `INSERT INTO login_attempts (email, user_id, ip, succeeded) VALUES ('${email()}', ${uid()}, '10.1.${int(250)}.${int(250)}', true)`,
        ],
      }),
    ],
    [
      2,
      () => ({
        tx: true,
        s: [
          `INSERT INTO accounts (name, slug, country_code) VALUES ('Acme ${int(1e5)}', 'acme-${int(1e6)}', '${pick(['DE', 'FR', 'US', 'GB'])}') RETURNING id`,
          `INSERT INTO users (account_id, email, password_hash, full_name, locale_code, country_code) VALUES (${int(300000)}, '${email()}', '$2b$12$x', 'New User', 'en-GB', 'GB') RETURNING id`,
          `INSERT INTO user_profiles (user_id, marketing_opt_in) VALUES (${uid()}, false)`,
          `INSERT INTO user_roles (user_id, role_id) VALUES (${uid()}, 1)`,
          `INSERT INTO notification_preferences (user_id, channel, enabled) VALUES (${uid()}, 'email', true)`,
          `INSERT INTO loyalty_accounts (user_id) VALUES (${uid()})`,
        ],
      }),
    ],
    [
      1,
      () => ({
        tx: true,
        s: [
          `SELECT id FROM users WHERE email = '${email()}'`,
          `INSERT INTO password_resets (user_id, token, expires_at) VALUES (${uid()}, 'r${int(1e8)}', now() + interval '1 hour')`,
          `INSERT INTO jobs (queue, payload) VALUES ('mailer', '{"template":"password_reset","user_id":${uid()}}')`,
        ],
      }),
    ],
    [
      2,
      () => [
        `SELECT a.line1, a.city, a.postal_code, c.name FROM addresses a JOIN countries c ON c.code = a.country_code WHERE a.user_id = ${uid()}`,
      ],
    ],
    [
      1,
      () => ({ tx: true, s: [`UPDATE api_keys SET last_used_at = now() WHERE key_hash = 'k${int(1e6)}'`] }),
    ],
    // carts
    [
      14,
      () => ({
        tx: true,
        s: [
          `SELECT id FROM carts WHERE user_id = ${uid()} ORDER BY updated_at DESC LIMIT 1`,
          `INSERT INTO cart_items (cart_id, variant_id, quantity) VALUES (${int(900000)}, ${vid()}, ${int(3)})`,
          `UPDATE carts SET updated_at = now() WHERE id = ${int(900000)}`,
        ],
      }),
    ],
    [
      8,
      () => [
        `SELECT ci.variant_id, ci.quantity, v.price, p.name FROM cart_items ci JOIN product_variants v ON v.id = ci.variant_id JOIN products p ON p.id = v.product_id WHERE ci.cart_id = ${int(900000)}`,
      ],
    ],
    // checkout: orders + inventory + promotions + outbox in one transaction
    [
      9,
      () => {
        const s = [
          `SELECT sl.warehouse_id, sl.on_hand - sl.reserved AS available FROM stock_levels sl WHERE sl.variant_id = ${vid()} FOR UPDATE`,
          `INSERT INTO orders (number, user_id, account_id, cart_id, status_code, currency_code, subtotal, tax_total, total, shipping_address_id, billing_address_id, placed_at) VALUES ('SO-${int(9e6)}', ${uid()}, ${int(300000)}, ${int(900000)}, 'pending', 'EUR', ${money()}, ${money()}, ${money()}, ${int(400000)}, ${int(400000)}, now()) RETURNING id`,
        ];
        for (let i = 0, n = int(3); i < n; i++)
          s.push(
            `INSERT INTO order_items (order_id, variant_id, quantity, unit_price, tax_amount) VALUES (${oid()}, ${vid()}, ${int(3)}, ${money()}, ${money()})`,
          );
        s.push(
          `UPDATE stock_levels SET reserved = reserved + ${int(3)}, updated_at = now() WHERE warehouse_id = ${int(12)} AND variant_id = ${vid()}`,
          `INSERT INTO stock_reservations (warehouse_id, variant_id, order_id, quantity, expires_at) VALUES (${int(12)}, ${vid()}, ${oid()}, ${int(3)}, now() + interval '2 hours')`,
          `INSERT INTO order_status_history (order_id, status_code, changed_by) VALUES (${oid()}, 'pending', ${uid()})`,
        );
        if (r() < 0.3) {
          s.push(
            `UPDATE coupons SET used_count = used_count + 1 WHERE code = 'SPRING${int(50)}'`,
            `INSERT INTO coupon_redemptions (coupon_id, order_id, user_id) VALUES (${int(500)}, ${oid()}, ${uid()})`,
          );
        }
        if (r() < 0.1)
          s.push(
            `INSERT INTO gift_card_transactions (gift_card_id, order_id, amount) VALUES (${int(20000)}, ${oid()}, -${money()})`,
            `UPDATE gift_cards SET balance = balance - ${money()} WHERE id = ${int(20000)}`,
          );
        s.push(
          `DELETE FROM cart_items WHERE cart_id = ${int(900000)}`,
          `INSERT INTO outbox_events (aggregate_type, aggregate_id, event_type, payload) VALUES ('Order', ${oid()}, 'OrderPlaced', '{"order_id":${oid()}}')`,
        );
        return { tx: true, s };
      },
    ],
    // payment capture: payments + orders + billing
    [
      8,
      () => ({
        tx: true,
        s: [
          `SELECT o.id, o.total, o.currency_code FROM orders o WHERE o.number = 'SO-${int(9e6)}' FOR UPDATE`,
          `INSERT INTO payments (order_id, payment_method_id, amount, currency_code, status, provider_ref) VALUES (${oid()}, ${int(500000)}, ${money()}, 'EUR', 'captured', 'ch_${int(1e9)}') RETURNING id`,
          `INSERT INTO payment_attempts (payment_id, status) VALUES (${int(1300000)}, 'succeeded')`,
          `UPDATE orders SET status_code = 'paid', updated_at = now() WHERE id = ${oid()}`,
          `INSERT INTO order_status_history (order_id, status_code, changed_by) VALUES (${oid()}, 'paid', NULL)`,
          `INSERT INTO invoices (order_id, account_id, number, total) VALUES (${oid()}, ${int(300000)}, 'INV-${int(9e6)}', ${money()}) RETURNING id`,
          `INSERT INTO invoice_lines (invoice_id, order_item_id, description, amount) SELECT ${int(1100000)}, oi.id, p.name, oi.unit_price * oi.quantity FROM order_items oi JOIN product_variants v ON v.id = oi.variant_id JOIN products p ON p.id = v.product_id WHERE oi.order_id = ${oid()}`,
          `INSERT INTO outbox_events (aggregate_type, aggregate_id, event_type, payload) VALUES ('Order', ${oid()}, 'OrderPaid', '{}')`,
        ],
      }),
    ],
    [
      2,
      () => [
        `INSERT INTO payment_webhook_events (provider, event_type, payment_id, payload) VALUES ('stripe', 'charge.succeeded', ${int(1300000)}, '{"id":"evt_${int(1e9)}"}')`,
      ],
    ],
    [
      2,
      () => [
        `SELECT p.id, p.status, e.event_type FROM payments p JOIN payment_webhook_events e ON e.payment_id = p.id WHERE p.provider_ref = 'ch_${int(1e9)}'`,
      ],
    ],
    // loyalty after payment
    [
      4,
      () => ({
        tx: true,
        s: [
          `UPDATE loyalty_accounts SET points = points + ${int(200)} WHERE user_id = ${uid()}`,
          `INSERT INTO loyalty_transactions (loyalty_account_id, order_id, points) VALUES (${int(250000)}, ${oid()}, ${int(200)})`,
        ],
      }),
    ],
    // fulfilment: shipping + inventory + orders
    [
      6,
      () => ({
        tx: true,
        s: [
          `INSERT INTO shipments (order_id, warehouse_id, carrier_id, shipping_method_id, tracking_number, status, shipped_at) VALUES (${oid()}, ${int(12)}, ${int(8)}, ${int(30)}, '1Z${int(1e9)}', 'shipped', now()) RETURNING id`,
          `INSERT INTO shipment_items (shipment_id, order_item_id, quantity) SELECT ${int(1000000)}, oi.id, oi.quantity FROM order_items oi WHERE oi.order_id = ${oid()}`,
          `UPDATE stock_levels SET on_hand = on_hand - ${int(3)}, reserved = reserved - ${int(3)} WHERE warehouse_id = ${int(12)} AND variant_id = ${vid()}`,
          `INSERT INTO stock_movements (warehouse_id, variant_id, quantity, reason, order_id) VALUES (${int(12)}, ${vid()}, -${int(3)}, 'shipment', ${oid()})`,
          `DELETE FROM stock_reservations WHERE order_id = ${oid()}`,
          `UPDATE orders SET status_code = 'shipped', updated_at = now() WHERE id = ${oid()}`,
          `INSERT INTO order_status_history (order_id, status_code, changed_by) VALUES (${oid()}, 'shipped', ${uid()})`,
        ],
      }),
    ],
    [
      7,
      () => [
        `INSERT INTO shipment_events (shipment_id, status, location, occurred_at) VALUES (${int(1000000)}, '${pick(['in_transit', 'out_for_delivery', 'delivered'])}', '${pick(['Berlin', 'Leipzig', 'Paris'])}', now())`,
      ],
    ],
    [
      5,
      () => [
        `SELECT s.tracking_number, s.status, c.name, c.tracking_url FROM shipments s JOIN carriers c ON c.id = s.carrier_id WHERE s.order_id = ${oid()}`,
      ],
    ],
    [
      2,
      () => [
        `SELECT sm.id, sm.name, sm.price, dz.days_min FROM shipping_methods sm JOIN delivery_zones dz ON dz.carrier_id = sm.carrier_id WHERE dz.country_code = '${pick(['DE', 'FR', 'US'])}'`,
      ],
    ],
    // order history (customer account page): orders + items + shipments
    [
      10,
      () => [
        `SELECT o.number, o.total, o.status_code, s.name AS status FROM orders o JOIN order_statuses s ON s.code = o.status_code WHERE o.user_id = ${uid()} ORDER BY o.placed_at DESC LIMIT 20`,
      ],
    ],
    [
      5,
      () => [
        `SELECT oi.quantity, oi.unit_price, p.name, pi.url FROM order_items oi JOIN product_variants v ON v.id = oi.variant_id JOIN products p ON p.id = v.product_id LEFT JOIN product_images pi ON pi.product_id = p.id AND pi.position = 0 WHERE oi.order_id = ${oid()}`,
      ],
    ],
    // returns and refunds: orders + payments
    [
      2,
      () => ({
        tx: true,
        s: [
          `INSERT INTO returns (order_id, reason) VALUES (${oid()}, 'does not fit') RETURNING id`,
          `INSERT INTO return_items (return_id, order_item_id, quantity) VALUES (${int(90000)}, ${int(4000000)}, 1)`,
          `INSERT INTO refunds (payment_id, return_id, amount) VALUES (${int(1300000)}, ${int(90000)}, ${money()})`,
          `UPDATE payments SET status = 'partially_refunded' WHERE id = ${int(1300000)}`,
          `INSERT INTO stock_movements (warehouse_id, variant_id, quantity, reason, order_id) VALUES (${int(12)}, ${vid()}, 1, 'return', ${oid()})`,
        ],
      }),
    ],
    [
      1,
      () => [
        `SELECT r.amount, rt.reason, rt.status FROM refunds r JOIN returns rt ON rt.id = r.return_id WHERE rt.order_id = ${oid()}`,
      ],
    ],
    // reviews
    [
      3,
      () => ({
        tx: true,
        s: [
          `SELECT 1 FROM orders o JOIN order_items oi ON oi.order_id = o.id JOIN product_variants v ON v.id = oi.variant_id WHERE o.user_id = ${uid()} AND v.product_id = ${pid()} LIMIT 1`,
          `INSERT INTO reviews (product_id, user_id, order_id, rating, title, body) VALUES (${pid()}, ${uid()}, ${oid()}, ${int(5)}, 'Nice', 'Works as described')`,
        ],
      }),
    ],
    [
      3,
      () => [
        `INSERT INTO review_votes (review_id, user_id, helpful) VALUES (${int(800000)}, ${uid()}, ${r() < 0.8}) ON CONFLICT (review_id, user_id) DO UPDATE SET helpful = excluded.helpful`,
      ],
    ],
    [
      1,
      () => [
        `SELECT r.id, r.rating FROM reviews r JOIN orders o ON o.id = r.order_id WHERE o.user_id = ${uid()}`,
      ],
    ],
    [
      1,
      () => ({
        tx: true,
        s: [
          `INSERT INTO questions (product_id, user_id, body) VALUES (${pid()}, ${uid()}, 'Is it waterproof?')`,
        ],
      }),
    ],
    // support: tickets join orders through the undeclared order_id
    [
      3,
      () => ({
        tx: true,
        s: [
          `INSERT INTO tickets (user_id, order_id, subject, priority) VALUES (${uid()}, ${oid()}, 'Where is my order?', 'normal') RETURNING id`,
          `INSERT INTO ticket_messages (ticket_id, author_id, body) VALUES (${int(300000)}, ${uid()}, 'Hello, my parcel has not arrived.')`,
          `INSERT INTO ticket_tags (ticket_id, tag) VALUES (${int(300000)}, 'shipping')`,
        ],
      }),
    ],
    [
      3,
      () => [
        `SELECT t.id, t.subject, o.number, o.status_code FROM tickets t JOIN orders o ON o.id = t.order_id WHERE t.assignee_id = ${uid()} AND t.status = 'open'`,
      ],
    ],
    [
      2,
      () => [
        `SELECT m.body, m.created_at, u.full_name FROM ticket_messages m JOIN users u ON u.id = m.author_id WHERE m.ticket_id = ${int(300000)} ORDER BY m.created_at`,
      ],
    ],
    [
      1,
      () => ({
        tx: true,
        s: [
          `INSERT INTO ticket_messages (ticket_id, author_id, body, internal) VALUES (${int(300000)}, ${uid()}, 'Refund issued.', true)`,
          `UPDATE tickets SET status = 'closed', closed_at = now() WHERE id = ${int(300000)}`,
        ],
      }),
    ],
    [
      1,
      () => [
        `SELECT t.id FROM tickets t JOIN sla_policies p ON p.priority = t.priority WHERE t.status = 'open' AND t.created_at < now() - make_interval(hours => p.first_response_hours)`,
      ],
    ],
    // notifications
    [
      7,
      () => ({
        tx: true,
        s: [
          `SELECT id, subject, body FROM notification_templates WHERE code = '${pick(['order_shipped', 'order_paid', 'welcome'])}'`,
          `INSERT INTO notifications (user_id, template_id, channel) VALUES (${uid()}, ${int(40)}, 'email') RETURNING id`,
          `INSERT INTO email_deliveries (notification_id, status) VALUES (${int(9000000)}, 'queued')`,
        ],
      }),
    ],
    [
      4,
      () => ({
        tx: true,
        s: [
          `UPDATE email_deliveries SET status = 'delivered', delivered_at = now(), provider_message_id = 'm${int(1e9)}' WHERE id = ${int(9000000)}`,
          `UPDATE notifications SET status = 'sent', sent_at = now() WHERE id = ${int(9000000)}`,
        ],
      }),
    ],
    [
      2,
      () => [
        `SELECT np.enabled, pd.token FROM notification_preferences np LEFT JOIN push_devices pd ON pd.user_id = np.user_id WHERE np.user_id = ${uid()} AND np.channel = 'push'`,
      ],
    ],
    // CMS
    [
      6,
      () => [
        `SELECT title, body FROM pages WHERE slug = '${pick(['about', 'shipping', 'returns', 'privacy'])}' AND published_at IS NOT NULL`,
      ],
    ],
    [
      3,
      () => [
        `SELECT c.body, u.full_name FROM comments c JOIN users u ON u.id = c.user_id WHERE c.commentable_type = 'BlogPost' AND c.commentable_id = ${int(3000)} ORDER BY c.created_at`,
      ],
    ],
    [
      2,
      () => [
        `SELECT c.body FROM comments c JOIN products p ON p.id = c.commentable_id WHERE c.commentable_type = 'Product' AND p.id = ${pid()}`,
      ],
    ],
    [
      2,
      () => [
        `SELECT b.title, m.url, b.link FROM banners b JOIN media_assets m ON m.id = b.image_asset_id WHERE b.starts_at <= now() AND (b.ends_at IS NULL OR b.ends_at > now())`,
      ],
    ],
    [
      1,
      () => ({
        tx: true,
        s: [
          `INSERT INTO page_revisions (page_id, body, created_by) SELECT id, body, ${uid()} FROM pages WHERE id = ${int(200)}`,
          `UPDATE pages SET body = 'Updated text', updated_at = now() WHERE id = ${int(200)}`,
          `INSERT INTO audit_log (actor_id, action, entity_type, entity_id) VALUES (${uid()}, 'update', 'Page', ${int(200)})`,
        ],
      }),
    ],
    [
      1,
      () => [
        `SELECT bp.slug, bp.title, u.full_name FROM blog_posts bp JOIN users u ON u.id = bp.author_id WHERE bp.published_at IS NOT NULL ORDER BY bp.published_at DESC LIMIT 10`,
      ],
    ],
    [
      1,
      () => [
        `INSERT INTO comments (commentable_type, commentable_id, user_id, body) VALUES ('${pick(['BlogPost', 'Product', 'Page'])}', ${int(3000)}, ${uid()}, 'Great!')`,
      ],
    ],
    // back office: catalog edits with audit
    [
      2,
      () => ({
        tx: true,
        s: [
          `UPDATE products SET name = 'Renamed ${int(1000)}', updated_by = ${uid()}, updated_at = now() WHERE id = ${pid()}`,
          `UPDATE product_variants SET price = ${money()} WHERE product_id = ${pid()}`,
          `INSERT INTO audit_log (actor_id, action, entity_type, entity_id, changes) VALUES (${uid()}, 'update', 'Product', ${pid()}, '{"price":true}')`,
        ],
      }),
    ],
    [
      1,
      () => ({
        tx: true,
        s: [
          `INSERT INTO products (brand_id, category_id, sku, name, status, created_by) VALUES (${int(900)}, ${int(400)}, 'SKU-${int(1e7)}', 'New product', 'draft', ${uid()}) RETURNING id`,
          `INSERT INTO product_variants (product_id, sku, price, currency_code, unit_code) VALUES (${pid()}, 'SKU-${int(1e7)}-1', ${money()}, 'EUR', 'pc')`,
          `INSERT INTO product_categories (product_id, category_id) VALUES (${pid()}, ${int(400)})`,
          `INSERT INTO stock_levels (warehouse_id, variant_id, on_hand) VALUES (${int(12)}, ${vid()}, 0)`,
        ],
      }),
    ],
    // purchasing and receiving
    [
      1,
      () => ({
        tx: true,
        s: [
          `INSERT INTO purchase_orders (supplier_id, warehouse_id, created_by, expected_at) VALUES (${int(300)}, ${int(12)}, ${uid()}, current_date + 14) RETURNING id`,
          `INSERT INTO purchase_order_lines (purchase_order_id, variant_id, quantity, unit_cost) VALUES (${int(50000)}, ${vid()}, ${int(500)}, ${money()})`,
          `INSERT INTO purchase_order_lines (purchase_order_id, variant_id, quantity, unit_cost) VALUES (${int(50000)}, ${vid()}, ${int(500)}, ${money()})`,
        ],
      }),
    ],
    [
      1,
      () => ({
        tx: true,
        s: [
          `UPDATE purchase_orders SET status = 'received' WHERE id = ${int(50000)}`,
          `UPDATE stock_levels SET on_hand = on_hand + ${int(500)} WHERE warehouse_id = ${int(12)} AND variant_id = ${vid()}`,
          `INSERT INTO stock_movements (warehouse_id, variant_id, quantity, reason, purchase_order_id) VALUES (${int(12)}, ${vid()}, ${int(500)}, 'receipt', ${int(50000)})`,
        ],
      }),
    ],
    [
      1,
      () => [
        `SELECT sm.quantity, sm.reason, o.number FROM stock_movements sm JOIN orders o ON o.id = sm.order_id WHERE sm.variant_id = ${vid()} ORDER BY sm.created_at DESC LIMIT 50`,
      ],
    ],
    [
      1,
      () => [
        `SELECT w.code, sl.on_hand, sl.reserved FROM stock_levels sl JOIN warehouses w ON w.id = sl.warehouse_id WHERE sl.variant_id = ${vid()}`,
      ],
    ],
    // subscriptions (B2B accounts)
    [
      1,
      () => [
        `SELECT s.status, p.code, p.monthly_price FROM subscriptions s JOIN plans p ON p.id = s.plan_id WHERE s.account_id = ${int(300000)}`,
      ],
    ],
    [
      1,
      () => ({
        tx: true,
        s: [
          `UPDATE subscriptions SET status = 'cancelled', cancelled_at = now() WHERE id = ${int(40000)}`,
          `INSERT INTO outbox_events (aggregate_type, aggregate_id, event_type, payload) VALUES ('Subscription', ${int(40000)}, 'SubscriptionCancelled', '{}')`,
        ],
      }),
    ],
    [
      1,
      () => [
        `SELECT rate FROM tax_rates WHERE country_code = '${pick(['DE', 'FR', 'AT'])}' AND valid_from <= current_date ORDER BY valid_from DESC LIMIT 1`,
      ],
    ],
    // platform: job queue, outbox relay, settings
    [
      8,
      () => ({
        tx: true,
        s: [
          `SELECT id, queue, payload FROM jobs WHERE queue = '${pick(['mailer', 'exports', 'search_index'])}' AND run_at <= now() AND locked_at IS NULL ORDER BY run_at LIMIT 10 FOR UPDATE SKIP LOCKED`,
          `UPDATE jobs SET locked_at = now(), locked_by = 'worker-${int(6)}', attempts = attempts + 1 WHERE id = ${int(5e6)}`,
        ],
      }),
    ],
    [6, () => [`DELETE FROM jobs WHERE id = ${int(5e6)}`]],
    [
      6,
      () => ({
        tx: true,
        s: [
          `SELECT id, aggregate_type, aggregate_id, event_type, payload FROM outbox_events WHERE published_at IS NULL ORDER BY id LIMIT 100 FOR UPDATE SKIP LOCKED`,
          `UPDATE outbox_events SET published_at = now() WHERE id = ANY('{${int(9e6)},${int(9e6)}}'::bigint[])`,
        ],
      }),
    ],
    [
      3,
      () => [
        `SELECT value FROM app_settings WHERE key = '${pick(['checkout.enabled', 'search.boost', 'maintenance'])}'`,
      ],
    ],
    // reporting (multi-line statements in the log)
    [
      1,
      () => [
        `INSERT INTO daily_sales (day, product_id, units, revenue)\nSELECT o.placed_at::date, v.product_id, sum(oi.quantity), sum(oi.quantity * oi.unit_price)\nFROM orders o\nJOIN order_items oi ON oi.order_id = o.id\nJOIN product_variants v ON v.id = oi.variant_id\nWHERE o.placed_at >= ${ts()} AND o.placed_at < ${ts()}\nGROUP BY 1, 2\nON CONFLICT (day, product_id) DO UPDATE SET units = excluded.units, revenue = excluded.revenue`,
      ],
    ],
    [
      1,
      () => [
        `WITH top AS (\n  SELECT ds.product_id, sum(ds.revenue) AS revenue\n  FROM daily_sales ds\n  WHERE ds.day >= current_date - 30\n  GROUP BY ds.product_id\n  ORDER BY 2 DESC\n  LIMIT 20\n)\nSELECT p.name, b.name AS brand, top.revenue\nFROM top\nJOIN products p ON p.id = top.product_id\nLEFT JOIN brands b ON b.id = p.brand_id\nORDER BY top.revenue DESC`,
      ],
    ],
    [
      1,
      () => [
        `SELECT date_trunc('day', pv.viewed_at) AS day, count(*) FROM page_views pv JOIN users u ON u.id = pv.user_id WHERE u.country_code = '${pick(['DE', 'FR'])}' GROUP BY 1`,
      ],
    ],
    [
      1,
      () => [
        `SELECT e.name, count(*) FROM analytics_events e JOIN users u ON u.id = e.user_id WHERE e.occurred_at > now() - interval '1 day' GROUP BY e.name`,
      ],
    ],
    [
      1,
      () => [
        `SELECT a.action, a.entity_type, u.email FROM audit_log a JOIN users u ON u.id = a.actor_id WHERE a.created_at > now() - interval '1 hour'`,
      ],
    ],
    [
      1,
      () => [
        `SELECT la.user_id FROM login_attempts la JOIN users u ON u.id = la.user_id WHERE la.succeeded = false AND la.attempted_at > now() - interval '10 minutes' GROUP BY la.user_id HAVING count(*) > 5`,
      ],
    ],
    [1, () => [`DELETE FROM sessions WHERE expires_at < now()`]],
    [
      1,
      () => [
        `SELECT i.number, il.description, il.amount FROM invoices i JOIN invoice_lines il ON il.invoice_id = i.id JOIN order_items oi ON oi.id = il.order_item_id WHERE i.account_id = ${int(300000)}`,
      ],
    ],
    [
      1,
      () => [
        `SELECT gc.balance, gct.amount, o.number FROM gift_cards gc JOIN gift_card_transactions gct ON gct.gift_card_id = gc.id JOIN orders o ON o.id = gct.order_id WHERE gc.code = 'GC${int(1e6)}'`,
      ],
    ],
    [
      1,
      () => [
        `SELECT count(*) FROM search_queries sq JOIN users u ON u.id = sq.user_id WHERE sq.searched_at > now() - interval '1 day' AND u.locale_code = 'de-DE'`,
      ],
    ],
  ];
}

/** A few statements a real log also holds: broken ones (an application bug) and utility commands. */
const ODDITIES = [
  'SELEC id FROM products WHERE id = 1',
  "SELECT id FROM orders WHERE number = 'SO-1' AND",
  "SET application_name = 'shop-web'",
  'SHOW transaction_isolation',
];

export function generateLog({ seed = 7, transactions = 4000, sessions = 12 } = {}) {
  const r = rng(seed);
  const cases = useCases(r);
  const totalWeight = cases.reduce((s, [w]) => s + w, 0);
  const drawCase = () => {
    let x = r() * totalWeight;
    for (const [w, f] of cases) {
      x -= w;
      if (x < 0) return f;
    }
    return cases[0][1];
  };
  const pool = Array.from({ length: sessions }, (_, i) => ({
    pid: 41000 + i * 7,
    backend: 3 + i,
    lxid: 1000 + i * 97,
    queue: [],
  }));
  let xid = 918_000;
  let clock = Date.parse('2025-03-14T09:00:00.000Z');
  const lines = [];
  const stamp = () => {
    clock += Math.floor(r() * 40);
    return `${new Date(clock).toISOString().replace('T', ' ').replace('Z', '')} UTC`;
  };
  // Queue the statements of each session's transactions; emit them interleaved across sessions.
  for (let t = 0; t < transactions; t++) {
    const session = pool[Math.floor(r() * sessions)];
    const out = drawCase()();
    const tx = Array.isArray(out) ? { tx: false, s: out } : out;
    if (r() < 0.004) tx.s = [...tx.s, ODDITIES[Math.floor(r() * ODDITIES.length)]];
    if (tx.tx) {
      const rollback = r() < 0.03;
      session.queue.push({ stmts: ['BEGIN', ...tx.s, rollback ? 'ROLLBACK' : 'COMMIT'], block: true });
    } else {
      for (const s of tx.s) session.queue.push({ stmts: [s], block: false });
    }
  }
  // Render each session's lines (ids known in advance), then interleave the sessions line by line.
  for (const session of pool) {
    const rendered = [];
    for (const unit of session.queue) {
      session.lxid++;
      const vxid = `${session.backend}/${session.lxid}`;
      let assigned = 0;
      for (const sql of unit.stmts) {
        // The line is written before the statement runs: the xid shows from the statement after the first write.
        const head = `[${session.pid}] shop@shop vxid=${vxid} xid=${assigned} `;
        const [first, ...rest] = sql.split('\n');
        rendered.push({ head, body: [`LOG:  statement: ${first}`, ...rest.map((more) => `\t${more}`)] });
        if (sql.startsWith('SELEC ') || sql.endsWith(' AND')) {
          rendered.push({
            head,
            body: [
              `ERROR:  syntax error at or near "${sql.startsWith('SELEC ') ? 'SELEC' : 'end of input'}"`,
            ],
          });
        }
        if (WRITE.test(sql) && assigned === 0) assigned = ++xid;
      }
    }
    session.lines = rendered;
  }
  const active = pool.filter((s) => s.lines.length);
  while (active.length) {
    const i = Math.floor(r() * active.length);
    const session = active[i];
    const { head, body } = session.lines.shift();
    lines.push(`${stamp()} ${head}${body[0]}`, ...body.slice(1));
    if (!session.lines.length) active.splice(i, 1);
  }
  return `${lines.join('\n')}\n`;
}
