import { singular, words } from './names.js';
import type { Relation } from './relations.js';
import type { TableIndex } from './tables.js';

/**
 * Name families: tables whose names start with the same word once a prefix that most of the schema's
 * tables share is set aside (`sylius_`, `wp_`, Frappe's `tab`): `order`, `order_item`,
 * `order_item_unit`; a one-word table named for the word heads the family (`orders` with
 * `order_items`).
 */
export interface NameFamilies {
  /** Per table: its family, or -1 for none (a name of its own). */
  family: Int32Array;
  /** Per family: the shared word (singular). */
  keys: string[];
  /** Per family: its tables, in name order. */
  members: number[][];
  /** Per schema: the words set aside as a schema-wide prefix, in order (`['sylius']`). */
  stripped: Map<string, string[]>;
}

/**
 * A table's name words without the schema-wide prefix: a first word that at least half of the schema's
 * tables of two or more words share (three at least), repeatedly (a name that is only the prefix keeps it).
 */
function strippedWords(names: string[]): { words: string[][]; stripped: string[] } {
  const w = names.map((n) => [...words(n)]);
  const stripped: string[] = [];
  for (;;) {
    const counts = new Map<string, number>();
    for (const x of w) if (x.length > 1) counts.set(x[0]!, (counts.get(x[0]!) ?? 0) + 1);
    let best = '';
    let bestCount = 0;
    for (const [word, count] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
      if (count > bestCount) [best, bestCount] = [word, count];
    if (bestCount < 3 || bestCount * 2 < w.length) break;
    stripped.push(best);
    for (let i = 0; i < w.length; i++) if (w[i]!.length > 1 && w[i]![0] === best) w[i] = w[i]!.slice(1);
  }
  return { words: w, stripped };
}

export function nameFamilies(index: TableIndex): NameFamilies {
  const n = index.tables.length;
  const bySchema = new Map<string, number[]>();
  for (const t of index.tables) {
    const list = bySchema.get(t.table.schema);
    if (list) list.push(t.index);
    else bySchema.set(t.table.schema, [t.index]);
  }
  const family = new Int32Array(n).fill(-1);
  const keys: string[] = [];
  const members: number[][] = [];
  const stripped = new Map<string, string[]>();
  for (const [schema, tables] of [...bySchema].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const names = tables.map((t) => index.tables[t]!.table.name);
    const s = strippedWords(names);
    if (s.stripped.length) stripped.set(schema, s.stripped);
    const groups = new Map<string, number[]>();
    const heads = new Map<string, number[]>();
    tables.forEach((t, i) => {
      const w = s.words[i]!;
      if (w.length === 0) return;
      const into = w.length > 1 ? groups : heads;
      const key = singular(w[0]!);
      const list = into.get(key);
      if (list) list.push(t);
      else into.set(key, [t]);
    });
    for (const [key, list] of heads) groups.get(key)?.push(...list);
    for (const [key, list] of [...groups].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      if (list.length < 2 || list.length > tables.length / 2) continue;
      list.sort((x, y) => (index.tables[x]!.table.name < index.tables[y]!.table.name ? -1 : 1));
      for (const t of list) family[t] = keys.length;
      keys.push(key);
      members.push(list);
    }
  }
  return { family, keys, members, stripped };
}

/** How far a schema's names agree with its keys. */
export interface NameAgreement {
  /** Key relations counted (declared, or inferred with confidence ≥ 0.5; audit columns and self-references aside). */
  relations: number;
  /** Share of them whose two tables are of one name family. */
  observed: number;
  /** That share if families were drawn at random with the same sizes. */
  chance: number;
  /** Agreement beyond chance, (observed − chance) / (1 − chance) (Cohen's kappa form); null without relations. */
  agreement: number | null;
}

/** Relations needed before an agreement is trusted; fewer, and names keep their default weight. */
export const MIN_AGREEMENT_RELATIONS = 5;

export function nameAgreement(
  index: TableIndex,
  families: NameFamilies,
  relations: Relation[],
): NameAgreement {
  const n = index.tables.length;
  let counted = 0;
  let same = 0;
  const seen = new Set<number>();
  for (const r of relations) {
    if (r.child === r.parent || r.audit || r.confidence < 0.5) continue;
    const a = Math.min(r.child, r.parent);
    const b = Math.max(r.child, r.parent);
    if (seen.has(a * n + b)) continue;
    seen.add(a * n + b);
    counted++;
    if (families.family[a]! >= 0 && families.family[a] === families.family[b]) same++;
  }
  let pairs = 0;
  for (const m of families.members) pairs += m.length * (m.length - 1);
  const chance = n > 1 ? pairs / (n * (n - 1)) : 0;
  const observed = counted ? same / counted : 0;
  const agreement =
    counted >= MIN_AGREEMENT_RELATIONS && chance < 1 ? (observed - chance) / (1 - chance) : null;
  return { relations: counted, observed, chance, agreement };
}
