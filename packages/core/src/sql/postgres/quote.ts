import pg from 'pg';
import { checkIdentifier } from '../check-identifier.js';

/** Quotes one PostgreSQL identifier with node-postgres's own escaping ("" doubles "). */
export function quotePgIdent(name: string): string {
  return pg.escapeIdentifier(checkIdentifier(name));
}

/** Quotes a string literal with node-postgres's own escaping (for DDL where parameters are not allowed). */
export function quotePgLiteral(value: string): string {
  return pg.escapeLiteral(value);
}
