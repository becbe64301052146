import type { SchemaSnapshot, Workload } from '@seam/core';
import { snapshot, statement, type TableSpec, workload } from './schema-builder.js';

/**
 * A small shop with clear domains (identity, catalog, ordering, billing), a hub (users, also the target
 * of audit "who" columns), lookups, a junction, a weak entity, an extension, technical tables, a table
 * without a primary key, an undeclared reference and a polymorphic pair.
 */
export const SHOP_TABLES: TableSpec[] = [
  // identity
  {
    name: 'users',
    columns: ['id', 'email:text', 'name:text', 'password_hash:text', 'created_at:ts'],
    rows: 50_000,
    bytes: 8e6,
    writes: 2000,
  },
  {
    name: 'user_profiles',
    columns: ['user_id', 'bio:text?', 'avatar:text?', 'locale:text?'],
    pk: ['user_id'],
    fks: [{ columns: ['user_id'], table: 'users', onDelete: 'CASCADE' }],
  },
  { name: 'roles', columns: ['id', 'name:text', 'description:text?', 'scope:text?', 'priority'], rows: 20 },
  {
    name: 'user_roles',
    columns: ['user_id', 'role_id'],
    pk: ['user_id', 'role_id'],
    fks: [
      { columns: ['user_id'], table: 'users', onDelete: 'CASCADE' },
      { columns: ['role_id'], table: 'roles' },
    ],
  },
  {
    name: 'user_sessions',
    columns: ['id', 'user_id', 'token:text', 'expires_at:ts'],
    fks: [{ columns: ['user_id'], table: 'users', onDelete: 'CASCADE' }],
  },
  {
    name: 'addresses',
    columns: ['id', 'user_id', 'country_id', 'line1:text', 'city:text', 'zip:text'],
    fks: [
      { columns: ['user_id'], table: 'users' },
      { columns: ['country_id'], table: 'countries' },
    ],
  },
  // reference data
  { name: 'countries', columns: ['id', 'code:text', 'name:text'], rows: 250, writes: 0, reads: 90_000 },
  { name: 'currencies', columns: ['id', 'code:text', 'name:text'], rows: 40, writes: 0, reads: 50_000 },
  // catalog
  {
    name: 'products',
    columns: ['id', 'sku:text', 'name:text', 'price:num', 'currency_id', 'created_by', 'updated_by?'],
    rows: 20_000,
    fks: [
      { columns: ['currency_id'], table: 'currencies' },
      { columns: ['created_by'], table: 'users' },
      { columns: ['updated_by'], table: 'users' },
    ],
  },
  {
    name: 'product_images',
    columns: ['id', 'product_id', 'url:text', 'position'],
    fks: [{ columns: ['product_id'], table: 'products', onDelete: 'CASCADE' }],
  },
  {
    name: 'product_variants',
    columns: ['id', 'product_id', 'sku:text', 'price:num'],
    fks: [{ columns: ['product_id'], table: 'products', onDelete: 'CASCADE' }],
  },
  { name: 'tags', columns: ['id', 'label:text', 'slug:text', 'color:text', 'weight'] },
  {
    name: 'product_tags',
    columns: ['product_id', 'tag_id'],
    pk: ['product_id', 'tag_id'],
    fks: [
      { columns: ['product_id'], table: 'products' },
      { columns: ['tag_id'], table: 'tags' },
    ],
  },
  {
    name: 'product_reviews',
    columns: ['id', 'product_id', 'user_id', 'rating', 'body:text'],
    fks: [
      { columns: ['product_id'], table: 'products' },
      { columns: ['user_id'], table: 'users' },
    ],
  },
  // ordering
  {
    name: 'orders',
    columns: [
      'id',
      'user_id',
      'currency_id',
      'shipping_address_id',
      'status:text',
      'total:num',
      'created_by',
    ],
    rows: 900_000,
    bytes: 2e8,
    writes: 50_000,
    fks: [
      { columns: ['user_id'], table: 'users' },
      { columns: ['currency_id'], table: 'currencies' },
      { columns: ['shipping_address_id'], table: 'addresses' },
      { columns: ['created_by'], table: 'users' },
    ],
  },
  {
    name: 'order_items',
    columns: ['order_id', 'line_no', 'product_id', 'variant_id?', 'quantity', 'price:num'],
    pk: ['order_id', 'line_no'],
    rows: 3_000_000,
    writes: 150_000,
    fks: [
      { columns: ['order_id'], table: 'orders', onDelete: 'CASCADE' },
      { columns: ['product_id'], table: 'products' },
      { columns: ['variant_id'], table: 'product_variants', onDelete: 'SET NULL' },
    ],
  },
  {
    name: 'order_status_history',
    columns: ['id', 'order_id', 'status:text', 'changed_at:ts', 'created_by'],
    fks: [
      { columns: ['order_id'], table: 'orders', onDelete: 'CASCADE' },
      { columns: ['created_by'], table: 'users' },
    ],
  },
  // undeclared: shipments.order_id → orders (no FK)
  {
    name: 'shipments',
    columns: ['id', 'order_id', 'carrier:text', 'tracking:text', 'shipped_at:ts?'],
    indexes: [{ name: 'shipments_order_id_idx', columns: ['order_id'] }],
  },
  {
    name: 'shipment_items',
    columns: ['id', 'shipment_id', 'order_id', 'line_no', 'quantity'],
    fks: [{ columns: ['shipment_id'], table: 'shipments', onDelete: 'CASCADE' }],
  },
  {
    name: 'carts',
    columns: ['id', 'user_id', 'updated_at:ts'],
    fks: [{ columns: ['user_id'], table: 'users' }],
  },
  {
    name: 'cart_items',
    columns: ['cart_id', 'line_no', 'product_id', 'quantity'],
    pk: ['cart_id', 'line_no'],
    fks: [
      { columns: ['cart_id'], table: 'carts', onDelete: 'CASCADE' },
      { columns: ['product_id'], table: 'products' },
    ],
  },
  // billing
  {
    name: 'invoices',
    columns: ['id', 'order_id', 'currency_id', 'number:text', 'amount:num', 'issued_at:ts'],
    rows: 800_000,
    writes: 40_000,
    fks: [
      { columns: ['order_id'], table: 'orders', onDelete: 'RESTRICT' },
      { columns: ['currency_id'], table: 'currencies' },
    ],
    indexes: [
      { name: 'invoices_number_idx', columns: ['number'] },
      { name: 'invoices_number_idx2', columns: ['number'] },
    ],
  },
  {
    name: 'invoice_lines',
    columns: ['invoice_id', 'line_no', 'description:text', 'amount:num'],
    pk: ['invoice_id', 'line_no'],
    fks: [{ columns: ['invoice_id'], table: 'invoices', onDelete: 'CASCADE' }],
  },
  {
    name: 'payments',
    columns: ['id', 'invoice_id', 'amount:num', 'provider:text', 'paid_at:ts'],
    fks: [{ columns: ['invoice_id'], table: 'invoices' }],
  },
  {
    name: 'refunds',
    columns: ['id', 'payment_id', 'amount:num', 'reason:text'],
    fks: [{ columns: ['payment_id'], table: 'payments', onDelete: 'CASCADE' }],
  },
  {
    name: 'payment_methods',
    columns: ['id', 'user_id', 'provider:text', 'token:text'],
    fks: [{ columns: ['user_id'], table: 'users', onDelete: 'CASCADE' }],
  },
  // technical
  { name: 'schema_migrations', columns: ['version:text'], pk: ['version'] },
  { name: 'outbox', columns: ['id', 'topic:text', 'payload:text', 'created_at:ts'] },
  // no primary key, polymorphic subject
  {
    name: 'activity_feed',
    columns: ['subject_type:text', 'subject_id', 'actor_id', 'verb:text', 'at:ts'],
    pk: [],
  },
];

