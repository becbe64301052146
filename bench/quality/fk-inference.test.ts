import { describe, expect, it } from 'vitest';
import { scoreFkInference } from './fk-inference.js';
import { toSnapshot } from './labelled-schema.js';

const col = (name: string, type = 'integer') => ({ name, type, nullable: false });
const snapshot = (withKey: boolean) =>
  toSnapshot({
    name: 'shop',
    dialect: 'postgres',
    tables: [
      {
        name: 'customers',
        columns: [col('id'), col('name', 'text')],
        primaryKey: ['id'],
        foreignKeys: [],
        indexes: [],
      },
      {
        name: 'orders',
        columns: [col('id'), col('customer_id'), col('note', 'text')],
        primaryKey: ['id'],
        foreignKeys: withKey ? [{ columns: ['customer_id'], refTable: 'customers', refColumns: ['id'] }] : [],
        indexes: [],
      },
      {
        name: 'audit',
        columns: [col('id'), col('payload', 'text')],
        primaryKey: ['id'],
        foreignKeys: [],
        indexes: [],
      },
    ],
  });

describe('scoreFkInference', () => {
  it('removes the declared keys and finds them again from the column names', () => {
    const s = scoreFkInference(snapshot(true));
    expect(s).toMatchObject({ expected: 1, inferred: 1, matched: 1, precision: 1, recall: 1 });
  });

  it('scores a schema without keys against the relations known for it', () => {
    const s = scoreFkInference(snapshot(false), [
      { table: 'orders', columns: ['customer_id'], refTable: 'customers' },
      { table: 'audit', columns: ['payload'], refTable: 'orders' },
    ]);
    expect(s).toMatchObject({ expected: 2, matched: 1, recall: 0.5 });
  });
});
