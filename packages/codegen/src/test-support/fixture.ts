import type { ColumnSnapshot, LogicalType, Plan, SchemaSnapshot, TableSnapshot } from '@seam/core';

const col = (
  name: string,
  type: LogicalType,
  nullable = false,
  def: string | null = null,
): ColumnSnapshot => ({
  name,
  nativeType: '',
  type,
  nullable,
  default: def,
});
const id = (name = 'id') => col(name, { kind: 'integer', bytes: 8, autoIncrement: true });
const int = (name: string, nullable = false) => col(name, { kind: 'integer', bytes: 8 }, nullable);
const text = (name: string, length?: number, def: string | null = null) =>
  col(name, { kind: 'text', ...(length ? { length } : {}) }, false, def);

function table(name: string, t: Partial<TableSnapshot> & Pick<TableSnapshot, 'columns'>): TableSnapshot {
  return {
    schema: 'public',
    name,
    primaryKey: ['id'],
    uniques: [],
    foreignKeys: [],
    indexes: [],
    rowEstimate: 100,
    bytes: 8192,
    stats: null,
    ...t,
  };
}

const fk = (
  name: string,
  columns: string[],
  parent: string,
  onDelete: 'CASCADE' | 'NO ACTION' | 'SET NULL',
  ref = ['id'],
) => ({
  name,
  columns,
  referencedSchema: 'public',
  referencedTable: parent,
  referencedColumns: ref,
  onDelete,
  onUpdate: 'NO ACTION' as const,
});

/** A small shop: customers, orders (with a renamed table and column, and a table without a key), billing, reference and technical tables. */
export function shopSnapshot(): SchemaSnapshot {
  return {
    format: 'seam.snapshot',
    version: 1,
    engine: { dialect: 'postgres', flavor: 'postgresql', version: '15.4' },
    database: 'shop',
    schemas: ['public'],
    capturedAt: '2026-01-01T00:00:00Z',
    source: 'test',
    views: [],
    tables: [
      table('currencies', { columns: [text('code', 3), text('name', 60)], primaryKey: ['code'] }),
      table('customers', {
        columns: [id(), text('name', 200), text('email', 255)],
        uniques: [{ name: 'customers_email_key', columns: ['email'] }],
      }),
      table('orders', {
        columns: [
          id(),
          int('customer_id'),
          text('currency_code', 3),
          col('total', { kind: 'decimal', precision: 12, scale: 2 }, false, '0'),
          text('status', 20, "'new'::character varying"),
          col('created_at', { kind: 'timestamp', withTimeZone: true }, false, 'now()'),
          col('note', { kind: 'text' }, true, "upper('x')"),
        ],
        foreignKeys: [
          fk('orders_customer_fk', ['customer_id'], 'customers', 'CASCADE'),
          fk('orders_currency_fk', ['currency_code'], 'currencies', 'NO ACTION', ['code']),
        ],
        indexes: [
          { name: 'orders_customer_idx', columns: ['customer_id'], unique: false, primary: false },
          { name: 'orders_customer_dup', columns: ['customer_id'], unique: false, primary: false },
        ],
      }),
      table('order_items', {
        columns: [id(), int('order_id'), int('qty')],
        foreignKeys: [fk('order_items_order_fk', ['order_id'], 'orders', 'CASCADE')],
      }),
      table('audit', { columns: [int('order_id', true), text('what')], primaryKey: [] }),
      table('invoices', {
        columns: [id(), int('order_id', true)],
        foreignKeys: [fk('invoices_order_fk', ['order_id'], 'orders', 'SET NULL')],
      }),
      table('schema_migrations', { columns: [text('version', 40)], primaryKey: ['version'] }),
    ],
  };
}

export function shopPlan(): Plan {
  return {
    format: 'seam.plan',
    version: 1,
    snapshot: { database: 'shop', dialect: 'postgres', fingerprint: 'sha256:test', tables: 7 },
    parameters: { seed: 1, resolution: 1 },
    services: [
      { name: 'customers', tables: [{ table: 'public.customers' }] },
      {
        name: 'orders',
        tables: [
          { table: 'public.orders', as: 'purchases' },
          { table: 'public.order_items', rename: { qty: 'quantity' } },
          { table: 'public.audit' },
        ],
      },
      {
        name: 'billing',
        target: { dialect: 'mysql', database: 'billing_db' },
        tables: [{ table: 'public.invoices' }],
      },
    ],
    reference: [{ table: 'public.currencies', reason: 'lookup', consumers: ['orders'] }],
    technical: [{ table: 'public.schema_migrations', reason: 'framework' }],
    constraints: { pins: {}, together: [], apart: [] },
  };
}
