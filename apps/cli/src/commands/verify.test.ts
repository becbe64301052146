import { parseConnectionUrl, parsePlan, SeamError } from '@seam/core';
import { describe, expect, it } from 'vitest';
import { adHocJob, planJobs } from './verify.js';

const plan = parsePlan(`
format: seam.plan
version: 1
snapshot: { database: shop, dialect: postgres, fingerprint: abc, tables: 3 }
parameters: { seed: 1, resolution: 1 }
services:
  billing:
    target: { schema: fin }
    tables:
      - table: public.invoices
        as: bills
        columns: [id, amount]
        rename: { amount: total }
  shipping:
    target: { database: ship }
    tables: [public.parcels]
reference: []
technical: []
constraints: { pins: {}, together: [], apart: [] }
`);
const source = parseConnectionUrl('postgres://u@h/shop');
const env = {
  SEAM_TARGET_BILLING_URL: 'postgres://u@h/billing',
  SEAM_TARGET_SHIPPING_URL: 'mysql://u@h/other',
};

describe('planJobs', () => {
  it('maps each service to its target URL, schema, renamed tables and column subsets', () => {
    const [billing, shipping] = planJobs(plan, source, { service: [] }, env);
    expect(billing!.target.database).toBe('billing');
    expect(billing!.tables).toEqual([
      {
        source: { schema: 'public', name: 'invoices' },
        target: { schema: 'fin', name: 'bills' },
        service: 'billing',
        columns: ['id', 'amount'],
        rename: { amount: 'total' },
      },
    ]);
    expect(shipping!.target.database).toBe('ship');
    expect(shipping!.tables[0]!.target).toEqual({ schema: 'ship', name: 'parcels' });
  });
  it('refuses unknown services, a missing target URL and one --target for several services', () => {
    expect(() => planJobs(plan, source, { service: ['nope'] }, env)).toThrow(
      'The plan has no service "nope".',
    );
    expect(() => planJobs(plan, source, { service: ['billing'] }, {})).toThrow(SeamError);
    expect(() => planJobs(plan, source, { service: [], target: 'postgres://u@h/x' }, env)).toThrow(
      /several services/,
    );
  });
});

describe('adHocJob', () => {
  it('names the target table by the same name, a bare name or schema.name', () => {
    const job = adHocJob(source, parseConnectionUrl('mysql://u@h/copy'), [
      'public.a',
      'public.b=b2',
      'public.c=x.c3',
    ]);
    expect(job.tables.map((t) => t.target)).toEqual([
      { schema: 'copy', name: 'a' },
      { schema: 'copy', name: 'b2' },
      { schema: 'x', name: 'c3' },
    ]);
    expect(() => adHocJob(source, source, [])).toThrow(/--table/);
  });
});
