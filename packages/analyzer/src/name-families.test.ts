import { describe, expect, it } from 'vitest';
import { buildEvidence } from './evidence-graph.js';
import { nameAgreement, nameFamilies } from './name-families.js';
import { declaredRelations } from './relations.js';
import { indexSnapshot } from './tables.js';
import { snapshot } from './test-support/schema-builder.js';

const cols = ['id', 'label:text'];

describe('nameFamilies', () => {
  it('sets aside a prefix most tables share and groups by the next word, a one-word table heading it', () => {
    const index = indexSnapshot(
      snapshot(
        [
          'tabSalary Slip',
          'tabSalary Detail',
          'tabSalary',
          'tabLeave Type',
          'tabLeave Application',
          'tabShift',
        ].map((name) => ({ name, columns: cols })),
      ),
    );
    const f = nameFamilies(index);
    expect([...f.stripped.values()]).toEqual([['tab']]);
    const familyOf = (name: string) => {
      const i = f.family[index.byName.get(name)!]!;
      return i >= 0 ? f.keys[i] : null;
    };
    expect(familyOf('tabSalary Slip')).toBe('salary');
    expect(familyOf('tabSalary')).toBe('salary');
    expect(familyOf('tabLeave Type')).toBe('leave');
    expect(familyOf('tabShift')).toBeNull();
  });

  it('measures how far names agree with keys beyond chance', () => {
    const agree = indexSnapshot(
      snapshot([
        { name: 'orders', columns: cols },
        {
          name: 'order_items',
          columns: ['id', 'order_id'],
          fks: [{ columns: ['order_id'], table: 'orders' }],
        },
        {
          name: 'order_notes',
          columns: ['id', 'order_id'],
          fks: [{ columns: ['order_id'], table: 'orders' }],
        },
        {
          name: 'order_history',
          columns: ['id', 'order_id'],
          fks: [{ columns: ['order_id'], table: 'orders' }],
        },
        { name: 'invoices', columns: cols },
        { name: 'invoice_lines', columns: ['id', 'inv'], fks: [{ columns: ['inv'], table: 'invoices' }] },
        { name: 'invoice_notes', columns: ['id', 'inv'], fks: [{ columns: ['inv'], table: 'invoices' }] },
        { name: 'payments', columns: cols },
        { name: 'shipments', columns: cols },
      ]),
    );
    const a = nameAgreement(agree, nameFamilies(agree), declaredRelations(agree).relations);
    expect(a.relations).toBe(5);
    expect(a.observed).toBe(1);
    expect(a.agreement).toBeGreaterThan(0.5);
    // Keys that cross every family: names say nothing here, so their ties count for nothing.
    const crossed = indexSnapshot(
      snapshot([
        { name: 'orders', columns: cols },
        { name: 'order_items', columns: ['id', 'x'], fks: [{ columns: ['x'], table: 'invoices' }] },
        { name: 'order_notes', columns: ['id', 'x'], fks: [{ columns: ['x'], table: 'invoice_lines' }] },
        { name: 'invoices', columns: cols },
        { name: 'invoice_lines', columns: ['id', 'x'], fks: [{ columns: ['x'], table: 'orders' }] },
        { name: 'invoice_notes', columns: ['id', 'x'], fks: [{ columns: ['x'], table: 'order_items' }] },
        { name: 'payments', columns: ['id', 'x'], fks: [{ columns: ['x'], table: 'order_notes' }] },
      ]),
    );
    const ev = buildEvidence(crossed, undefined);
    expect(ev.names.agreement.agreement).toBeLessThan(0);
    expect(ev.names.factor).toBe(0);
    expect(ev.ties.every((t) => t.prefix === 0)).toBe(true);
    const good = buildEvidence(agree, undefined);
    expect(good.names.factor).toBeGreaterThan(1);
  });
});
