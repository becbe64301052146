import { countNotCarried, type NotCarried, notCarried, type TableKey } from '@seam/core';
import type { PlanSession } from '@seam/plan';
import { heading, plain, printable, type Row, wrap } from './text.js';

/**
 * What the monolith's database does for these tables that a split does not carry — triggers,
 * rules, views and functions reading them, exclusion constraints, special indexes, generated
 * columns, expression defaults, CHECKs — each with what the service team must do (the same list
 * `seam analyze` prints and the runbook carries).
 */
export function notCarriedLines(
  session: PlanSession,
  tables: TableKey[],
  width: number,
  limit: number,
): Row[] {
  const items: NotCarried[] = notCarried(session.snapshot, tables);
  const out: Row[] = [plain(' '), heading(`Not carried by a split (${items.length})`)];
  const text = (line: string, tone?: 'dim') => {
    for (const l of wrap(printable(line), width)) out.push([{ text: l, ...(tone ? { tone } : {}) }]);
  };
  if (!items.length) {
    text('  nothing: no trigger, rule, view or function of the database depends on it');
    return out;
  }
  if (items.length > 1) text(`  ${countNotCarried(items)}`);
  for (const item of items.slice(0, limit)) {
    const on = tables.length > 1 ? ` (on ${item.tables.map((t) => session.shortName(t)).join(', ')})` : '';
    text(`  ${item.kind} ${item.name}${on}`);
    if (item.definition) text(`      ${item.definition.replace(/\s+/gu, ' ').slice(0, 200)}`, 'dim');
    text(`      → ${item.action}`, 'dim');
  }
  if (items.length > limit) text(`  … and ${items.length - limit} more (seam analyze lists all)`);
  return out;
}
