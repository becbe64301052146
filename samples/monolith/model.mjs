// The sample monolith's logical schema, one line per column, shared by both DDL files.
// Column: 'name type [flags]'. Types: id ref str:N char:N text int smallint bigint money bool ts date json uuid numeric:P:S.
// Flags: null (nullable; NOT NULL otherwise), unique, ref=table[.col] (declared FK), del=cascade|setnull|restrict,
// default=now|0|true|false|'word', noindex (planted: an FK without an index).
// Table options: pk (composite), fks (composite), indexes [name, cols, unique], nopk.

export const tables = [];
const T = (name, domain, columns, options = {}) => tables.push({ name, domain, columns, ...options });

// ---- reference data (lookup tables) ----------------------------------------------------------
T('currencies', 'reference', ['code char:3', 'name str:60', 'minor_units smallint default=2'], {
  pk: ['code'],
});
T(
  'countries',
  'reference',
  ['code char:2', 'name str:80', 'currency_code char:3 ref=currencies.code', 'eu_member bool default=false'],
  { pk: ['code'] },
);
T('locales', 'reference', ['code str:10', 'name str:60', 'rtl bool default=false'], { pk: ['code'] });
T('order_statuses', 'reference', ['code str:20', 'label str:60', 'terminal bool default=false'], {
  pk: ['code'],
});
T('units_of_measure', 'reference', ['code str:10', 'name str:40'], { pk: ['code'] });

// ---- identity: accounts, users, access ----------------------------------------------------------
T('accounts', 'identity', [
  'id id',
  'name str:200',
  'slug str:100 unique',
  "status str:20 default='active'",
  'country_code char:2 ref=countries.code',
  'created_at ts default=now',
]);
T('users', 'identity', [
  'id id',
  'account_id ref ref=accounts',
  'email str:255 unique',
  'password_hash str:100',
  'full_name str:200',
  'locale_code str:10 ref=locales.code',
  'country_code char:2 null ref=countries.code',
  "status str:20 default='active'",
  'last_login_at ts null',
  'created_at ts default=now',
  'updated_at ts default=now',
  'created_by ref null ref=users del=setnull',
]);
T(
  'user_profiles',
  'identity',
  [
    'user_id ref ref=users del=cascade',
    'bio text null',
    'avatar_url str:500 null',
    'birth_date date null',
    'marketing_opt_in bool default=false',
  ],
  { pk: ['user_id'] },
);
T('roles', 'identity', ['id id', 'name str:60 unique', 'description str:200 null']);
T('permissions', 'identity', ['id id', 'code str:100 unique', 'description str:200 null']);
T(
  'user_roles',
  'identity',
  [
    'user_id ref ref=users del=cascade',
    'role_id ref ref=roles del=cascade',
    'granted_at ts default=now',
    'granted_by ref null ref=users',
  ],
  { pk: ['user_id', 'role_id'] },
);
T(
  'role_permissions',
  'identity',
  ['role_id ref ref=roles del=cascade', 'permission_id ref ref=permissions del=cascade'],
  { pk: ['role_id', 'permission_id'] },
);
T('sessions', 'identity', [
  'id id',
  'user_id ref ref=users del=cascade',
  'token str:128 unique',
  'ip str:45 null',
  'user_agent str:400 null',
  'expires_at ts',
  'created_at ts default=now',
]);
T('api_keys', 'identity', [
  'id id',
  'account_id ref ref=accounts del=cascade',
  'key_hash str:128 unique',
  'label str:100',
  'created_by ref ref=users',
  'last_used_at ts null',
  'created_at ts default=now',
]);
T('password_resets', 'identity', [
  'id id',
  'user_id ref ref=users del=cascade',
  'token str:128 unique',
  'expires_at ts',
  'used_at ts null',
]);
T(
  'login_attempts',
  'identity',
  [
    'id id',
    'email str:255',
    'user_id bigint null',
    'ip str:45',
    'succeeded bool',
    'attempted_at ts default=now',
  ],
  { indexes: [['login_attempts_email_idx', ['email']]] },
);
T('addresses', 'identity', [
  'id id',
  'user_id ref ref=users del=cascade',
  'line1 str:200',
  'line2 str:200 null',
  'city str:100',
  'postal_code str:20',
  'country_code char:2 ref=countries.code',
  'is_default bool default=false',
]);

