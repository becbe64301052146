import { describe, expect, it } from 'vitest';
import { inferRelations } from './infer-fks.js';
import { declaredRelations } from './relations.js';
import { indexSnapshot } from './tables.js';
import { snapshot } from './test-support/schema-builder.js';

function infer(tables: Parameters<typeof snapshot>[0], joins: Array<[string, string, string, string]> = []) {
  const index = indexSnapshot(snapshot(tables));
  const { relations } = declaredRelations(index);
  const resolved = joins.map(([lt, lc, rt, rc]) => ({
    left: { table: index.byKey.get(`public.${lt}`)!, column: lc },
    right: { table: index.byKey.get(`public.${rt}`)!, column: rc },
    calls: 10,
  }));
  const result = inferRelations(index, relations, resolved);
  const show = (r: (typeof result.relations)[number]) =>
    `${index.tables[r.child]!.table.name}.${r.columns[0]} → ${index.tables[r.parent]!.table.name} ${r.confidence} ${r.rules.join('+')}`;
  return { ...result, shown: result.relations.map(show) };
}

describe('inferRelations', () => {
  it('reads <entity>_id as a reference to the table named for that entity', () => {
    const r = infer([
      { name: 'categories', columns: ['id', 'name:text'] },
      {
        name: 'posts',
        columns: ['id', 'category_id', 'title:text'],
        indexes: [{ name: 'i', columns: ['category_id'] }],
      },
    ]);
    expect(r.shown).toEqual(['posts.category_id → categories 0.65 entity-name']);
  });

  it('reads a column of two or more words named for a table, framework prefix aside, as a reference to its key', () => {
    const r = infer([
      { name: 'tabSalary Component', columns: ['name:text', 'abbr:text'], pk: ['name'] },
      {
        name: 'tabSalary Detail',
        columns: ['name:text', 'salary_component:text', 'amount:num'],
        pk: ['name'],
      },
      { name: 'tabLeave Type', columns: ['name:text', 'max_days'], pk: ['name'] },
      // A number named like a table with a text key, and a one-word measure named like a table: no reference.
      { name: 'tabLeave Allocation', columns: ['name:text', 'leave_type', 'ratio'], pk: ['name'] },
      { name: 'tabRatio', columns: ['name', 'value'], pk: ['name'] },
    ]);
    expect(r.shown).toEqual(['tabSalary Detail.salary_component → tabSalary Component 0.6 table-name']);
  });

  it('reads a column named like another table’s own key column (CustomerID ↔ Customers.CustomerID)', () => {
    const r = infer([
      { name: 'Customers', columns: ['CustomerID', 'Name:text'], pk: ['CustomerID'] },
      { name: 'Orders', columns: ['OrderID', 'CustomerID'], pk: ['OrderID'] },
    ]);
    expect(r.shown).toEqual(['Orders.CustomerID → Customers 0.75 entity-name+pk-name']);
  });

  it('adds confidence from joins seen in the workload, and infers from joins alone', () => {
    const r = infer(
      [
        { name: 'accounts', columns: ['id', 'name:text'] },
        { name: 'tickets', columns: ['id', 'account_id', 'owner'] },
      ],
      [
        ['tickets', 'account_id', 'accounts', 'id'],
        ['tickets', 'owner', 'accounts', 'id'],
      ],
    );
    expect(r.shown).toEqual([
      'tickets.account_id → accounts 0.95 entity-name+join',
      'tickets.owner → accounts 0.8 join',
    ]);
  });

  it('drops a column that matches several tables, and keeps the candidates for the report', () => {
    const r = infer([
      { name: 'item', schema: 'public', columns: ['id'] },
      { name: 'items', columns: ['id'] },
      { name: 'carts', columns: ['id', 'item_id'] },
    ]);
    expect(r.relations).toEqual([]);
    expect(r.ambiguous).toEqual([
      { table: 'public.carts', column: 'item_id', candidates: ['public.item', 'public.items'] },
    ]);
  });

  it('ignores declared keys, type mismatches, self references and polymorphic pairs, even when joined', () => {
    const r = infer(
      [
        { name: 'users', columns: ['id', 'name:text'] },
        {
          name: 'notes',
          columns: ['id', 'user_id', 'parent_id', 'commentable_type:text', 'commentable_id'],
          fks: [{ columns: ['user_id'], table: 'users' }],
        },
        { name: 'parents', columns: ['id:text'] },
        { name: 'commentables', columns: ['id'] },
      ],
      [['notes', 'commentable_id', 'commentables', 'id']],
    );
    expect(r.relations).toEqual([]);
    expect(r.polymorphic).toHaveLength(1);
    expect(r.polymorphic[0]).toMatchObject({ typeColumn: 'commentable_type', idColumn: 'commentable_id' });
  });

  it('reads x_fk, id_x, xId, trailing numbers, longer names ending with the entity, and framework prefixes', () => {
    const r = infer([
      { name: 'wp_users', columns: ['id', 'login:text'] },
      { name: 'wp_posts', columns: ['id', 'user_fk', 'title:text'] },
      { name: 'wp_comments', columns: ['id', 'id_post', 'body:text'] },
      { name: 'addresses', columns: ['id', 'line:text'] },
      { name: 'shipments', columns: ['id', 'billingAddressId', 'delivery_address_id'] },
      { name: 'concepts', columns: ['id', 'name:text'] },
      { name: 'concept_links', columns: ['id', 'concept_id_1', 'concept_id_2'] },
    ]);
    expect(r.shown).toEqual([
      'concept_links.concept_id_1 → concepts 0.85 entity-name+family',
      'concept_links.concept_id_2 → concepts 0.85 entity-name+family',
      'shipments.billingAddressId → addresses 0.6 entity-name',
      'shipments.delivery_address_id → addresses 0.6 entity-name',
      'wp_comments.id_post → wp_posts 0.6 entity-name',
      'wp_posts.user_fk → wp_users 0.6 entity-name',
    ]);
  });

  it('reads a family (a table named for the start of the child’s name) and table-abbreviation column prefixes', () => {
    const r = infer([
      { name: 'catalog_product_entity', columns: ['entity_id', 'sku:text'], pk: ['entity_id'] },
      {
        name: 'catalog_product_entity_int',
        columns: ['value_id', 'entity_id', 'value'],
        pk: ['value_id'],
      },
      { name: 'zip_code', columns: ['zc_code:text', 'zc_town:text'], pk: ['zc_code'] },
      { name: 'address', columns: ['ad_id', 'ad_line1:text', 'ad_zc_code:text'], pk: ['ad_id'] },
    ]);
    expect(r.shown).toEqual([
      'address.ad_zc_code → zip_code 0.6 pk-name',
      'catalog_product_entity_int.entity_id → catalog_product_entity 0.85 family+pk-name',
    ]);
  });

  it('points a reference at a unique key when the primary key is a surrogate of another kind', () => {
    const r = infer([
      { name: 'countries', columns: ['id', 'code:text', 'name:text'], uniques: [['code']] },
      { name: 'stores', columns: ['id', 'country_code:text'] },
    ]);
    expect(r.relations).toHaveLength(1);
    expect(r.relations[0]).toMatchObject({ columns: ['country_code'], referencedColumns: ['code'] });
  });

  it('does not make copies of a table (archive, replica) refer to each other', () => {
    const r = infer([
      { name: 'events', columns: ['event_id', 'kind:text'], pk: ['event_id'] },
      { name: 'events_archive', columns: ['event_id', 'kind:text'], pk: ['event_id'] },
    ]);
    expect(r.relations).toEqual([]);
  });

  it('lets a join in the workload refute what a name suggested', () => {
    const r = infer(
      [
        { name: 'accounts', columns: ['id', 'name:text'] },
        { name: 'customers', columns: ['id', 'name:text'] },
        { name: 'tickets', columns: ['id', 'account_id'] },
      ],
      [['tickets', 'account_id', 'customers', 'id']],
    );
    expect(r.shown).toEqual(['tickets.account_id → customers 0.8 join']);
  });
});
