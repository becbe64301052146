import { describe, expect, it } from 'vitest';
import { entityName, isWhoColumn, namePrefix, referencedEntity, words } from './names.js';

describe('names', () => {
  it('splits snake and camel case', () => {
    expect(words('StockItemHoldings')).toEqual(['stock', 'item', 'holdings']);
    expect(words('catalog_product_entity')).toEqual(['catalog', 'product', 'entity']);
    expect(words('CustomerID')).toEqual(['customer', 'id']);
    expect(words('HTMLPage')).toEqual(['html', 'page']);
  });

  it('reduces names to a singular entity', () => {
    expect(entityName('order_items')).toBe('order_item');
    expect(entityName('OrderItems')).toBe('order_item');
    expect(entityName('people')).toBe('person');
    expect(entityName('categories')).toBe('category');
  });

  it('reads the entity a column points at', () => {
    expect(referencedEntity('customer_id')).toBe('customer');
    expect(referencedEntity('SalespersonPersonID')).toBe('salesperson_person');
    expect(referencedEntity('order_item_id')).toBe('order_item');
    expect(referencedEntity('id')).toBeNull();
    expect(referencedEntity('name')).toBeNull();
  });

  it('knows audit columns', () => {
    expect(isWhoColumn('LastEditedBy')).toBe(true);
    expect(isWhoColumn('created_by_id')).toBe(true);
    expect(isWhoColumn('updated_by')).toBe(true);
    expect(isWhoColumn('owner_id')).toBe(false);
    expect(isWhoColumn('actor_id')).toBe(false);
    expect(isWhoColumn('standby')).toBe(false);
  });

  it('takes the first word as prefix', () => {
    expect(namePrefix('ci_builds')).toBe('ci');
    expect(namePrefix('SalesOrders')).toBe('sale');
    expect(namePrefix('users')).toBeNull();
  });
});