// ---- catalog ----------------------------------------------------------------------------------
T('brands', 'catalog', ['id id', 'name str:120 unique', 'website str:300 null']);
T('categories', 'catalog', [
  'id id',
  'parent_id ref null ref=categories del=setnull',
  'name str:120',
  'slug str:140 unique',
  'position int default=0',
]);
T('products', 'catalog', [
  'id id',
  'brand_id ref null ref=brands',
  'category_id ref ref=categories',
  'sku str:64 unique',
  'name str:200',
  'description text null',
  "status str:20 default='draft'",
  'created_by ref ref=users',
  'updated_by ref null ref=users',
  'created_at ts default=now',
  'updated_at ts default=now',
]);
T('product_variants', 'catalog', [
  'id id',
  'product_id ref ref=products del=cascade',
  'sku str:64 unique',
  'option_values json null',
  'price money',
  'currency_code char:3 ref=currencies.code',
  'weight_grams int null',
  'unit_code str:10 ref=units_of_measure.code',
]);
T('product_images', 'catalog', [
  'id id',
  'product_id ref ref=products del=cascade',
  'url str:500',
  'position int default=0',
  'alt_text str:200 null',
]);
T('product_attributes', 'catalog', ['id id', 'code str:60 unique', 'name str:120']);
T(
  'product_attribute_values',
  'catalog',
  ['product_id ref ref=products del=cascade', 'attribute_id ref ref=product_attributes', 'value str:500'],
  { pk: ['product_id', 'attribute_id'] },
);
T(
  'product_categories',
  'catalog',
  ['product_id ref ref=products del=cascade', 'category_id ref ref=categories del=cascade'],
  { pk: ['product_id', 'category_id'] },
);
T('tags', 'catalog', ['id id', 'name str:60 unique']);
T('product_tags', 'catalog', ['product_id ref ref=products del=cascade', 'tag_id ref ref=tags del=cascade'], {
  pk: ['product_id', 'tag_id'],
});
T('price_lists', 'catalog', [
  'id id',
  'name str:120',
  'currency_code char:3 ref=currencies.code',
  'valid_from date',
  'valid_to date null',
]);
T(
  'prices',
  'catalog',
  [
    'id id',
    'price_list_id ref ref=price_lists del=cascade',
    'variant_id ref ref=product_variants del=cascade',
    'amount money',
  ],
  {
    indexes: [['prices_list_variant_key', ['price_list_id', 'variant_id'], true]],
  },
);

// ---- inventory ----------------------------------------------------------------------------------
T('warehouses', 'inventory', [
  'id id',
  'code str:20 unique',
  'name str:120',
  'country_code char:2 ref=countries.code',
  'address str:300',
]);
T('suppliers', 'inventory', [
  'id id',
  'name str:200',
  'country_code char:2 ref=countries.code',
  'email str:255 null',
]);
T(
  'stock_levels',
  'inventory',
  [
    'warehouse_id ref ref=warehouses',
    'variant_id ref ref=product_variants',
    'on_hand int default=0',
    'reserved int default=0',
    'updated_at ts default=now',
  ],
  { pk: ['warehouse_id', 'variant_id'] },
);
T('stock_movements', 'inventory', [
  'id id',
  'warehouse_id ref ref=warehouses',
  'variant_id ref ref=product_variants',
  'quantity int',
  'reason str:30',
  'order_id bigint null',
  'purchase_order_id bigint null',
  'created_by ref null ref=users',
  'created_at ts default=now',
]);
T(
  'stock_reservations',
  'inventory',
  [
    'id id',
    'warehouse_id ref',
    'variant_id ref',
    'order_id ref ref=orders del=cascade',
    'quantity int',
    'expires_at ts',
  ],
  {
    fks: [
      {
        name: 'fk_stock_reservations_stock_level',
        columns: ['warehouse_id', 'variant_id'],
        table: 'stock_levels',
        refColumns: ['warehouse_id', 'variant_id'],
        del: 'restrict',
      },
    ],
  },
);
T('purchase_orders', 'inventory', [
  'id id',
  'supplier_id ref ref=suppliers',
  'warehouse_id ref ref=warehouses',
  "status str:20 default='draft'",
  'created_by ref ref=users',
  'created_at ts default=now',
  'expected_at date null',
]);
T('purchase_order_lines', 'inventory', [
  'id id',
  'purchase_order_id ref ref=purchase_orders del=cascade',
  'variant_id ref ref=product_variants',
  'quantity int',
  'unit_cost money',
]);

