import { MultiUndirectedGraph } from 'graphology';
import forceAtlas2Module from 'graphology-layout-forceatlas2';

// A CommonJS module: under NodeNext its default import is the module object.
const forceAtlas2 = forceAtlas2Module as unknown as typeof forceAtlas2Module.default;

const GOLDEN = Math.PI * (3 - Math.sqrt(5));

/** Work the layout may do, in node-iterations: bounded, so 5,000 tables lay out in seconds, not minutes. */
const BUDGET = 300_000;

/**
 * Positions for tables grouped by service: each group starts as a disc of its own (sunflower
 * pattern, seeded jitter), the discs on a spiral biggest first, then ForceAtlas2 runs a bounded number
 * of iterations over the ties (those across groups weakened) so related tables settle together.
 * Deterministic for a seed.
 * Returns x0, y0, x1, y1, … in the order of `groups`.
 */
export function layoutTables(
  groups: string[],
  edges: ReadonlyArray<readonly [number, number, number, ...unknown[]]>,
  random: () => number,
): Float64Array {
  const n = groups.length;
  const out = new Float64Array(2 * n);
  if (n === 0) return out;
  const members = new Map<string, number[]>();
  groups.forEach((g, i) => {
    members.set(g, [...(members.get(g) ?? []), i]);
  });
  const ordered = [...members].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  const spacing = 10;
  const widest = Math.sqrt(ordered[0]![1].length) * spacing;
  ordered.forEach(([, list], k) => {
    const r = k === 0 ? 0 : 2.2 * widest * Math.sqrt(k);
    const cx = r * Math.cos(k * GOLDEN);
    const cy = r * Math.sin(k * GOLDEN);
    list.forEach((t, j) => {
      const rr = spacing * Math.sqrt(j + 0.5) + random() * spacing * 0.3;
      out[2 * t] = cx + rr * Math.cos(j * GOLDEN);
      out[2 * t + 1] = cy + rr * Math.sin(j * GOLDEN);
    });
  });
  const iterations = Math.max(10, Math.min(100, Math.round(BUDGET / n)));
  if (edges.length === 0) return out;
  const graph = new MultiUndirectedGraph();
  for (let i = 0; i < n; i++) graph.addNode(i, { x: out[2 * i], y: out[2 * i + 1] });
  // Ties across groups pull weakly: the picture keeps each service together and shows what crosses.
  for (const [a, b, w] of edges) graph.addEdge(a, b, { weight: groups[a] === groups[b] ? w : w * 0.01 });
  const settings = forceAtlas2.inferSettings(graph);
  const positions = forceAtlas2(graph, {
    iterations,
    getEdgeWeight: 'weight',
    settings: { ...settings, barnesHutOptimize: n > 500, linLogMode: true },
  });
  for (let i = 0; i < n; i++) {
    const p = positions[i]!;
    out[2 * i] = round(p.x);
    out[2 * i + 1] = round(p.y);
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
