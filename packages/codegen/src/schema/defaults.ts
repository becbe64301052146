import type { ColumnSnapshot, Dialect, SchemaSnapshot } from '@seam/core';
import { quoteLiteral } from '@seam/core/sql';
import { engineFor, sameEngine } from '../engine.js';

/**
 * A column default carried to the target, or why it is not. Defaults are read from the source
 * catalog as SQL in the source's dialect; only what can be recognised exactly is carried: literals
 * (strings, numbers, booleans, with PostgreSQL casts) and the current time. Anything else — a
 * function, a sequence, an expression — is left to the service and reported.
 */
export type CarriedDefault = { sql: string } | { skipped: string } | null;

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const CAST = /^::\s*("(?:[^"]|"")+"|[A-Za-z_][A-Za-z0-9_ .]*)(\(\s*\d+(\s*,\s*\d+)?\s*\))?(\[\])?/;
const NOW =
  /^(now\(\)|current_timestamp(\(\s*\d?\s*\))?|localtimestamp(\(\s*\d?\s*\))?|transaction_timestamp\(\)|statement_timestamp\(\))$/i;

/** Parses `'text'::type::type` (a PostgreSQL literal with casts) or a MariaDB `'text'`; undefined otherwise. */
export function parseStringLiteral(expr: string): string | undefined {
  if (!expr.startsWith("'")) return undefined;
  let value = '';
  let i = 1;
  for (;;) {
    if (i >= expr.length) return undefined;
    const c = expr[i]!;
    if (c === "'") {
      if (expr[i + 1] === "'") {
        value += "'";
        i += 2;
        continue;
      }
      i++;
      break;
    }
    if (c === '\\') return undefined; // escapes differ by engine and mode: do not guess
    value += c;
    i++;
  }
  let rest = expr.slice(i).trim();
  while (rest.length) {
    const m = CAST.exec(rest);
    if (!m) return undefined;
    rest = rest.slice(m[0].length).trim();
  }
  return value;
}

function stripParens(expr: string): string {
  let e = expr.trim();
  while (e.startsWith('(') && e.endsWith(')')) e = e.slice(1, -1).trim();
  return e;
}

/**
 * The default of `column` written for `target` (whose column type is `targetType`), from a snapshot
 * read from `source`. null when the column has none (or a sequence/identity supplies it).
 */
export function carryDefault(
  column: ColumnSnapshot,
  source: SchemaSnapshot['engine'],
  target: Dialect,
  targetType: string,
): CarriedDefault {
  const raw = column.default;
  if (raw === null || raw === undefined || column.generated) return null;
  const expr = stripParens(raw);
  if (/^null(::.*)?$/i.test(expr)) return null;
  if (/^nextval\(/i.test(expr) || (column.type.kind === 'integer' && column.type.autoIncrement)) return null;
  const kind = column.type.kind;
  const engine = engineFor(target);
  const noLiteral = engine.target.refusesLiteralDefault(targetType);
  const skip = (why: string): CarriedDefault => ({ skipped: `default ${raw} not carried: ${why}` });

  if (NOW.test(expr)) {
    if (kind !== 'timestamp') return skip('the current time is carried only for timestamp columns');
    return { sql: engine.target.currentTimeDefault(targetType) };
  }

  // MySQL 8 reports string defaults unquoted; MariaDB and PostgreSQL as SQL literals.
  const literal =
    engineFor(source.dialect).monolith.unquotedStringDefaults(source.flavor) &&
    !NUMBER.test(expr) &&
    !/^(true|false)$/i.test(expr)
      ? expr
      : parseStringLiteral(expr);
  const value = literal ?? expr;
  if (literal === undefined && !NUMBER.test(expr) && !/^(true|false|b'[01]')$/i.test(expr)) {
    return skip('only literals and the current time are carried across');
  }

  switch (kind) {
    case 'boolean': {
      const truth = /^(true|t|1|y|yes|on|b'1')$/i.test(value)
        ? true
        : /^(false|f|0|n|no|off|b'0')$/i.test(value)
          ? false
          : undefined;
      if (truth === undefined) return skip('not a boolean');
      return { sql: engine.booleanLiteral(truth) };
    }
    case 'integer':
    case 'decimal':
    case 'float':
    case 'year':
      if (!NUMBER.test(value)) return skip('not a number');
      return { sql: value };
    case 'date':
    case 'time':
    case 'timestamp':
      if (!sameEngine(source.dialect, target))
        return skip('date and time literals are carried only between like engines');
      if (literal === undefined) return skip('not a string literal');
      return { sql: quoteLiteral(target, value) };
    case 'text':
    case 'enum':
    case 'set':
    case 'uuid':
    case 'json':
      if (literal === undefined) return skip('not a string literal');
      if (noLiteral) return skip('MySQL gives TEXT, BLOB and JSON columns no literal default');
      return { sql: quoteLiteral(target, value) };
    default:
      return skip(`defaults of ${kind} columns are not carried across`);
  }
}
