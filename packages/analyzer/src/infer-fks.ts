import type { ColumnSnapshot as Column, LogicalType } from '@seam/core';
import { GENERIC_WORDS, referencedEntity, singular, words } from './names.js';
import { hasLeadingIndex, type Relation } from './relations.js';
import type { TableIndex, TableInfo } from './tables.js';

/** An equi-join `a.x = b.y` seen in the workload, resolved to table indexes, with its calls. */
export interface ObservedJoin {
  left: { table: number; column: string };
  right: { table: number; column: string };
  calls: number;
}

export interface Inference {
  relations: Relation[];
  /** Columns that looked like references but matched several tables: dropped, as SchemaSpy does. */
  ambiguous: { table: string; column: string; candidates: string[] }[];
  /** `<x>_type` + `<x>_id` pairs: references to several tables that no key can enforce. */
  polymorphic: { table: number; typeColumn: string; idColumn: string }[];
}

const RULE_CONFIDENCE = {
  family: 0.7,
  'pk-name': 0.6,
  'entity-name': 0.6,
  'table-name': 0.6,
  join: 0.8,
} as const;
type Rule = keyof typeof RULE_CONFIDENCE;

/** Last words of a column that name another table's key (`customer_id`, `customer_fk`, `country_code`). */
const KEY_WORDS = new Set(['id', 'fk', 'code', 'key', 'uuid', 'guid', 'no', 'number']);

function kindOf(type: LogicalType): string {
  return type.kind === 'integer' || type.kind === 'decimal' ? 'number' : type.kind;
}

const join = (w: readonly string[]) => w.join('_');

/** Words of a name without trailing numbers (`concept_id_1` → concept, id). */
function nameWords(name: string): string[] {
  const w = [...words(name)];
  while (w.length > 1 && /^\d+$/u.test(w[w.length - 1]!)) w.pop();
  return w;
}

/**
 * The short word every column of a table starts with (`ad_` in address(ad_id, ad_line1, ad_zc_code)),
 * a naming style that prefixes columns with the table's abbreviation; null when there is none.
 */
function columnPrefix(table: TableInfo['table']): string | null {
  if (table.columns.length < 2) return null;
  const first = table.columns.map((c) => words(c.name));
  const p = first[0]![0];
  if (!p || p.length > 4 || p === 'id') return null;
  return first.every((w) => w.length > 1 && w[0] === p) ? p : null;
}

/**
 * Words shared as the first word of a large share of the tables (`wp_`, `sylius_`, `spree_`): a
 * framework's prefix, not part of the entity's name.
 */
function frameworkPrefixes(tables: TableInfo[]): Set<string> {
  const count = new Map<string, number>();
  for (const t of tables) {
    const w = words(t.table.name);
    if (w.length > 1) count.set(w[0]!, (count.get(w[0]!) ?? 0) + 1);
  }
  return new Set(
    [...count].filter(([, k]) => k >= 3 && k >= 0.25 * tables.length && tables.length >= 4).map(([w]) => w),
  );
}

/** The column of the parent a reference points at: its one-column primary key, else a unique key of the same kind. */
function referencedColumn(parent: TableInfo['table'], column: Column, lastWord: string): string | null {
  const compatible = (name: string) => {
    const c = parent.columns.find((x) => x.name === name);
    return !c || kindOf(c.type) === kindOf(column.type);
  };
  const pk = parent.primaryKey;
  const keyWordOk = (name: string) =>
    lastWord === 'id' || lastWord === 'fk' || nameWords(name).at(-1) === lastWord;
  if (pk.length === 1 && compatible(pk[0]!) && keyWordOk(pk[0]!)) return pk[0]!;
  const uniques = [
    ...parent.uniques.map((u) => u.columns),
    ...parent.indexes.filter((i) => i.unique).map((i) => i.columns),
  ]
    .filter((k) => k.length === 1 && compatible(k[0]!))
    .map((k) => k[0]!);
  return uniques.find((u) => nameWords(u).at(-1) === lastWord) ?? uniques.find(keyWordOk) ?? null;
}