// ---- orders -------------------------------------------------------------------------------------
T('carts', 'orders', [
  'id id',
  'user_id ref null ref=users del=setnull',
  'session_token str:128 null',
  'currency_code char:3 ref=currencies.code',
  'created_at ts default=now',
  'updated_at ts default=now',
]);
T('cart_items', 'orders', [
  'id id',
  'cart_id ref ref=carts del=cascade',
  'variant_id ref ref=product_variants',
  'quantity int default=1',
  'added_at ts default=now',
]);
T(
  'orders',
  'orders',
  [
    'id id',
    'number str:30 unique',
    'user_id ref ref=users',
    'account_id ref ref=accounts',
    'cart_id bigint null',
    "status_code str:20 default='pending' ref=order_statuses.code",
    'currency_code char:3 ref=currencies.code',
    'subtotal money',
    'tax_total money',
    'total money',
    'shipping_address_id ref null ref=addresses',
    'billing_address_id ref null ref=addresses',
    'placed_at ts null',
    'created_at ts default=now',
    'updated_at ts default=now',
  ],
  {
    indexes: [
      ['orders_user_id_idx', ['user_id']],
      ['idx_orders_user', ['user_id']],
      ['orders_placed_at_idx', ['placed_at']],
    ],
  },
);
T('order_items', 'orders', [
  'id id',
  'order_id ref ref=orders del=cascade',
  'variant_id ref ref=product_variants noindex',
  'quantity int',
  'unit_price money',
  'tax_amount money default=0',
]);
T('order_status_history', 'orders', [
  'id id',
  'order_id ref ref=orders del=cascade',
  'status_code str:20 ref=order_statuses.code',
  'changed_by ref null ref=users',
  'changed_at ts default=now',
]);
T('order_notes', 'orders', [
  'id id',
  'order_id ref ref=orders del=cascade',
  'author_id ref ref=users',
  'body text',
  'created_at ts default=now',
]);
T('returns', 'orders', [
  'id id',
  'order_id ref ref=orders',
  'reason str:200',
  "status str:20 default='requested'",
  'created_at ts default=now',
]);
T('return_items', 'orders', [
  'id id',
  'return_id ref ref=returns del=cascade',
  'order_item_id ref ref=order_items',
  'quantity int',
]);

