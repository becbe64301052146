/// <reference lib="dom" />
// The baseline page of bench:report: sigma.js drawing the same laid-out graph with no Seam UI
// (no explanations, panels, search or tables).
import { MultiUndirectedGraph } from 'graphology';
import Sigma from 'sigma';

const data = JSON.parse(document.getElementById('data')!.textContent!) as {
  nodes: [number, number][];
  edges: [number, number][];
};
const graph = new MultiUndirectedGraph();
data.nodes.forEach(([x, y], i) => {
  graph.addNode(String(i), { x, y, size: 3, color: '#0072b2' });
});
for (const [a, b] of data.edges) graph.addEdge(String(a), String(b), { size: 1, color: '#cccccc' });
new Sigma(graph, document.getElementById('graph')!);
document.body.dataset.ready = 'true';
