import type { PlanEditor } from '@seam/analyzer';
import type { PlanAction } from './verbs.js';

/** Moving this many tables at once asks first. */
export const MANY_TABLES = 10;

/**
 * Why an action deserves a confirmation with its cost shown first: it moves a hub, dissolves a service,
 * moves many tables at once, or re-clusters everything. Empty for ordinary edits.
 */
export function blastRadius(action: PlanAction, editor: PlanEditor): string[] {
  if (action.kind === 'recluster') {
    const owned = editor.model.services().reduce((n, s) => n + editor.model.tablesOf(s).length, 0);
    return [`re-clusters all ${owned} tables that services own (pins, together and apart are kept)`];
  }
  if (action.kind !== 'edit') return [];
  const e = action.edit;
  const reasons: string[] = [];
  const moved =
    e.op === 'move' || e.op === 'share' || e.op === 'split'
      ? e.tables
      : e.op === 'pin' && e.service
        ? [e.table]
        : [];
  const hubs = moved.filter(
    (t) => editor.model.evidence.index.byKey.has(t) && editor.table(t).role === 'hub',
  );
  for (const hub of hubs.slice(0, 3)) reasons.push(`moves ${hub}, a hub many tables reference`);
  if (hubs.length > 3) reasons.push(`and ${hubs.length - 3} more hubs`);
  if (moved.length >= MANY_TABLES) reasons.push(`moves ${moved.length} tables at once`);
  if (e.op === 'merge') {
    const known = new Set(editor.model.services());
    for (const s of e.services)
      if (s !== e.into && known.has(s))
        reasons.push(`dissolves ${s} (${editor.model.tablesOf(s).length} tables) into ${e.into}`);
  }
  return reasons;
}
