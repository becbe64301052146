import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { buildEvidence } from './evidence-graph.js';
import { indexSnapshot } from './tables.js';
import { snapshot, type TableSpec } from './test-support/schema-builder.js';

/** A DVD-rental-like schema: actors are a business entity, staff record who changed what. */
function dvdrental(extra: TableSpec[] = []): TableSpec[] {
  return [
    {
      name: 'actor',
      columns: ['actor_id', 'first_name:text', 'last_name:text', 'last_update:ts'],
      pk: ['actor_id'],
    },
    { name: 'language', columns: ['language_id', 'name:text', 'last_update:ts'], pk: ['language_id'] },
    {
      name: 'film',
      columns: [
        'film_id',
        'title:text',
        'description:text',
        'language_id',
        'rental_rate:num',
        'length',
        'last_update:ts',
      ],
      pk: ['film_id'],
      fks: [{ columns: ['language_id'], table: 'language', ref: ['language_id'] }],
    },
    {
      name: 'film_actor',
      columns: ['actor_id', 'film_id', 'last_update:ts'],
      pk: ['actor_id', 'film_id'],
      fks: [
        { columns: ['actor_id'], table: 'actor', ref: ['actor_id'] },
        { columns: ['film_id'], table: 'film', ref: ['film_id'] },
      ],
    },
    {
      name: 'staff',
      columns: ['staff_id', 'first_name:text', 'last_name:text', 'email:text'],
      pk: ['staff_id'],
    },
    ...extra,
  ];
}

const roleOf = (tables: TableSpec[]) => {
  const ev = buildEvidence(indexSnapshot(snapshot(tables)), undefined);
  const byName = (n: string) => ev.index.tables.find((t) => t.table.name === n)!.index;
  return { ev, byName, role: (n: string) => ev.roles[byName(n)]!.role };
};

describe('audit ("who") columns by shape and use', () => {
  it('keeps film_actor a junction of actor and film: actor_id is a business reference', () => {
    const { ev, role } = roleOf(dvdrental());
    expect(role('film_actor')).toBe('junction');
    expect(ev.relations.filter((r) => r.audit)).toEqual([]);
  });

  it('takes who-shaped columns for audit columns when many tables point at one table through them', () => {
    const edited = ['rental', 'payment', 'inventory'].map((name) => ({
      name,
      columns: [`${name}_id`, 'amount:num', 'last_edited_by'],
      pk: [`${name}_id`],
      fks: [{ columns: ['last_edited_by'], table: 'staff', ref: ['staff_id'] }],
    }));
    const { ev, byName, role } = roleOf(dvdrental(edited));
    const audit = ev.relations.filter((r) => r.audit);
    expect(audit).toHaveLength(3);
    expect(audit.every((r) => r.parent === byName('staff'))).toBe(true);
    expect(role('staff')).toBe('hub');
    expect(role('film_actor')).toBe('junction');
  });

  it('takes a column most tables carry, all pointing at one table, for a scope (tenant) column', () => {
    const tenanted = Array.from({ length: 12 }, (_, i) => ({
      name: `doc_${i}`,
      columns: [`doc_${i}_id`, 'amount:num', 'ad_client_id'],
      pk: [`doc_${i}_id`],
      fks: [{ columns: ['ad_client_id'], table: 'client', ref: ['client_id'] }],
    }));
    const { ev, byName } = roleOf([
      { name: 'client', columns: ['client_id', 'name:text'], pk: ['client_id'] },
      ...tenanted,
      {
        name: 'doc_line',
        columns: ['doc_line_id', 'doc_0_id', 'ad_client_id'],
        pk: ['doc_line_id'],
        fks: [
          { columns: ['doc_0_id'], table: 'doc_0', ref: ['doc_0_id'] },
          { columns: ['ad_client_id'], table: 'client', ref: ['client_id'] },
        ],
      },
    ]);
    const audit = ev.relations.filter((r) => r.audit);
    expect(audit).toHaveLength(13);
    expect(audit.every((r) => r.parent === byName('client'))).toBe(true);
    expect(ev.relations.find((r) => r.columns[0] === 'doc_0_id')!.audit).toBe(false);
  });

  it('leaves a single who-shaped column an ordinary reference', () => {
    const { ev } = roleOf(
      dvdrental([
        {
          name: 'refund',
          columns: ['refund_id', 'amount:num', 'approved_by'],
          pk: ['refund_id'],
          fks: [{ columns: ['approved_by'], table: 'staff', ref: ['staff_id'] }],
        },
      ]),
    );
    expect(ev.relations.some((r) => r.audit)).toBe(false);
    const plan = analyze(snapshot(dvdrental()), undefined, { seed: 1 }).analysis.assignments;
    expect([plan['public.film'], plan['public.actor']]).toContainEqual(plan['public.film_actor']);
  });
});
