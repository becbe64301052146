import { describe, expect, it } from 'vitest';
import { inferRelations } from './infer-fks.js';
import { declaredRelations } from './relations.js';
import { indexSnapshot } from './tables.js';
import { snapshot } from './test-support/schema-builder.js';

describe('inferRelations and primary-key names', () => {
  it('reads a key borrowed from a parent as naming the parent (user_profiles.user_id → users)', () => {
    const index = indexSnapshot(
      snapshot([
        { name: 'users', columns: ['id', 'name:text'] },
        {
          name: 'user_profiles',
          columns: ['user_id', 'bio:text'],
          pk: ['user_id'],
          fks: [{ columns: ['user_id'], table: 'users' }],
        },
        { name: 'page_views', columns: ['id', 'user_id', 'url:text'] },
      ]),
    );
    const r = inferRelations(index, declaredRelations(index).relations, []);
    expect(r.ambiguous).toEqual([]);
    expect(
      r.relations.map((x) => `${index.tables[x.child]!.table.name} → ${index.tables[x.parent]!.table.name}`),
    ).toEqual(['page_views → users']);
  });

  it('gives no meaning to a key name several tables share (code), nor makes twins reference each other', () => {
    const index = indexSnapshot(
      snapshot([
        { name: 'countries', columns: ['code:text', 'name:text'], pk: ['code'] },
        { name: 'currencies', columns: ['code:text', 'name:text'], pk: ['code'] },
        { name: 'carriers', columns: ['id', 'code:text'] },
        { name: 'history', columns: ['TransactionID', 'qty'], pk: ['TransactionID'] },
        { name: 'history_archive', columns: ['TransactionID', 'qty'], pk: ['TransactionID'] },
      ]),
    );
    const r = inferRelations(index, declaredRelations(index).relations, []);
    expect(r.relations).toEqual([]);
    expect(r.ambiguous).toEqual([]);
  });
});