// ---- payments and billing -------------------------------------------------------------------------
T('payment_methods', 'payments', [
  'id id',
  'user_id ref ref=users del=cascade',
  'kind str:20',
  'provider_token str:200',
  'last4 char:4 null',
  'expires_on date null',
  'created_at ts default=now',
]);
T('payments', 'payments', [
  'id id',
  'order_id ref ref=orders',
  'payment_method_id ref null ref=payment_methods del=setnull',
  'amount money',
  'currency_code char:3 ref=currencies.code',
  "status str:20 default='pending'",
  'provider_ref str:100 null',
  'created_at ts default=now',
]);
T('payment_attempts', 'payments', [
  'id id',
  'payment_id ref ref=payments del=cascade',
  'status str:20',
  'error_code str:40 null',
  'attempted_at ts default=now',
]);
T(
  'payment_webhook_events',
  'payments',
  [
    'provider str:40',
    'event_type str:60',
    'payment_id bigint null',
    'payload json',
    'received_at ts default=now',
  ],
  { nopk: true },
);
T('refunds', 'payments', [
  'id id',
  'payment_id ref ref=payments',
  'return_id bigint null',
  'amount money',
  'reason str:200 null',
  'created_at ts default=now',
]);
T('invoices', 'payments', [
  'id id',
  'order_id ref ref=orders',
  'account_id ref ref=accounts',
  'number str:30 unique',
  'total money',
  'issued_at ts default=now',
]);
T('invoice_lines', 'payments', [
  'id id',
  'invoice_id ref ref=invoices del=cascade',
  'order_item_id bigint null',
  'description str:300',
  'amount money',
]);
T('tax_rates', 'payments', [
  'id id',
  'country_code char:2 ref=countries.code',
  'category_id bigint null',
  'rate numeric:5:4',
  'valid_from date',
]);
T('plans', 'payments', [
  'id id',
  'code str:40 unique',
  'name str:100',
  'monthly_price money',
  'currency_code char:3 ref=currencies.code',
]);
T('subscriptions', 'payments', [
  'id id',
  'account_id ref ref=accounts',
  'plan_id ref ref=plans',
  "status str:20 default='active'",
  'started_at ts default=now',
  'cancelled_at ts null',
]);

// ---- shipping -----------------------------------------------------------------------------------------
T('carriers', 'shipping', ['id id', 'code str:20 unique', 'name str:100', 'tracking_url str:300 null']);
T('shipping_methods', 'shipping', [
  'id id',
  'carrier_id ref ref=carriers',
  'name str:100',
  'price money',
  'currency_code char:3 ref=currencies.code',
]);
T('delivery_zones', 'shipping', [
  'id id',
  'carrier_id ref ref=carriers',
  'country_code char:2 ref=countries.code',
  'days_min int',
  'days_max int',
]);
T('shipments', 'shipping', [
  'id id',
  'order_id ref ref=orders',
  'warehouse_id ref ref=warehouses',
  'carrier_id ref ref=carriers',
  'shipping_method_id ref ref=shipping_methods',
  'tracking_number str:60 null',
  "status str:20 default='created'",
  'shipped_at ts null',
  'delivered_at ts null',
]);
T('shipment_items', 'shipping', [
  'id id',
  'shipment_id ref ref=shipments del=cascade',
  'order_item_id ref ref=order_items',
  'quantity int',
]);
T('shipment_events', 'shipping', [
  'id id',
  'shipment_id ref ref=shipments del=cascade',
  'status str:40',
  'location str:120 null',
  'occurred_at ts',
]);

// ---- reviews and Q&A --------------------------------------------------------------------------------------
T('reviews', 'reviews', [
  'id id',
  'product_id ref ref=products del=cascade',
  'user_id ref ref=users',
  'order_id bigint null',
  'rating smallint',
  'title str:200 null',
  'body text null',
  "status str:20 default='pending'",
  'created_at ts default=now',
]);
T(
  'review_votes',
  'reviews',
  [
    'review_id ref ref=reviews del=cascade',
    'user_id ref ref=users del=cascade',
    'helpful bool',
    'voted_at ts default=now',
  ],
  { pk: ['review_id', 'user_id'] },
);
T('review_images', 'reviews', ['id id', 'review_id ref ref=reviews del=cascade', 'url str:500']);
T('questions', 'reviews', [
  'id id',
  'product_id ref ref=products del=cascade',
  'user_id ref ref=users',
  'body text',
  'created_at ts default=now',
]);
T('answers', 'reviews', [
  'id id',
  'question_id ref ref=questions del=cascade',
  'user_id ref ref=users',
  'body text',
  'is_official bool default=false',
  'created_at ts default=now',
]);

