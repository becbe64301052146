import { createHash } from 'node:crypto';
import type { Dialect } from '@seam/core/sql';
import { identifierTooLong } from './create-table.js';

/**
 * A name made of parts (`orders_customer_id_idx`), cut to what the target allows with a short
 * hash of the whole so that two long names that share a prefix stay different.
 */
export function derivedName(dialect: Dialect, parts: string[]): string {
  const full = parts.join('_');
  if (!identifierTooLong(dialect, full)) return full;
  const hash = createHash('sha256').update(full).digest('hex').slice(0, 8);
  let head = [...full];
  while (identifierTooLong(dialect, `${head.join('')}_${hash}`)) head = head.slice(0, -1);
  return `${head.join('')}_${hash}`;
}

/** The name a foreign key gets on the target: unique per schema (PostgreSQL) or database (MySQL), so prefixed with its table. */
export function foreignKeyName(dialect: Dialect, table: string, foreignKey: string): string {
  return derivedName(dialect, [table, foreignKey]);
}
