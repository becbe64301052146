import pluralize from 'pluralize';

/**
 * Words of an identifier, lower case: `StockItemHoldings` → stock, item, holdings;
 * `catalog_product_entity` → catalog, product, entity; `customerID` → customer, id.
 */
export function words(identifier: string): readonly string[] {
  let w = wordCache.get(identifier);
  if (w === undefined) {
    if (wordCache.size > 200_000) wordCache.clear();
    w = identifier
      .replace(/([a-z0-9])([A-Z])/gu, '$1 $2')
      .replace(/([A-Z]+)([A-Z][a-z])/gu, '$1 $2')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((x) => x.length > 0);
    wordCache.set(identifier, w);
  }
  return w;
}

/** Column names repeat across tables (id, created_at, …): split each spelling once. */
const wordCache = new Map<string, readonly string[]>();

/** Words that name a storage pattern, not a thing (`catalog_product_entity_media_gallery`). */
export const GENERIC_WORDS = new Set(['entity', 'entities', 'tbl', 'table', 'data', 'info', 'master']);

const singularCache = new Map<string, string>();

export function singular(word: string): string {
  let s = singularCache.get(word);
  if (s === undefined) {
    s = /^[a-z]+$/u.test(word) && word.length > 2 ? pluralize.singular(word) : word;
    singularCache.set(word, s);
  }
  return s;
}

/** A table's name reduced to comparable words: singular last word, so `order_items` ≡ `OrderItem`. */
export function entityName(table: string): string {
  const w = [...words(table)];
  if (w.length === 0) return table.toLowerCase();
  w[w.length - 1] = singular(w[w.length - 1]!);
  return w.join('_');
}

/** The entity a column points at by its name, or null: `customer_id` / `CustomerID` → `customer`. */
export function referencedEntity(column: string): string | null {
  const w = words(column);
  if (w.length < 2 || w[w.length - 1] !== 'id') return null;
  const base = w.slice(0, -1);
  base[base.length - 1] = singular(base[base.length - 1]!);
  return base.join('_');
}

/**
 * Whether a column is shaped like a "who did it" column: `<word>_by`, `<word>_by_id`, `LastEditedBy`
 * (`created_by`, `approved_by_id`). The shape alone does not make it an audit column: it takes many
 * tables pointing at one table through such columns (see markAuditRelations). No list of names:
 * a business entity such as `actor` (film_actor.actor_id) is never caught.
 */
export function isWhoColumn(column: string): boolean {
  const w = words(column);
  if (w.length < 2) return false;
  const core = w.at(-1) === 'id' ? w.slice(0, -1) : w;
  return core.length >= 2 && core.at(-1) === 'by';
}

/** The first word of a table's name, the unit of the shared-prefix prior. */
export function namePrefix(table: string): string | null {
  const w = words(table);
  return w.length > 1 ? singular(w[0]!) : null;
}

/** The prefix a one-word table name heads (`orders` → `order`), or null for a longer name. */
export function headPrefix(table: string): string | null {
  const w = words(table);
  return w.length === 1 ? singular(w[0]!) : null;
}
