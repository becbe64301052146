import { describe, expect, it } from 'vitest';
import { scoreFkInference } from './fk-inference-score.js';
import { snapshot } from './test-support/schema-builder.js';

describe('scoreFkInference', () => {
  it('removes the declared keys, infers them back, and counts what was right, wrong and missed', () => {
    const s = scoreFkInference(
      snapshot([
        { name: 'customers', columns: ['id', 'name:text'] },
        {
          name: 'orders',
          columns: ['id', 'customer_id', 'owner'],
          fks: [
            { columns: ['customer_id'], table: 'customers' },
            { columns: ['owner'], table: 'customers' },
          ],
        },
        { name: 'notes', columns: ['id', 'customer_id', 'body:text'] },
      ]),
    );
    expect(s).toMatchObject({
      declared: 2,
      inferred: 2,
      correct: 1,
      recovered: 1,
      precision: 0.5,
      recall: 0.5,
    });
    expect(s.wrong).toEqual(['public.notes(customer_id) → public.customers']);
    expect(s.missed).toEqual(['public.orders(owner) → public.customers']);
  });

  it('counts an inference to the table the declared parent’s key refers to as right', () => {
    const s = scoreFkInference(
      snapshot([
        { name: 'business_entity', columns: ['business_entity_id'], pk: ['business_entity_id'] },
        {
          name: 'person',
          columns: ['business_entity_id', 'name:text'],
          pk: ['business_entity_id'],
          fks: [{ columns: ['business_entity_id'], table: 'business_entity', ref: ['business_entity_id'] }],
        },
        {
          name: 'email',
          columns: ['id', 'business_entity_id', 'address:text'],
          fks: [{ columns: ['business_entity_id'], table: 'person', ref: ['business_entity_id'] }],
        },
      ]),
    );
    expect(s).toMatchObject({ precision: 1, recall: 1 });
  });
});