// ---- promotions and loyalty ----------------------------------------------------------------------------------
T('promotions', 'promotions', [
  'id id',
  'name str:200',
  'kind str:20',
  'discount_percent numeric:5:2 null',
  'starts_at ts',
  'ends_at ts null',
  'created_by ref ref=users',
]);
T(
  'promotion_products',
  'promotions',
  ['promotion_id ref ref=promotions del=cascade', 'product_id ref ref=products del=cascade'],
  { pk: ['promotion_id', 'product_id'] },
);
T('coupons', 'promotions', [
  'id id',
  'promotion_id ref ref=promotions del=cascade',
  'code str:40 unique',
  'max_uses int null',
  'used_count int default=0',
]);
T('coupon_redemptions', 'promotions', [
  'id id',
  'coupon_id ref ref=coupons',
  'order_id ref ref=orders',
  'user_id ref ref=users',
  'redeemed_at ts default=now',
]);
T('gift_cards', 'promotions', [
  'id id',
  'code str:40 unique',
  'balance money',
  'currency_code char:3 ref=currencies.code',
  'purchased_by ref null ref=users',
  'created_at ts default=now',
]);
T('gift_card_transactions', 'promotions', [
  'id id',
  'gift_card_id ref ref=gift_cards',
  'order_id bigint null',
  'amount money',
  'created_at ts default=now',
]);
T('loyalty_accounts', 'promotions', [
  'id id',
  'user_id ref unique ref=users del=cascade',
  'points int default=0',
  "tier str:20 default='bronze'",
]);
T('loyalty_transactions', 'promotions', [
  'id id',
  'loyalty_account_id ref ref=loyalty_accounts del=cascade',
  'order_id bigint null',
  'points int',
  'created_at ts default=now',
]);

// ---- support ---------------------------------------------------------------------------------------------------
T('sla_policies', 'support', [
  'id id',
  'priority str:20 unique',
  'first_response_hours int',
  'resolution_hours int',
]);
T('tickets', 'support', [
  'id id',
  'user_id ref ref=users',
  'order_id bigint null',
  'subject str:200',
  "status str:20 default='open'",
  "priority str:20 default='normal'",
  'assignee_id ref null ref=users',
  'created_at ts default=now',
  'closed_at ts null',
]);
T('ticket_messages', 'support', [
  'id id',
  'ticket_id ref ref=tickets del=cascade',
  'author_id ref ref=users',
  'body text',
  'internal bool default=false',
  'created_at ts default=now',
]);
T('ticket_tags', 'support', ['ticket_id ref ref=tickets del=cascade', 'tag str:40'], {
  pk: ['ticket_id', 'tag'],
});
T('ticket_attachments', 'support', [
  'id id',
  'ticket_message_id ref ref=ticket_messages del=cascade',
  'url str:500',
  'mime str:100',
]);

// ---- notifications ------------------------------------------------------------------------------------------------
T('notification_templates', 'notifications', [
  'id id',
  'code str:80 unique',
  'channel str:20',
  'subject str:200 null',
  'body text',
]);
T('notifications', 'notifications', [
  'id id',
  'user_id ref ref=users del=cascade',
  'template_id ref ref=notification_templates',
  'channel str:20',
  "status str:20 default='queued'",
  'sent_at ts null',
  'created_at ts default=now',
]);
T(
  'notification_preferences',
  'notifications',
  ['user_id ref ref=users del=cascade', 'channel str:20', 'enabled bool default=true'],
  { pk: ['user_id', 'channel'] },
);
T('email_deliveries', 'notifications', [
  'id id',
  'notification_id ref ref=notifications del=cascade',
  'provider_message_id str:120 null',
  'status str:20',
  'delivered_at ts null',
]);
T('push_devices', 'notifications', [
  'id id',
  'user_id ref ref=users del=cascade',
  'token str:300 unique',
  'platform str:20',
  'created_at ts default=now',
]);

