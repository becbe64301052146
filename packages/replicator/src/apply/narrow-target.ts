import { SeamError } from '@seam/core';
import type { Row } from '../decode/envelope.js';
import type { Route } from './route.js';

// A value longer or larger than the target column allows: the target's type is narrower than the
// source's (a source column widened after `seam generate`, or a target defined by hand). That is
// the table's schema, not one row: every later row of that size would fail the same way.
const PG_TOO_NARROW = new Set(['22001', '22003']); // string_data_right_truncation, numeric_value_out_of_range
const MYSQL_TOO_NARROW = new Set(['ER_DATA_TOO_LONG', 'ER_WARN_DATA_OUT_OF_RANGE', 'ER_DATA_OUT_OF_RANGE']);

/** Whether the target refused a value because its column is too narrow for it. */
export function isTargetTooNarrow(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && (PG_TOO_NARROW.has(code) || MYSQL_TOO_NARROW.has(code));
}

/** `varchar(40)`, `character varying(40)`, `char(3)`, `nvarchar(10)` → 40, 40, 3, 10. */
function maxLength(sqlType: string): number | undefined {
  const m = /\b(?:n?var)?char(?:acter)?(?:\s+varying)?\s*\((\d+)\)/i.exec(sqlType);
  return m ? Number(m[1]) : undefined;
}

/** `numeric(12,2)`, `decimal(5)` → how many digits may stand before the point. */
function integerDigits(sqlType: string): number | undefined {
  const m = /\b(?:numeric|decimal)\s*\((\d+)(?:\s*,\s*(\d+))?\)/i.exec(sqlType);
  return m ? Number(m[1]) - Number(m[2] ?? 0) : undefined;
}

function tooWide(value: unknown, sqlType: string): string | undefined {
  if (value === null || value === undefined) return undefined;
  const length = maxLength(sqlType);
  if (length !== undefined && typeof value === 'string') {
    const chars = [...value].length;
    return chars > length ? `${chars} characters` : undefined;
  }
  const digits = integerDigits(sqlType);
  if (
    digits !== undefined &&
    (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint')
  ) {
    const whole = String(value).replace(/^-/, '').split(/[.eE]/)[0]!.replace(/^0+/, '');
    return whole.length > digits ? `${whole.length} digits before the point` : undefined;
  }
  return undefined;
}

/** The target columns the row does not fit, as `"col" (type) holds … but the value has …`. */
function culprits(route: Route, row: Row | null): string[] {
  if (!row) return [];
  const out: string[] = [];
  for (const c of route.columns) {
    const over = tooWide(row[c.source], c.target.sqlType);
    if (over)
      out.push(`${JSON.stringify(c.target.name)} (${c.target.sqlType}) is too narrow for a value of ${over}`);
  }
  return out;
}

/** Whether a row holds a value its target column is too narrow for (by the column's declared size). */
export function tooNarrowFor(route: Route, row: Row | null): boolean {
  return culprits(route, row).length > 0;
}

/**
 * SEAM_REPL_TARGET_TOO_NARROW: the table stops at this event (nothing dead-lettered, nothing lost),
 * naming the column when the row shows which, with the ways on.
 */
export function targetTooNarrowError(
  routes: Route[],
  row: Row | null,
  at: string,
  cause: unknown,
  driverMessage: string,
): SeamError {
  const route = routes[0];
  const target = route ? `${route.target.schema}.${route.target.name}` : 'the target table';
  const named = routes.flatMap((r) => culprits(r, row));
  const what = named.length
    ? `column ${named.join('; column ')}`
    : `a column refused a value (${driverMessage})`;
  return new SeamError(
    'SEAM_REPL_TARGET_TOO_NARROW',
    `${route?.source ?? 'A table'} → ${target}: ${what}. Stopped applying ${route?.source ?? 'it'} at ${at}; other tables go on.`,
    {
      cause,
      hint: 'Widen the target column to hold the source’s values (the source column was probably widened after `seam generate`: change the target the same way, with a migration applied by `seam migrate`), or leave the column out with the table’s `columns:`. Then restart: it resumes at this event, nothing was dead-lettered.',
      details: { table: route?.source, at, columns: named },
    },
  );
}
