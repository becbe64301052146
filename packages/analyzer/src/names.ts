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

/** Columns that record who did something (`created_by`, `LastEditedBy`, `actor_id`): audit ties, not ownership. */
const AUDIT_WORDS = new Set(['created', 'updated', 'modified', 'edited', 'deleted', 'changed', 'approved']);
export function isAuditColumn(column: string): boolean {
  const w = words(column);
  if (w.length < 2) return false;
  const last = w[w.length - 1]!;
  // actor_id: who did it, in an audit or event log.
  const core = last === 'id' ? w.slice(0, -1) : w;
  if (core.length === 1 && core[0] === 'actor') return true;
  return core[core.length - 1] === 'by' && core.slice(0, -1).some((x) => AUDIT_WORDS.has(x) || x === 'last');
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
