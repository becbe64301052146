import { type Plan, planAssignments, type TableKey } from '@seam/core';

/** How many moved tables are listed one by one before "… and N more". */
const LISTED = 12;

function placeOf(plan: Plan): Map<TableKey, string> {
  const out = new Map<TableKey, string>();
  for (const [table, list] of planAssignments(plan)) {
    const a = list[0]!;
    out.set(table, a.kind === 'service' ? a.service : `(${a.kind})`);
  }
  return out;
}

const pairKey = (g: string[]) => [...g].sort().join(' ');

/**
 * What changed between two plans, in words a reviewer reads before the diff: services created, removed
 * or renamed, tables moved, constraints added or dropped, parameters changed. `before` null: a new file.
 */
export function planChanges(before: Plan | null, after: Plan): string[] {
  const tables = after.services.reduce((n, s) => n + s.tables.length, 0);
  if (!before)
    return [
      `new plan: ${after.services.length} services owning ${tables} tables, ${after.reference.length} reference, ${after.technical.length} technical`,
    ];
  const out: string[] = [];
  const was = new Map(before.services.map((s) => [s.name, new Set(s.tables.map((t) => t.table))]));
  const now = new Map(after.services.map((s) => [s.name, new Set(s.tables.map((t) => t.table))]));
  const gone = [...was.keys()].filter((s) => !now.has(s));
  const added = [...now.keys()].filter((s) => !was.has(s));
  // A service that disappeared while a new one took most of its tables (and is mostly made of them) was renamed.
  const renamed = new Map<string, string>();
  for (const g of gone) {
    const old = was.get(g)!;
    let best: string | undefined;
    let overlap = 0;
    for (const a of added) {
      if (renamed.has(a)) continue;
      let n = 0;
      for (const t of now.get(a)!) if (old.has(t)) n++;
      if (n > overlap) [best, overlap] = [a, n];
    }
    if (best && overlap * 2 > old.size && overlap * 2 > now.get(best)!.size) renamed.set(best, g);
  }
  const renamedFrom = new Set(renamed.values());
  for (const [to, from] of renamed) out.push(`renamed service ${from} → ${to}`);
  for (const s of added) if (!renamed.has(s)) out.push(`new service ${s} (${now.get(s)!.size} tables)`);
  for (const s of gone) if (!renamedFrom.has(s)) out.push(`removed service ${s}`);

  const a = placeOf(before);
  const b = placeOf(after);
  const moves: string[] = [];
  for (const table of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const from = a.get(table);
    const to = b.get(table);
    if (from === undefined) moves.push(`${table}: (not in the plan) → ${to}`);
    else if (to === undefined) moves.push(`${table}: ${from} → (dropped)`);
    else if (from !== to && renamed.get(to) !== from) moves.push(`${table}: ${from} → ${to}`);
  }
  if (moves.length) {
    out.push(`${moves.length} table${moves.length === 1 ? '' : 's'} moved:`);
    for (const m of moves.slice(0, LISTED)) out.push(`  ${m}`);
    if (moves.length > LISTED) out.push(`  … and ${moves.length - LISTED} more`);
  }

  const pinsA = before.constraints.pins;
  const pinsB = after.constraints.pins;
  for (const t of Object.keys(pinsB).sort())
    if (pinsA[t] !== pinsB[t]) out.push(`pinned ${t} to ${pinsB[t]}`);
  for (const t of Object.keys(pinsA).sort()) if (!(t in pinsB)) out.push(`unpinned ${t}`);
  for (const [kind, ga, gb] of [
    ['together', before.constraints.together, after.constraints.together],
    ['apart', before.constraints.apart, after.constraints.apart],
  ] as const) {
    const sa = new Set(ga.map(pairKey));
    const sb = new Set(gb.map(pairKey));
    for (const g of sb) if (!sa.has(g)) out.push(`keep ${kind}: ${g.replaceAll(' ', ', ')}`);
    for (const g of sa) if (!sb.has(g)) out.push(`dropped keep ${kind}: ${g.replaceAll(' ', ', ')}`);
  }
  const { seed: s0, resolution: r0 } = before.parameters;
  const { seed: s1, resolution: r1 } = after.parameters;
  if (s0 !== s1 || r0 !== r1) out.push(`parameters: seed ${s0} → ${s1}, resolution ${r0} → ${r1}`);
  return out;
}