export function shopSnapshot(): SchemaSnapshot {
  return snapshot(SHOP_TABLES);
}

export function shopWorkload(): Workload {
  return workload(
    [
      statement(
        'q1',
        ['public.orders', 'public.order_items', 'public.products'],
        [],
        50_000,
        [
          ['public.orders.id', 'public.order_items.order_id'],
          ['public.order_items.product_id', 'public.products.id'],
        ],
        90_000,
      ),
      statement(
        'q2',
        ['public.invoices', 'public.orders'],
        [],
        8_000,
        [['public.invoices.order_id', 'public.orders.id']],
        4_000,
      ),
      statement(
        'q3',
        ['public.shipments', 'public.orders'],
        [],
        6_000,
        [['public.shipments.order_id', 'public.orders.id']],
        3_000,
      ),
      statement(
        'q4',
        ['public.payments', 'public.invoices'],
        [],
        7_000,
        [['public.payments.invoice_id', 'public.invoices.id']],
        2_000,
      ),
      statement(
        'q5',
        ['public.products', 'public.product_images'],
        [],
        30_000,
        [['public.product_images.product_id', 'public.products.id']],
        10_000,
      ),
      statement('w1', [], ['public.orders'], 50_000, [], 20_000),
      statement('w2', [], ['public.order_items'], 150_000, [], 30_000),
      statement(
        'q6',
        ['public.users', 'public.user_profiles'],
        [],
        40_000,
        [['public.user_profiles.user_id', 'public.users.id']],
        5_000,
      ),
      statement(
        'q7',
        ['public.carts', 'public.cart_items', 'public.products'],
        [],
        20_000,
        [['public.cart_items.cart_id', 'public.carts.id']],
        6_000,
      ),
    ],
    [
      { writes: ['public.order_items', 'public.orders'], reads: [], count: 40_000, statements: ['w1', 'w2'] },
      { writes: ['public.invoices', 'public.orders'], reads: [], count: 5_000 },
      { writes: ['public.invoice_lines', 'public.invoices'], reads: [], count: 30_000 },
      { writes: ['public.payments', 'public.invoices'], reads: [], count: 8_000 },
    ],
  );
}
