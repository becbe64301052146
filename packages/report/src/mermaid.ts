import { mermaidText } from './escape.js';
import type { ReportModel } from './report-model.js';

/** Boundaries drawn, costliest first: enough to see the split, few enough for a pull request. */
const MAX_BOUNDARIES = 40;

const plural = (n: number, one: string) => `${n.toLocaleString('en-US')} ${one}${n === 1 ? '' : 's'}`;

/**
 * A Mermaid flowchart of the services and their boundaries, with counts: tables per service; foreign
 * keys, statements and transactions per boundary. Names are entity-escaped (see mermaidText).
 */
export function renderMermaid(model: ReportModel): string {
  const lines = ['flowchart LR'];
  const id = new Map(model.services.map((s, i) => [s.name, `s${i}`]));
  for (const s of model.services)
    lines.push(`  ${id.get(s.name)}["${mermaidText(s.name)}<br/>${plural(s.tables, 'table')}"]`);
  if (model.reference.length)
    lines.push(`  ref[("reference data<br/>${plural(model.reference.length, 'table')}, replicated")]`);
  if (model.technical.length)
    lines.push(`  tech[("technical<br/>${plural(model.technical.length, 'table')}, set aside")]`);
  const pairs = model.boundaries.length;
  for (const b of model.boundaries.slice(0, MAX_BOUNDARIES)) {
    const c = b.cost;
    const parts = [plural(c.fks + c.inferredFks, 'FK')];
    if (model.scope.statements) parts.push(plural(c.joinStatements, 'statement'));
    if (model.scope.transactions) parts.push(plural(c.transactionShapes, 'transaction'));
    lines.push(`  ${id.get(b.services[0])} ---|"${parts.join(' · ')}"| ${id.get(b.services[1])}`);
  }
  lines.push('  classDef shared stroke-dasharray: 4 4');
  if (model.reference.length || model.technical.length)
    lines.push(
      `  class ${[model.reference.length && 'ref', model.technical.length && 'tech'].filter(Boolean).join(',')} shared`,
    );
  if (pairs > MAX_BOUNDARIES) lines.push(`  %% ${pairs - MAX_BOUNDARIES} cheaper boundaries are not drawn`);
  if (model.leftOut.length)
    lines.push('  %% the report left part of the plan out: seam report --json says what');
  return `${lines.join('\n')}\n`;
}
