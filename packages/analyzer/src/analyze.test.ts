import { planToYaml, SeamError } from '@seam/core';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { snapshot, withZeroStatistics } from './test-support/schema-builder.js';
import { shopSnapshot, shopWorkload } from './test-support/shop-fixture.js';

const where = (r: ReturnType<typeof analyze>, table: string) => {
  const a = r.analysis.assignments[`public.${table}`]!;
  return a.kind === 'service' ? a.service : a.kind;
};

describe('analyze', () => {
  it('is deterministic for a seed: same plan and analysis, byte for byte', () => {
    const a = analyze(shopSnapshot(), shopWorkload(), { seed: 7 });
    const b = analyze(shopSnapshot(), shopWorkload(), { seed: 7 });
    expect(planToYaml(b.plan)).toBe(planToYaml(a.plan));
    expect(JSON.stringify(b.analysis)).toBe(JSON.stringify(a.analysis));
    // Input order does not matter either.
    const shuffled = shopSnapshot();
    shuffled.tables.reverse();
    expect(planToYaml(analyze(shuffled, shopWorkload(), { seed: 7 }).plan)).toBe(planToYaml(a.plan));
  });

  it('splits the shop along its domains and sets shared tables aside', () => {
    const r = analyze(shopSnapshot(), shopWorkload(), { seed: 1 });
    expect(where(r, 'order_items')).toBe(where(r, 'orders'));
    expect(where(r, 'invoice_lines')).toBe(where(r, 'invoices'));
    expect(where(r, 'product_images')).toBe(where(r, 'products'));
    expect(where(r, 'user_profiles')).toBe(where(r, 'users'));
    expect(where(r, 'orders')).not.toBe(where(r, 'products'));
    expect(where(r, 'invoices')).not.toBe(where(r, 'products'));
    expect(where(r, 'currencies')).toBe('reference');
    expect(where(r, 'schema_migrations')).toBe('technical');
    const keys = Object.keys(r.analysis.assignments);
    expect(keys).toHaveLength(shopSnapshot().tables.length);
    expect(r.plan.reference.find((x) => x.table === 'public.currencies')?.consumers?.length).toBeGreaterThan(
      1,
    );
    for (const t of r.analysis.tables) expect(t.summary.length).toBeGreaterThan(10);
  });

  it('places junctions with a table they link, and reports a resolution sweep', () => {
    const r = analyze(shopSnapshot(), shopWorkload(), { seed: 1 });
    for (const t of r.analysis.tables.filter((x) => x.role === 'junction')) {
      const links = r.model.evidence.roles[r.model.indexOf(t.table)]!.links!.map((l) => r.model.keyOf(l));
      const sides = links.map((k) => r.analysis.assignments[k]).filter((a) => a?.kind === 'service');
      expect(sides).toContainEqual(t.assignment);
    }
    expect(r.analysis.sweep.map((p) => p.resolution)).toEqual([0.5, 0.75, 1, 1.5, 2]);
    for (const p of r.analysis.sweep) expect(p.stability).toBeGreaterThan(0);
    const auto = analyze(shopSnapshot(), shopWorkload(), { seed: 1, resolution: 'auto' });
    const best = Math.max(...auto.analysis.sweep.map((p) => p.stability));
    const chosen = auto.analysis.sweep.find((p) => p.resolution === auto.analysis.parameters.resolution)!;
    expect(chosen.stability).toBe(best);
  });

  it('keeps a junction with its name family when the names hold it more than its links pull', () => {
    const entity = (name: string, parent?: string) => ({
      name,
      columns: ['id', 'label:text', 'note:text', 'amount:num', ...(parent ? [`${parent}_id`] : [])],
      fks: parent ? [{ columns: [`${parent}_id`], table: parent }] : [],
    });
    const family = (head: string, parts: string[]) => [
      entity(head),
      ...parts.map((p) => entity(`${head}_${p}`, head)),
    ];
    const schema = snapshot([
      ...family('catalog_category', ['text', 'path', 'rule', 'seo']),
      ...family('item', ['price', 'stock', 'image']),
      ...family('tag', ['group', 'alias', 'rule']),
      {
        name: 'catalog_item_tag',
        columns: ['item_id', 'tag_id'],
        pk: ['item_id', 'tag_id'],
        fks: [
          { columns: ['item_id'], table: 'item' },
          { columns: ['tag_id'], table: 'tag' },
        ],
      },
    ]);
    const r = analyze(schema, undefined, { seed: 1 });
    const at = (name: string) => r.analysis.assignments[`public.${name}`];
    expect(at('catalog_item_tag')).toEqual(at('catalog_category'));
    expect(at('catalog_item_tag')).not.toEqual(at('item'));
    expect(at('catalog_item_tag')).not.toEqual(at('tag'));
    const reason = r.analysis.tables.find((x) => x.table === 'public.catalog_item_tag')!.reason;
    expect(reason).toMatch(
      /^links public\.item and public\.tag .*; kept with its name family in \S+ \(name ties [\d.]+\) rather than beside public\.(item|tag) in (item|tag) \(ties [\d.]+\)$/,
    );
    // Without the name channel nothing holds it there: it goes beside a table it links.
    const plain = analyze(schema, undefined, { seed: 1, weights: { prefix: 0 } });
    const side = plain.analysis.assignments['public.catalog_item_tag'];
    expect([
      plain.analysis.assignments['public.item'],
      plain.analysis.assignments['public.tag'],
    ]).toContainEqual(side);
  });

  it('honours pins, together groups and apart pairs', () => {
    const r = analyze(shopSnapshot(), shopWorkload(), {
      seed: 1,
      constraints: {
        pins: { 'public.refunds': 'payments', 'public.payments': 'payments' },
        together: [['public.carts', 'public.orders']],
        apart: [['public.shipments', 'public.orders']],
      },
    });
    expect(where(r, 'refunds')).toBe('payments');
    expect(where(r, 'payments')).toBe('payments');
    expect(where(r, 'carts')).toBe(where(r, 'orders'));
    expect(where(r, 'shipments')).not.toBe(where(r, 'orders'));
    expect(r.analysis.constraints.violations).toEqual([]);
    expect(r.plan.constraints.pins).toEqual({ 'public.payments': 'payments', 'public.refunds': 'payments' });
    expect(r.model.violations()).toEqual([]);
  });

  it('reports a constraint that cannot be met instead of ignoring it', () => {
    const r = analyze(shopSnapshot(), shopWorkload(), {
      seed: 1,
      constraints: {
        pins: { 'public.orders': 'ordering', 'public.invoices': 'billing' },
        together: [['public.orders', 'public.invoices']],
        apart: [['public.orders', 'public.order_items']],
      },
    });
    const kinds = r.analysis.constraints.violations.map((v) => `${v.kind}: ${v.reason}`);
    expect(kinds).toContainEqual(
      expect.stringMatching(/^together: its tables are pinned to different services/),
    );
    expect(kinds).toContainEqual(expect.stringMatching(/^apart: they must also stay together/));
    // The pins still hold.
    expect(where(r, 'orders')).toBe('ordering');
    expect(where(r, 'invoices')).toBe('billing');
    expect(r.analysis.constraints.violations.find((v) => v.kind === 'apart')?.tables).toEqual([
      'public.order_items',
      'public.orders',
    ]);
  });

  it('reports constraints on tables the snapshot does not have', () => {
    const r = analyze(shopSnapshot(), undefined, { constraints: { pins: { 'public.gone': 'x' } } });
    expect(r.analysis.constraints.violations).toEqual([
      { kind: 'pin', tables: ['public.gone'], reason: 'not in the snapshot: public.gone' },
    ]);
  });

  it('keeps service names and pins of a previous plan', () => {
    const first = analyze(shopSnapshot(), shopWorkload(), { seed: 3 });
    const previous = structuredClone(first.plan);
    const ordersService = previous.services.find((s) => s.tables.some((t) => t.table === 'public.orders'))!;
    ordersService.name = 'checkout';
    const renamed = analyze(shopSnapshot(), shopWorkload(), { previous });
    expect(where(renamed, 'orders')).toBe('checkout');
    expect(renamed.analysis.parameters.seed).toBe(3);
    previous.constraints.pins['public.carts'] = 'checkout';
    previous.constraints.pins['public.orders'] = 'checkout';
    const pinned = analyze(shopSnapshot(), shopWorkload(), { previous });
    expect(where(pinned, 'carts')).toBe('checkout');
    expect(where(pinned, 'orders')).toBe('checkout');
    expect(pinned.plan.constraints.pins).toMatchObject({ 'public.carts': 'checkout' });
  });

  it('splits communities that are not connected', () => {
    // Two islands with nothing between them never share a service, whatever the resolution.
    const r = analyze(
      snapshot([
        { name: 'a1', columns: ['id', 'x:text', 'y:text', 'z:text'] },
        { name: 'a2', columns: ['id', 'a1_id'], fks: [{ columns: ['a1_id'], table: 'a1' }] },
        { name: 'b1', columns: ['id', 'x:text', 'y:text', 'z:text'] },
        { name: 'b2', columns: ['id', 'b1_id'], fks: [{ columns: ['b1_id'], table: 'b1' }] },
      ]),
      undefined,
      { resolution: 0.01 },
    );
    expect(where(r, 'a1')).toBe(where(r, 'a2'));
    expect(where(r, 'a1')).not.toBe(where(r, 'b1'));
  });

  it('refuses an empty schema with a stable code', () => {
    const empty = snapshot([]);
    expect(() => analyze(empty)).toThrow(SeamError);
    try {
      analyze(empty);
    } catch (error) {
      expect((error as SeamError).code).toBe('SEAM_SCHEMA_EMPTY');
    }
  });

  it('handles hostile names: quotes, dots, spaces, unicode', () => {
    const r = analyze(
      snapshot([
        {
          name: 'Bestellungen "alt".v1',
          schema: 'my schema',
          columns: ['id', 'name:text', 'a:text', 'b:text'],
        },
        {
          name: 'Positionen 📦',
          schema: 'my schema',
          columns: ['id', 'bestellung_id'],
          fks: [{ columns: ['bestellung_id'], table: 'Bestellungen "alt".v1' }],
        },
        { name: 'ünïcödé', schema: 'my schema', columns: ['id', 'x:text', 'y:text', 'z:text'] },
      ]),
    );
    const keys = Object.keys(r.analysis.assignments).sort();
    expect(keys).toEqual([
      '"my schema"."Bestellungen ""alt"".v1"',
      '"my schema"."Positionen 📦"',
      '"my schema".ünïcödé',
    ]);
    for (const s of r.plan.services) expect(s.name).toMatch(/^[a-z][a-z0-9_-]*$/);
    expect(() => planToYaml(r.plan)).not.toThrow();
  });

  it('plans a database whose statistics are all zero as the same schema without statistics, and says so', () => {
    const bare = shopSnapshot();
    for (const t of bare.tables) Object.assign(t, { rowEstimate: 0, bytes: 0, stats: null });
    const zero = withZeroStatistics(shopSnapshot());
    const a = analyze(bare, undefined, { seed: 3 });
    const b = analyze(zero, undefined, { seed: 3 });
    expect(b.analysis.assignments).toEqual(a.analysis.assignments);
    expect(b.analysis.evidence.statistics).toBe('absent');
    expect(b.analysis.evidence.notes.join('\n')).toMatch(/statistics absent/);
    expect(b.analysis.evidence.notes.join('\n')).toMatch(/no workload/);
    const measured = analyze(shopSnapshot(), shopWorkload(), { seed: 3 });
    expect(measured.analysis.evidence).toMatchObject({ statistics: 'measured', notes: [] });
    expect(measured.analysis.evidence.names).toMatchObject({ families: 7, strippedPrefixes: [] });
    expect(measured.analysis.evidence.names.factor).toBeGreaterThan(1);
  });

  it('plans a schema without foreign keys, and one of a single table, with a note of what was missing', () => {
    const noFks = analyze(
      snapshot([
        { name: 'orders', columns: ['id', 'customer_id', 'total:num'] },
        { name: 'customers', columns: ['id', 'name:text', 'email:text', 'phone:text'] },
      ]),
    );
    expect(noFks.analysis.evidence.notes.join('\n')).toMatch(/no foreign keys are declared/);
    const one = analyze(snapshot([{ name: 'only', columns: ['id', 'x:text'] }]));
    expect(one.plan.services).toHaveLength(1);
    expect(one.analysis.evidence.notes.join('\n')).toMatch(/one table/);
  });

  it('groups a family by its shared name stem when nothing else ties it', () => {
    const cols = ['id', 'code:text', 'note:text', 'amount:num'];
    const r = analyze(
      snapshot(
        ['orders', 'order_lines', 'order_line_history', 'invoices', 'invoice_items', 'invoice_notes'].map(
          (name) => ({
            name,
            columns: cols,
          }),
        ),
      ),
    );
    expect(where(r, 'order_lines')).toBe(where(r, 'orders'));
    expect(where(r, 'order_line_history')).toBe(where(r, 'orders'));
    expect(where(r, 'invoice_items')).toBe(where(r, 'invoices'));
    expect(where(r, 'orders')).not.toBe(where(r, 'invoices'));
    const e = r.analysis.tables.find((t) => t.table === 'public.order_lines')!;
    expect(e.ties[0]!.evidence).toEqual([
      'same name family "order" (name tie ×1.0: too few keys (0) to learn from; the default weight)',
    ]);
    expect(e.summary).toMatch(/mostly by its name family "order"/);
  });

  it('plans a database of thousands of empty tables with a note, without crashing', () => {
    const tables = Array.from({ length: 2000 }, (_, i) => ({
      name: `${['Kunde', 'заказ', 'order', 'ITEM'][i % 4]}_${Math.floor(i / 4)}`,
      columns: ['id', 'name:text', i % 3 ? `${['kunde', 'order'][i % 2]}_id` : 'note:text'],
      rows: 0,
      bytes: 8192,
      writes: 0,
      reads: 0,
    }));
    const r = analyze(snapshot(tables), undefined, { seed: 1, runs: 2 });
    expect(Object.keys(r.analysis.assignments)).toHaveLength(2000);
    expect(r.analysis.evidence.statistics).toBe('absent');
    expect(r.analysis.evidence.notes.join('\n')).toMatch(
      /statistics absent[\s\S]*no foreign keys are declared/,
    );
    for (const s of r.plan.services) expect(s.name).toMatch(/^[a-z][a-z0-9_-]*$/);
  }, 60_000); // thousands of tables: seconds on a loaded machine
});
