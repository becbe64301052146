import { describe, expect, it } from 'vitest';
import { serviceNameFrom } from './service-names.js';

describe('serviceNameFrom', () => {
  it('makes a valid service name out of any table name', () => {
    expect(serviceNameFrom('StockItems')).toBe('stock-items');
    expect(serviceNameFrom('catalog')).toBe('catalog');
    expect(serviceNameFrom('Bestellungen "alt".v1')).toBe('bestellungen-alt-v1');
    expect(serviceNameFrom('ünïcödé')).toBe('unicode');
    expect(serviceNameFrom('2fa_codes')).toBe('s-2fa-codes');
    expect(serviceNameFrom('📦')).toBe('service');
    expect(serviceNameFrom('x'.repeat(200)).length).toBeLessThanOrEqual(48);
    for (const name of ['StockItems', '2fa_codes', '📦', 'a b'])
      expect(serviceNameFrom(name)).toMatch(/^[a-z][a-z0-9_-]{0,62}$/);
  });
});
