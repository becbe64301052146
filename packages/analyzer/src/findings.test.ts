import { describe, expect, it } from 'vitest';
import { buildEvidence } from './evidence-graph.js';
import { auditFindings } from './findings.js';
import { indexSnapshot } from './tables.js';
import { snapshot } from './test-support/schema-builder.js';
import { shopSnapshot, shopWorkload } from './test-support/shop-fixture.js';

describe('auditFindings', () => {
  const findings = auditFindings(buildEvidence(indexSnapshot(shopSnapshot()), shopWorkload()), 3);
  const of = (code: string) => findings.filter((f) => f.code === code);

  it('flags tables without a primary key as blocking change data capture', () => {
    expect(of('no-primary-key')).toEqual([
      expect.objectContaining({
        severity: 'error',
        table: 'public.activity_feed',
        message: expect.stringMatching(/cannot replicate its updates and deletes/),
      }),
    ]);
  });

  it('softens the finding when a unique not-null index can serve as the key', () => {
    const f = auditFindings(
      buildEvidence(
        indexSnapshot(
          snapshot([
            {
              name: 'events',
              columns: ['uid:text', 'at:ts'],
              pk: [],
              indexes: [{ name: 'events_uid', columns: ['uid'], unique: true }],
            },
          ]),
        ),
        undefined,
      ),
    );
    expect(f[0]).toMatchObject({
      code: 'no-primary-key',
      severity: 'warning',
      message: expect.stringMatching(/events_uid/),
    });
  });

  it('finds foreign keys without an index, and not those with one', () => {
    const tables = of('fk-without-index').map((f) => f.message);
    expect(tables).toContainEqual(
      expect.stringMatching(/^public\.payments\(invoice_id\) references public\.invoices/),
    );
    expect(tables.some((m) => m.startsWith('public.order_items(order_id)'))).toBe(false);
  });

  it('reports implied references, polymorphic pairs, duplicate indexes, bottlenecks and unparsed statements', () => {
    expect(of('implied-fk').map((f) => f.table)).toContain('public.shipments');
    expect(of('polymorphic-reference')).toHaveLength(1);
    expect(of('duplicate-index')[0]!.message).toMatch(
      /invoices_number_idx2 .* duplicates index invoices_number_idx/,
    );
    const top = of('query-bottleneck');
    expect(top[0]!.message).toMatch(/^Statement q1 takes 52\.9%/);
    expect(top[0]!.severity).toBe('warning');
    expect(of('workload-unparsed')[0]!.message).toMatch(/^3 statement/);
  });
});