// ---- content (CMS) ---------------------------------------------------------------------------------------------------
T('pages', 'cms', [
  'id id',
  'slug str:200 unique',
  'title str:200',
  'body text',
  'author_id ref ref=users',
  'published_at ts null',
  'updated_at ts default=now',
]);
T('page_revisions', 'cms', [
  'id id',
  'page_id ref ref=pages del=cascade',
  'body text',
  'created_by ref ref=users',
  'created_at ts default=now',
]);
T('blog_posts', 'cms', [
  'id id',
  'slug str:200 unique',
  'title str:200',
  'body text',
  'author_id ref ref=users',
  'published_at ts null',
]);
T('media_assets', 'cms', [
  'id id',
  'url str:500',
  'mime str:100',
  'bytes bigint',
  'uploaded_by ref ref=users',
  'created_at ts default=now',
]);
T('banners', 'cms', [
  'id id',
  'title str:200',
  'image_asset_id ref null ref=media_assets',
  'link str:500 null',
  'starts_at ts',
  'ends_at ts null',
]);
T(
  'comments',
  'cms',
  [
    'id id',
    'commentable_type str:40',
    'commentable_id bigint',
    'user_id ref ref=users',
    'body text',
    'created_at ts default=now',
  ],
  {
    indexes: [['comments_commentable_idx', ['commentable_type', 'commentable_id']]],
  },
);

// ---- analytics ----------------------------------------------------------------------------------------------------------
T('page_views', 'analytics', [
  'id id',
  'session_token str:128 null',
  'user_id bigint null',
  'path str:500',
  'referrer str:500 null',
  'viewed_at ts default=now',
]);
T('analytics_events', 'analytics', [
  'id id',
  'user_id bigint null',
  'name str:100',
  'properties json null',
  'occurred_at ts default=now',
]);
T('search_queries', 'analytics', [
  'id id',
  'user_id bigint null',
  'query str:300',
  'results_count int',
  'searched_at ts default=now',
]);
T('daily_sales', 'analytics', ['day date', 'product_id bigint', 'units int', 'revenue money'], {
  pk: ['day', 'product_id'],
});
T('ab_experiments', 'analytics', [
  'id id',
  'experiment_key str:80 unique',
  'name str:200',
  'started_at ts default=now',
]);
T(
  'ab_assignments',
  'analytics',
  [
    'experiment_id ref ref=ab_experiments del=cascade',
    'user_id bigint',
    'variant str:20',
    'assigned_at ts default=now',
  ],
  { pk: ['experiment_id', 'user_id'] },
);

// ---- platform / technical ---------------------------------------------------------------------------------------------------
T('schema_migrations', 'technical', ['version str:20', 'applied_at ts default=now'], { pk: ['version'] });
T(
  'jobs',
  'technical',
  [
    'id id',
    'queue str:60',
    'payload json',
    'run_at ts default=now',
    'attempts int default=0',
    'locked_at ts null',
    'locked_by str:100 null',
    'last_error text null',
  ],
  {
    indexes: [['jobs_queue_run_at_idx', ['queue', 'run_at']]],
  },
);
T('outbox_events', 'technical', [
  'id id',
  'aggregate_type str:60',
  'aggregate_id bigint',
  'event_type str:100',
  'payload json',
  'created_at ts default=now',
  'published_at ts null',
]);
T('audit_log', 'technical', [
  'id id',
  'actor_id bigint null',
  'action str:60',
  'entity_type str:60',
  'entity_id bigint',
  'changes json null',
  'created_at ts default=now',
]);
T(
  'app_settings',
  'technical',
  ['key str:100', 'value text', 'updated_by ref null ref=users', 'updated_at ts default=now'],
  { pk: ['key'] },
);
T('request_logs', 'technical', [
  'id id',
  'method str:10',
  'path str:500',
  'status smallint',
  'duration_ms int',
  'user_id bigint null',
  'logged_at ts default=now',
]);
