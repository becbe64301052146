import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { snapshot, type TableSpec } from './test-support/schema-builder.js';

const ref = (name: string, fks: TableSpec['fks'] = []): TableSpec => ({
  name,
  columns: ['id', 'name:text', ...fks.map((f) => f.columns[0]!)],
  fks,
});
const entity = (name: string, parents: string[]): TableSpec => ({
  name,
  columns: ['id', 'note:text', 'code:text', 'amount:num', 'fee:num', ...parents.map((p) => `${p}_id`)],
  fks: parents.map((p) => ({ columns: [`${p}_id`], table: `${p}s` })),
});

/** Two domains, DDL only: a lookup of each, one lookup both read, and a lookup chain both read. */
function twoDomains() {
  return snapshot([
    ref('trade_types'),
    ref('status_types'),
    ref('countrys'),
    ref('provinces', [{ columns: ['country_id'], table: 'countrys' }]),
    entity('trades', ['trade_type', 'status_type', 'account', 'broker']),
    entity('trade_requests', ['trade', 'trade_type', 'broker']),
    entity('settlements', ['trade']),
    entity('cash_transactions', ['trade', 'trade_type']),
    entity('customers', ['status_type', 'province']),
    entity('accounts', ['customer']),
    entity('account_permissions', ['account']),
    entity('watch_lists', ['customer']),
    entity('brokers', ['province']),
  ]);
}

describe('reference tables are clustered, then settled', () => {
  const r = analyze(twoDomains(), undefined, { seed: 1 });
  const where = (t: string) => {
    const a = r.analysis.assignments[`public.${t}`]!;
    return a.kind === 'service' ? a.service : a.kind;
  };
  const reason = (t: string) => r.analysis.tables.find((x) => x.table === `public.${t}`)!.reason;

  it('gives a lookup to the service holding most of the tables that read it, and says why', () => {
    expect(r.model.evidence.roles[r.model.indexOf('public.trade_types')]!.role).toBe('reference');
    expect(where('trades')).not.toBe(where('customers'));
    expect(where('trade_types')).toBe(where('trades'));
    expect(reason('trade_types')).toMatch(/3 of the 3 table\(s\) reading it are in .*, so it owns it/);
  });

  it('shares a lookup read across services without a majority, and the lookups only it reads', () => {
    expect(where('status_types')).toBe('reference');
    expect(where('provinces')).toBe('reference');
    expect(where('countrys')).toBe('reference');
    const shared = r.plan.reference.find((x) => x.table === 'public.status_types')!;
    expect(shared.consumers!.length).toBeGreaterThan(1);
  });

  it('leaves a pinned lookup where the pin puts it', () => {
    const pinned = analyze(twoDomains(), undefined, {
      seed: 1,
      constraints: { pins: { 'public.status_types': 'ops', 'public.brokers': 'ops' } },
    });
    expect(pinned.analysis.assignments['public.status_types']).toEqual({ kind: 'service', service: 'ops' });
  });
});
