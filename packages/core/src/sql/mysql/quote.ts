import mysql from 'mysql2';
import { checkIdentifier } from '../check-identifier.js';

/**
 * Quotes one MySQL/MariaDB identifier with mysql2's own escaping (`` doubles `).
 * forbidQualified keeps a dot inside the name instead of splitting it into db.table.
 */
export function quoteMysqlIdent(name: string): string {
  return mysql.escapeId(checkIdentifier(name), true);
}

/** Quotes a string literal with mysql2's own escaping (for DDL where parameters are not allowed). */
export function quoteMysqlLiteral(value: string): string {
  return mysql.escape(value);
}
