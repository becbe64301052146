import { EncodeError } from './encode-error.js';

// MySQL/MariaDB errors caused by one row's values (data out of range, bad value, constraint).
const MYSQL_ROW_ERRORS = new Set([
  'ER_DUP_ENTRY',
  'ER_DUP_ENTRY_WITH_KEY_NAME',
  'ER_BAD_NULL_ERROR',
  'ER_NO_REFERENCED_ROW',
  'ER_NO_REFERENCED_ROW_2',
  'ER_ROW_IS_REFERENCED',
  'ER_ROW_IS_REFERENCED_2',
  'ER_WARN_DATA_OUT_OF_RANGE',
  'ER_TRUNCATED_WRONG_VALUE',
  'ER_TRUNCATED_WRONG_VALUE_FOR_FIELD',
  'ER_DATA_TOO_LONG',
  'WARN_DATA_TRUNCATED',
  'ER_INVALID_JSON_TEXT',
  'ER_CHECK_CONSTRAINT_VIOLATED',
  'ER_CONSTRAINT_FAILED',
  'ER_DIVISION_BY_ZERO',
  'ER_WRONG_VALUE',
  'ER_WRONG_VALUE_FOR_TYPE',
  'ER_INVALID_CHARACTER_STRING',
  'ER_CANT_CREATE_GEOMETRY_OBJECT',
  'ER_NO_DEFAULT_FOR_FIELD',
  'ER_WARN_NULL_TO_NOTNULL',
  'ER_DATETIME_FUNCTION_OVERFLOW',
  'ER_WARN_DATA_TRUNCATED',
  'ER_DATA_OUT_OF_RANGE',
  'ER_NUMERIC_JSON_VALUE_OUT_OF_RANGE',
  'ER_INVALID_DEFAULT',
  'ER_ILLEGAL_VALUE_FOR_TYPE',
]);

/**
 * Whether a failed write is the fault of the rows written (a poison event: bad value, out of
 * range, constraint) rather than of the target (permissions, missing table, lost connection).
 * Row faults are isolated by bisection and dead-lettered; the others stop or are retried.
 */
export function isRowError(error: unknown): boolean {
  if (error instanceof EncodeError) return true;
  const code = (error as { code?: unknown })?.code;
  if (typeof code !== 'string') return false;
  // PostgreSQL SQLSTATE classes 22 (data exception) and 23 (integrity constraint violation).
  if (/^2[23][0-9A-Z]{3}$/.test(code)) return true;
  return MYSQL_ROW_ERRORS.has(code);
}
