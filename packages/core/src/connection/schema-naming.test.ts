import { describe, expect, it } from 'vitest';
import { parseConnectionUrl } from './connection-spec.js';
import { schemaNamingFor } from './schema-naming.js';

describe('schemaNamingFor', () => {
  const pg = parseConnectionUrl('postgres://u@h/shop');
  const my = parseConnectionUrl('mysql://u@h/shop');

  it('PostgreSQL keeps tables in the schema asked for, else public, and a table keeps its schema', () => {
    expect(schemaNamingFor('postgres').targetSchema(pg, 'billing')).toBe('billing');
    expect(schemaNamingFor('postgres').targetSchema(pg, undefined)).toBe('public');
    expect(schemaNamingFor('postgres').carriedSchema({ schema: 'sales', name: 'orders' })).toBe('sales');
  });

  it('MySQL keeps tables in the database connected to; a table leaves its schema (its database) behind', () => {
    expect(schemaNamingFor('mysql').targetSchema(my, 'billing')).toBe('shop');
    expect(schemaNamingFor('mysql').carriedSchema({ schema: 'shop', name: 'orders' })).toBeUndefined();
  });
});
