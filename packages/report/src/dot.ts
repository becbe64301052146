import { dotString } from './escape.js';
import { type ReportModel, SHARED_COLORS } from './report-model.js';

/**
 * A Graphviz graph: services as clusters (reference and technical tables in clusters of their own),
 * tables as nodes, ties as edges — those that cross a boundary red and thick. Every name is a quoted,
 * escaped DOT string (see dotString); node ids are generated.
 */
export function renderDot(model: ReportModel): string {
  const lines = [
    'graph seam {',
    `  graph [label=${dotString(`${model.database}: ${model.services.length} services`)}, labelloc=t, fontname="Helvetica"];`,
    '  node [shape=box, style="rounded,filled", fillcolor="#ffffff", fontname="Helvetica", fontsize=10];',
    '  edge [color="#00000040"];',
  ];
  const colors = new Map<string, string>(Object.entries(SHARED_COLORS));
  for (const s of model.services) colors.set(s.name, s.color);
  const byPlace = new Map<string, number[]>();
  model.tables.forEach((t, i) => {
    byPlace.set(t.place, [...(byPlace.get(t.place) ?? []), i]);
  });
  const places = [...model.services.map((s) => s.name), 'reference', 'technical'];
  places.forEach((place, k) => {
    const list = byPlace.get(place);
    if (!list?.length) return;
    const shared = place === 'reference' || place === 'technical';
    lines.push(`  subgraph cluster_${k} {`);
    lines.push(
      `    label=${dotString(shared ? `(${place})` : place)}; color=${dotString(colors.get(place)!)}; penwidth=2;${shared ? ' style=dashed;' : ''}`,
    );
    for (const i of list) lines.push(`    t${i} [label=${dotString(model.tables[i]!.key)}];`);
    lines.push('  }');
  });
  for (const [a, b, , cut] of model.edges)
    lines.push(`  t${a} -- t${b}${cut ? ' [color="#d62728", penwidth=2]' : ''};`);
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
