import { bytes, columns, costSegments, count, plainText } from './cost-text.js';
import type { PlanSession } from './session.js';

/** What `seam plan plan.yaml` prints when it cannot draw (no terminal, or --json's human twin). */
export function planSummary(session: PlanSession): string {
  const m = session.editor.model;
  const s = session.snapshot;
  const out = [
    `Plan ${session.path} over ${s.database} (${s.engine.dialect}): ${s.tables.length} tables, ${m.shared('reference').length} reference, ${m.shared('technical').length} technical`,
    `Cost: ${plainText(costSegments(session.editor.cost(), session.scope))}`,
    '',
  ];
  const rows = [['SERVICE', 'TABLES', 'ROWS', 'SIZE', 'X-FKS', 'X-CALLS', 'DIST-TX', 'Q']];
  for (const name of m.services()) {
    const f = m.serviceFigures(name);
    rows.push([
      name,
      String(f.tables),
      count(f.rows),
      bytes(f.bytes),
      String(f.crossFks),
      count(f.crossJoinCalls),
      count(f.distributedTransactions),
      f.modularity.toFixed(3),
    ]);
  }
  out.push(...columns(rows));
  const { stale, unplanned } = session.editor;
  if (stale.length) out.push('', `Not in the snapshot (left out; writing drops them): ${stale.join(', ')}`);
  if (unplanned.length)
    out.push(
      '',
      `Not in the plan (placed by their ties): ${unplanned.map((t) => `${t} → ${session.placeOf(t)}`).join(', ')}`,
    );
  const violations = m.violations();
  if (violations.length) {
    out.push('', 'Constraints the plan breaks:');
    for (const v of violations) out.push(`  ${v.kind} ${v.tables.join(', ')}: ${v.reason}`);
  }
  out.push(
    '',
    'Run it in a terminal to explore and edit it; `seam plan <verb> --plan <file>` edits from scripts.',
  );
  return out.join('\n');
}