/**
 * Foreign keys that the schema does not declare but its names and queries imply:
 * - `family`: the column names the key of a table whose name starts the child's name
 *   (`catalog_product_entity_int.entity_id` → catalog_product_entity; `order_lines.order_id` → orders);
 * - `pk-name`: the column is named like (or ends with) the one-column primary key of one other table
 *   (`CustomerID` ↔ Customers.CustomerID, `DeliveryCityID` → Cities.CityID, `ad_zc_code` →
 *   zip_code.zc_code once the table's own column prefix is set aside); a key name several tables
 *   share goes to the one the others are named after (`attribute_id` → eav_attribute, not
 *   catalog_eav_attribute); never a bare `id`;
 * - `entity-name`: `<entity>_id`, `<entity>Id`, `<entity>_fk`, `id_<entity>`, `<entity>_code`… where one
 *   table is named for the entity, or for a longer name ending with it (`billing_address_id` →
 *   addresses), singular or plural (`pluralize`), a framework prefix aside (`wp_`, `sylius_`);
 * - `join`: the workload joins the column to another table's single-column primary key.
 * The parent's key may be its primary key or a unique key of the same kind. A column matching several
 * tables is ambiguous and dropped. Confidence grows with the number of agreeing rules and an index.
 */
export function inferRelations(index: TableIndex, declared: Relation[], joins: ObservedJoin[]): Inference {
  const covered = new Set<string>();
  for (const r of declared) for (const c of r.columns) covered.add(`${r.child}\u0000${c}`);
  const prefixes = frameworkPrefixes(index.tables);
  const colPrefix = index.tables.map((t) => columnPrefix(t.table));
  const tableWords = index.tables.map((t) =>
    words(t.table.name).map((x, i, all) => (i === all.length - 1 ? singular(x) : x)),
  );
  // Its name without the words of a storage pattern or a framework prefix (catalog_product_entity → catalog, product).
  const coreWords = tableWords.map((w) => {
    const core = w.filter((x, i) => !GENERIC_WORDS.has(x) && !(i === 0 && w.length > 1 && prefixes.has(x)));
    if (core.length === 0) return w;
    core[core.length - 1] = singular(core.at(-1)!);
    return core;
  });

  // Copies of one table (an archive, a replica, a temporary twin) hold the same columns: neither refers to the other.
  const shape = index.tables.map((t) =>
    t.table.columns
      .map((c) => c.name.toLowerCase())
      .sort()
      .join('\u0000'),
  );
  const twins = (a: number, b: number) => shape[a] === shape[b];

  const byPkName = new Map<string, number[]>();
  const byEntity = new Map<string, number[]>();
  const push = (m: Map<string, number[]>, k: string, v: number) => {
    const list = m.get(k);
    if (list) {
      if (!list.includes(v)) list.push(v);
    } else m.set(k, [v]);
  };
  for (const t of index.tables) {
    const pk = t.table.primaryKey;
    const ew = tableWords[t.index]!;
    push(byEntity, join(ew), t.index);
    if (ew.length > 1 && prefixes.has(ew[0]!)) push(byEntity, join(ew.slice(1)), t.index);
    if (pk.length !== 1) continue;
    const pkWords = nameWords(pk[0]!);
    // A key borrowed from a parent (user_profiles.user_id → users) names the parent, not this table.
    const borrowed = covered.has(`${t.index}\u0000${pk[0]}`);
    if (!(pkWords.length === 1 && KEY_WORDS.has(pkWords[0]!)) && !borrowed)
      push(byPkName, join(pkWords), t.index);
  }
  // A key column name several tables share names one of them: the one named for the key's entity
  // (BusinessEntityID → BusinessEntity, not Person, whose key it borrows), else the one the others'
  // names contain (eav_attribute for catalog_eav_attribute), else the one of the shortest name
  // (store_website for catalog_product_index_website); a tie names none (`code`, `uuid`).
  const weakRoot = new Set<string>();
  const contains = (outer: string[], inner: string[]) =>
    inner.length < outer.length && outer.some((_, i) => inner.every((w, j) => outer[i + j] === w));
  for (const [name, list] of [...byPkName]) {
    if (list.length === 1) continue;
    const keyWords = name.split('_');
    const entity = keyWords.length > 1 && KEY_WORDS.has(keyWords.at(-1)!) ? keyWords.slice(0, -1) : null;
    if (entity) entity[entity.length - 1] = singular(entity.at(-1)!);
    const named = entity
      ? list.filter((r) => [tableWords[r]!, coreWords[r]!].some((w) => join(w) === join(entity)))
      : [];
    const endsWith = entity ? list.filter((r) => tableWords[r]!.at(-1) === entity.at(-1)) : [];
    const contained = list.filter((r) =>
      list.every((o) => o === r || contains(tableWords[o]!, tableWords[r]!)),
    );
    const shortest = Math.min(...endsWith.map((r) => tableWords[r]!.length));
    const short = endsWith.filter((r) => tableWords[r]!.length === shortest);
    const root = [named, contained, short].find((c) => c.length === 1);
    if (root) byPkName.set(name, root);
    // Only a root named for the key may be referenced by another table's own key (Person.BusinessEntityID).
    if (root && root !== short) weakRoot.delete(name);
    else if (root) weakRoot.add(name);
    else byPkName.delete(name);
  }
  // Every ending of a table's name, its storage words aside (catalog_product_entity → product,
  // catalog_product), for `<entity>_id` columns no whole name matches; the shortest name wins.
  const byEnding = new Map<string, number[]>();
  for (const t of index.tables) {
    const core = coreWords[t.index]!;
    for (let i = 1; i < core.length; i++) push(byEnding, join(core.slice(i)), t.index);
    if (core.length < tableWords[t.index]!.length) push(byEnding, join(core), t.index);
  }
  // Of several tables ending with the entity's name, the one sharing the longest start of its name
  // with the child (catalog_product_link.product_id → catalog_product_entity, not catalog_category_product).
  const closest = (child: number, list: number[]) => {
    if (list.length <= 1) return list;
    const shared = (p: number) => {
      let k = 0;
      while (k < tableWords[p]!.length && tableWords[p]![k] === tableWords[child]![k]) k++;
      return k;
    };
    const best = Math.max(...list.map(shared));
    const top = list.filter((p) => shared(p) === best);
    return best > 0 && top.length === 1 ? top : [];
  };

  const found = new Map<string, { child: number; column: string; parents: Map<number, Set<Rule>> }>();
  const ambiguous: Inference['ambiguous'] = [];
  const polymorphic: Inference['polymorphic'] = [];
  const refColumn = new Map<string, string>();
  const add = (child: number, column: string, parent: number, rule: Rule) => {
    const id = `${child}\u0000${column}`;
    const entry = found.get(id) ?? { child, column, parents: new Map<number, Set<Rule>>() };
    const rules = entry.parents.get(parent) ?? new Set<Rule>();
    rules.add(rule);
    entry.parents.set(parent, rules);
    found.set(id, entry);
  };

  for (const t of index.tables) {
    const ownPk = t.table.primaryKey;
    for (const column of t.table.columns) {
      if (covered.has(`${t.index}\u0000${column.name}`)) continue;
      // The table's own one-column key refers only by its exact name (Person.BusinessEntityID).
      const ownKey = ownPk.length === 1 && ownPk[0] === column.name;
      let w = nameWords(column.name);
      const cp = colPrefix[t.index];
      if (cp && w[0] === cp && w.length > 2) w = w.slice(1);
      const entity = referencedEntity(column.name);
      if (entity && !ownPk.includes(column.name)) {
        const stem = column.name
          .slice(0, column.name.length - words(column.name).at(-1)!.length)
          .replace(/_$/u, '')
          .toLowerCase();
        const typeColumn = t.table.columns.find(
          (c) =>
            [`${stem}_type`, `${stem}type`].includes(c.name.toLowerCase()) &&
            (c.type.kind === 'text' || c.type.kind === 'enum'),
        );
        if (typeColumn) {
          polymorphic.push({ table: t.index, typeColumn: typeColumn.name, idColumn: column.name });
          covered.add(`${t.index}\u0000${column.name}`);
          continue;
        }
      }
      // The key word and the entity's words: customer_id, customerId, customer_fk, id_customer, country_code.
      let keyWord: string | null = null;
      let base: string[] = [];
      if (w.length >= 2 && KEY_WORDS.has(w.at(-1)!)) [keyWord, base] = [w.at(-1)!, w.slice(0, -1)];
      else if (w.length >= 2 && w[0] === 'id') [keyWord, base] = ['id', w.slice(1)];
      if (base.length) base[base.length - 1] = singular(base[base.length - 1]!);

      const candidates = new Map<number, Rule[]>();
      const note = (list: number[] | undefined, rule: Rule) => {
        for (const p of list ?? []) {
          if (p === t.index || twins(p, t.index)) continue;
          const rules = candidates.get(p) ?? [];
          if (!rules.includes(rule)) candidates.set(p, [...rules, rule]);
        }
      };
      // pk-name: the whole name, else (not for the table's own key) its longest ending of two or more words.
      if (!(w.length === 1 && KEY_WORDS.has(w[0]!))) {
        for (let i = 0; i <= (ownKey ? 0 : w.length - 2) || (i === 0 && w.length === 1); i++) {
          const key = join(w.slice(i));
          const hit = ownKey && weakRoot.has(key) ? undefined : byPkName.get(key);
          if (hit) {
            note(hit, 'pk-name');
            break;
          }
        }
      }
      if (keyWord && base.length) {
        // The whole entity name, else (not for the table's own key) its endings; a match on the table
        // itself is a self-reference, which ends the search.
        for (let i = 0; i < (ownKey ? 1 : base.length); i++) {
          const hit = byEntity.get(join(base.slice(i)));
          if (hit?.length) {
            note(hit, 'entity-name');
            break;
          }
        }
        if (candidates.size === 0 && !ownKey) {
          const ending = (byEnding.get(join(base)) ?? []).filter((p) => p !== t.index);
          note(closest(t.index, ending), 'entity-name');
        }
      }
      // table-name: a column named for a table, without a key word (`salary_component` → `tabSalary
      // Component`, `leave_type` → `leave_types`): a reference by the parent's key, as Frappe's Link
      // fields and many document stores hold it. Never the table's own key, never a one-word name
      // that is also a plain attribute of the table itself (a column named like its own table).
      // Two words at least: a one-word column (`ratio`, `sequence`, `forecast`) is more often a measure
      // that happens to share a table's name.
      if (!keyWord && !ownPk.includes(column.name) && candidates.size === 0 && w.length >= 2) {
        const ent = [...w];
        ent[ent.length - 1] = singular(ent.at(-1)!);
        if (join(ent) !== join(tableWords[t.index]!)) note(byEntity.get(join(ent)), 'table-name');
      }
      // family: a table whose name starts this table's name, keyed by this column (or named for its entity).
      if (!ownPk.includes(column.name) || ownPk.length > 1) {
        const tw = tableWords[t.index]!;
        let best: number | null = null;
        for (let len = tw.length - 1; len >= 1 && best === null; len--) {
          const head = tw.slice(0, len);
          head[len - 1] = singular(head[len - 1]!);
          for (const p of byEntity.get(join(head)) ?? []) {
            if (p === t.index || tableWords[p]!.length !== len) continue;
            const pk = index.tables[p]!.table.primaryKey;
            const named = base.length > 0 && base.at(-1) === tableWords[p]!.at(-1);
            if ((pk.length === 1 && pk[0] === column.name) || named) best = p;
          }
        }
        if (best !== null) note([best], 'family');
      }
      // A column named for its table refers to the table's key, whatever that key is called.
      const lastWord =
        keyWord ?? ([...candidates.values()].some((r) => r.includes('table-name')) ? 'id' : w.at(-1)!);
      const compatible = [...candidates].filter(([p, rules]) => {
        const parent = index.tables[p]!.table;
        // Named for the table alone, it refers to the table's primary key, not to some unique attribute.
        const ref =
          rules.length === 1 && rules[0] === 'table-name'
            ? parent.primaryKey.length === 1 &&
              parent.columns.some(
                (c) => c.name === parent.primaryKey[0] && kindOf(c.type) === kindOf(column.type),
              )
              ? parent.primaryKey[0]!
              : null
            : referencedColumn(parent, column, lastWord);
        if (ref) refColumn.set(`${t.index}\u0000${column.name}\u0000${p}`, ref);
        return ref !== null;
      });
      // The family rule is the most specific: it settles a choice between several tables.
      const family = compatible.filter(([, rules]) => rules.includes('family'));
      const chosen = family.length === 1 ? family : compatible;
      if (chosen.length === 1) {
        const [parent, rules] = chosen[0]!;
        for (const rule of rules) add(t.index, column.name, parent, rule);
      } else if (chosen.length > 1) {
        ambiguous.push({
          table: t.key,
          column: column.name,
          candidates: chosen.map(([p]) => index.tables[p]!.key).sort(),
        });
      }
    }
  }

  for (const j of joins) {
    for (const [a, b] of [
      [j.left, j.right],
      [j.right, j.left],
    ] as const) {
      const parent = index.tables[b.table]!.table;
      if (a.table === b.table || parent.primaryKey.length !== 1 || parent.primaryKey[0] !== b.column)
        continue;
      if (covered.has(`${a.table}\u0000${a.column}`)) continue;
      const child = index.tables[a.table]!.table;
      // A join of two primary keys says nothing about which side references the other.
      if (child.primaryKey.length === 1 && child.primaryKey[0] === a.column && parent !== child) continue;
      add(a.table, a.column, b.table, 'join');
    }
  }

  const unique: { child: number; column: string; parent: number; rules: Set<Rule> }[] = [];
  for (const { child, column, parents } of found.values()) {
    // The workload's joins confirm a name's guess, or refute it: a column joined to one table's key
    // refers to that table, whatever its name suggested.
    const joined = [...parents].filter(([, rules]) => rules.has('join'));
    if (parents.size === 1 || joined.length === 1) {
      const [parent, rules] = parents.size === 1 ? [...parents][0]! : joined[0]!;
      unique.push({ child, column, parent, rules });
    } else {
      const candidates = [...parents.keys()].map((p) => index.tables[p]!.key).sort();
      ambiguous.push({ table: index.tables[child]!.key, column, candidates });
    }
  }
  const relations: Relation[] = unique
    .sort((x, y) => x.child - y.child || (x.column < y.column ? -1 : x.column > y.column ? 1 : 0))
    .map(({ child, column, parent, rules }) => {
      const list = [...rules].sort();
      const best = Math.max(...list.map((r) => RULE_CONFIDENCE[r]));
      const indexed = hasLeadingIndex(index.tables[child]!.table, [column]);
      const confidence = Math.min(0.95, best + 0.15 * (list.length - 1) + (indexed ? 0.05 : 0));
      return {
        kind: 'inferred' as const,
        child,
        parent,
        columns: [column],
        referencedColumns: [
          refColumn.get(`${child}\u0000${column}\u0000${parent}`) ??
            index.tables[parent]!.table.primaryKey[0]!,
        ],
        name: `inferred from ${list.join(' + ')}`,
        onDelete: null,
        confidence: Math.round(confidence * 100) / 100,
        rules: list,
        audit: false,
        indexed,
      };
    });
  return { relations, ambiguous, polymorphic };
}
