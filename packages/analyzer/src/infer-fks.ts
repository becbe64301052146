import type { LogicalType } from '@seam/core';
import { entityName, isAuditColumn, referencedEntity, singular, words } from './names.js';
import { hasLeadingIndex, type Relation } from './relations.js';
import type { TableIndex } from './tables.js';

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

const RULE_CONFIDENCE = { 'pk-name': 0.6, 'entity-name': 0.6, join: 0.8 } as const;
type Rule = keyof typeof RULE_CONFIDENCE;

function kindOf(type: LogicalType): string {
  return type.kind === 'integer' || type.kind === 'decimal' ? 'number' : type.kind;
}

/**
 * Foreign keys that the schema does not declare but its names and queries imply:
 * - `pk-name`: the column is named like the single-column primary key of exactly one other table
 *   (`CustomerID` ↔ Customers.CustomerID; never a bare `id`, a key name several tables share, or a
 *   key borrowed from a parent);
 * - `entity-name`: `<entity>_id` where exactly one table is named for that entity (`customer_id` → customers);
 * - `join`: the workload joins the column to another table's single-column primary key.
 * A column matching several tables is ambiguous and dropped. Types must agree. Confidence grows
 * with the number of agreeing rules and an index on the column.
 */
export function inferRelations(index: TableIndex, declared: Relation[], joins: ObservedJoin[]): Inference {
  const covered = new Set<string>();
  for (const r of declared) for (const c of r.columns) covered.add(`${r.child}\u0000${c}`);

  const byPkName = new Map<string, number[]>();
  const byEntity = new Map<string, number[]>();
  const push = (m: Map<string, number[]>, k: string, v: number) => {
    const list = m.get(k);
    if (list) list.push(v);
    else m.set(k, [v]);
  };
  for (const t of index.tables) {
    const pk = t.table.primaryKey;
    if (pk.length !== 1) continue;
    const pkWords = words(pk[0]!);
    // A key borrowed from a parent (user_profiles.user_id → users) names the parent, not this table.
    const borrowed = covered.has(`${t.index}\u0000${pk[0]}`);
    if (!(pkWords.length === 1 && pkWords[0] === 'id') && !borrowed)
      push(byPkName, pkWords.join('_'), t.index);
    push(byEntity, entityName(t.table.name), t.index);
  }
  // A key column name several tables share (`code`, `uuid`) names none of them.
  for (const [name, list] of [...byPkName]) if (list.length > 1) byPkName.delete(name);

  const found = new Map<string, { child: number; column: string; parents: Map<number, Set<Rule>> }>();
  const ambiguous: Inference['ambiguous'] = [];
  const polymorphic: Inference['polymorphic'] = [];
  const add = (child: number, column: string, parent: number, rule: Rule) => {
    const id = `${child}\u0000${column}`;
    const entry = found.get(id) ?? { child, column, parents: new Map<number, Set<Rule>>() };
    const rules = entry.parents.get(parent) ?? new Set<Rule>();
    rules.add(rule);
    entry.parents.set(parent, rules);
    found.set(id, entry);
  };

  for (const t of index.tables) {
    for (const column of t.table.columns) {
      if (covered.has(`${t.index}\u0000${column.name}`)) continue;
      const w = words(column.name);
      const entity = referencedEntity(column.name);
      if (entity && !t.table.primaryKey.includes(column.name)) {
        const stem = column.name
          .slice(0, column.name.length - w[w.length - 1]!.length)
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
      const candidates = new Map<number, Rule[]>();
      const note = (list: number[] | undefined, rule: Rule) => {
        for (const p of list ?? []) {
          if (p === t.index) continue;
          candidates.set(p, [...(candidates.get(p) ?? []), rule]);
        }
      };
      if (w.length > 1 || !(w[0] === 'id')) note(byPkName.get(w.join('_')), 'pk-name');
      if (entity) {
        const parts = entity.split('_');
        parts[parts.length - 1] = singular(parts[parts.length - 1]!);
        note(byEntity.get(parts.join('_')), 'entity-name');
      }
      const compatible = [...candidates].filter(([p]) => {
        const pkCol = index.tables[p]!.table.columns.find(
          (c) => c.name === index.tables[p]!.table.primaryKey[0],
        );
        return !pkCol || kindOf(pkCol.type) === kindOf(column.type);
      });
      if (compatible.length === 1) {
        const [parent, rules] = compatible[0]!;
        for (const rule of rules) add(t.index, column.name, parent, rule);
      } else if (compatible.length > 1) {
        ambiguous.push({
          table: t.key,
          column: column.name,
          candidates: compatible.map(([p]) => index.tables[p]!.key).sort(),
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
    if (parents.size === 1) {
      const [parent, rules] = [...parents][0]!;
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
        referencedColumns: [index.tables[parent]!.table.primaryKey[0]!],
        name: `inferred from ${list.join(' + ')}`,
        onDelete: null,
        confidence: Math.round(confidence * 100) / 100,
        rules: list,
        audit: isAuditColumn(column),
        indexed,
      };
    });
  return { relations, ambiguous, polymorphic };
}
