/// <reference lib="dom" />
// The report page: reads the plan's data from <script type="application/json" id="seam-data">, draws
// it with sigma.js (positions come laid out) and fills the side panels. Every name reaches the page
// through textContent or the canvas, never as markup.
import { MultiUndirectedGraph } from 'graphology';
import Sigma from 'sigma';
import type { ReportModel } from '../report-model.js';

const CUT = '#d62728';
const TIE = '#c8c8c8';
const DIM = '#eeeeee';
const SHARED: Record<string, string> = { reference: '#888888', technical: '#bbbbbb' };

const data = JSON.parse(document.getElementById('seam-data')!.textContent!) as ReportModel;
const colorOf = new Map<string, string>(Object.entries(SHARED));
for (const s of data.services) colorOf.set(s.name, s.color);
const num = (x: number) => x.toLocaleString('en-US');

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string | null,
  className?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text != null) e.textContent = text;
  if (className) e.className = className;
  return e;
}
const byId = (id: string) => document.getElementById(id)!;

// Header and totals.
const t = data.totals;
document.title = `Seam report: ${data.database}`;
byId('title').textContent =
  `${data.database} (${data.dialect}): ${num(data.tableCount)} tables split into ${t.services} services`;
byId('totals').textContent =
  `${data.reference.length} reference · ${data.technical.length} technical · modularity ${t.modularity.toFixed(3)} · ` +
  `${t.crossFks} cross-service foreign keys (+${t.crossInferredFks} implied)` +
  (data.scope.statements ? ` · ${(t.crossJoinShare * 100).toFixed(1)}% of calls cross services` : '') +
  (data.scope.transactions
    ? ` · ${(t.distributedTransactionShare * 100).toFixed(1)}% of transactions become distributed`
    : '');
const leftOut = byId('left-out');
for (const note of data.leftOut) leftOut.append(el('p', note));
leftOut.hidden = data.leftOut.length === 0;

// Graph.
const graph = new MultiUndirectedGraph();
data.tables.forEach((x, i) => {
  graph.addNode(String(i), {
    x: x.x,
    y: x.y,
    size: 2 + Math.min(8, Math.log10(x.rows + 1)),
    color: colorOf.get(x.place) ?? '#999999',
    label: x.key,
  });
});
data.edges.forEach(([a, b, w, cut], i) => {
  graph.addEdgeWithKey(`e${i}`, String(a), String(b), {
    size: cut ? 2 : Math.max(0.3, Math.min(2, w)),
    color: cut ? CUT : TIE,
    cut,
    zIndex: cut,
  });
});

let selected: string | null = null;
let neighbours = new Set<string>();
let matches = new Set<string>();
const container = byId('graph');
const renderer = new Sigma(graph, container, {
  enableEdgeEvents: true,
  // The pane can be 0 wide for a moment (print, a screenshot resizing the page): draw nothing then.
  allowInvalidContainer: true,
  zIndex: true,
  labelRenderedSizeThreshold: 7,
  nodeReducer(node, attrs) {
    const focus = selected !== null ? neighbours : matches.size ? matches : null;
    if (!focus) return attrs;
    if (focus.has(node) || node === selected)
      return { ...attrs, highlighted: node === selected, forceLabel: true, zIndex: 1 };
    return { ...attrs, color: DIM, label: '', zIndex: 0 };
  },
  edgeReducer(edge, attrs) {
    if (selected === null) return attrs;
    const [a, b] = graph.extremities(edge);
    return a === selected || b === selected ? attrs : { ...attrs, hidden: true };
  },
});

// Details panel.
const details = byId('details');
function show(...nodes: Node[]): void {
  details.replaceChildren(...nodes);
}
function tableButton(key: string): HTMLElement {
  const i = indexOf.get(key);
  if (i === undefined) return el('span', key);
  const b = el('button', key, 'link');
  b.addEventListener('click', () => selectTable(i));
  return b;
}
function swatch(place: string): HTMLElement {
  const s = el('span', null, 'swatch');
  s.style.background = colorOf.get(place) ?? '#999999';
  return s;
}
const indexOf = new Map(data.tables.map((x, i) => [x.key, i]));

function selectTable(i: number): void {
  const x = data.tables[i]!;
  selected = String(i);
  neighbours = new Set(graph.neighbors(selected));
  renderer.refresh();
  const place = el('p');
  place.append(swatch(x.place), el('strong', x.place), ` · ${x.role} · ${num(x.rows)} rows`);
  const ties = el('ul');
  for (const tie of x.ties) {
    const li = el('li');
    li.append(tableButton(tie.table), ` (${tie.where}, weight ${tie.weight})`);
    const ev = el('ul');
    for (const line of tie.evidence) ev.append(el('li', line));
    li.append(ev);
    ties.append(li);
  }
  show(
    el('h3', x.key, 'table-name'),
    place,
    el('p', x.summary, 'explanation'),
    el('p', `Role: ${x.reason}`),
    el('h4', x.ties.length ? 'Strongest ties' : 'No ties'),
    ties,
  );
  details.dataset.table = x.key;
}

function selectBoundary(a: string, b: string): void {
  const [first, second] = a < b ? [a, b] : [b, a];
  const bd = data.boundaries.find((x) => x.services[0] === first && x.services[1] === second);
  const title = el('h3');
  title.append(swatch(first), el('span', first), ' ↔ ', swatch(second), el('span', second));
  details.dataset.boundary = `${first}|${second}`;
  if (!bd) {
    show(
      title,
      el(
        'p',
        'A cheaper boundary: only the costliest are explained in this report (seam analyze --json lists all).',
      ),
    );
    return;
  }
  const c = bd.cost;
  const cost = el('p', null, 'cost');
  cost.textContent =
    `${c.fks} foreign keys${c.inferredFks ? ` + ${c.inferredFks} implied` : ''}` +
    (data.scope.statements ? ` · ${c.joinStatements} statements (${num(c.joinCalls)} calls)` : '') +
    (data.scope.transactions
      ? ` · ${c.transactionShapes} transaction shapes (${num(c.transactions)} runs)`
      : '');
  const parts: Node[] = [title, cost];
  if (bd.fks.length) {
    parts.push(el('h4', 'Foreign keys and their replacement'));
    const ul = el('ul');
    for (const f of bd.fks) {
      const li = el('li');
      li.append(
        tableButton(f.child),
        `(${f.columns.join(', ')}) → `,
        tableButton(f.parent),
        `${f.kind === 'inferred' ? ' (implied)' : ''}${f.onDelete && f.onDelete !== 'NO ACTION' ? ` ON DELETE ${f.onDelete}` : ''}: `,
        el('strong', f.looseFk.action.replaceAll('_', ' ')),
        ` — ${f.looseFk.how}`,
      );
      ul.append(li);
    }
    parts.push(ul);
  }
  if (bd.joins.length) {
    parts.push(el('h4', 'Statements across it'));
    const ul = el('ul');
    for (const j of bd.joins) ul.append(el('li', `${num(j.calls)} calls: ${j.text}`, 'sql'));
    parts.push(ul);
  }
  if (bd.transactions.length) {
    parts.push(el('h4', 'Transactions across it'));
    const ul = el('ul');
    for (const x of bd.transactions)
      ul.append(el('li', `${num(x.count)} runs writing ${x.writes.join(', ')}`));
    parts.push(ul);
  }
  if (bd.remedies.length) {
    parts.push(el('h4', 'Recommended'));
    const ul = el('ul');
    for (const r of bd.remedies) ul.append(el('li', r));
    parts.push(ul);
  }
  show(...parts);
}

function clearSelection(): void {
  selected = null;
  matches = new Set();
  neighbours = new Set();
  renderer.refresh();
}

renderer.on('clickNode', ({ node }) => selectTable(Number(node)));
renderer.on('clickEdge', ({ edge }) => {
  const [a, b] = graph.extremities(edge).map((n: string) => data.tables[Number(n)]!);
  if (graph.getEdgeAttribute(edge, 'cut')) selectBoundary(a!.place, b!.place);
  else {
    const title = el('h3');
    title.append(tableButton(a!.key), ' — ', tableButton(b!.key));
    show(
      title,
      el(
        'p',
        `A tie inside ${a!.place === b!.place ? a!.place : 'the plan'} (weight ${graph.getEdgeAttribute(edge, 'size')}); it crosses no boundary.`,
      ),
    );
  }
});
renderer.on('clickStage', clearSelection);
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') clearSelection();
});

// Search by name: matches light up; Enter (or a click on a match) selects.
const search = byId('search') as HTMLInputElement;
const list = byId('matches');
function runSearch(): number[] {
  const q = search.value.trim().toLowerCase();
  const found: number[] = [];
  if (q)
    data.tables.forEach((x, i) => {
      if (x.key.toLowerCase().includes(q)) found.push(i);
    });
  matches = new Set(found.map(String));
  selected = null;
  renderer.refresh();
  list.replaceChildren(
    ...found.slice(0, 20).map((i) => {
      const li = el('li');
      li.append(tableButton(data.tables[i]!.key));
      return li;
    }),
  );
  if (found.length > 20) list.append(el('li', `… ${found.length - 20} more`));
  if (q && !found.length) list.append(el('li', 'No table matches.'));
  return found;
}
search.addEventListener('input', runSearch);
search.addEventListener('keydown', (e) => {
  if (e.key !== 'Enter') return;
  const found = runSearch();
  if (found.length) selectTable(found[0]!);
});

// Beside the graph: the services table and the costliest boundaries, as `seam analyze` prints them.
const services = byId('services');
const head = el('tr');
for (const h of ['', 'SERVICE', 'TABLES', 'ROWS', 'WRITES', 'X-FKS', 'X-CALLS', 'DIST-TX', 'Q'])
  head.append(el('th', h));
services.append(head);
for (const s of data.services) {
  const tr = el('tr');
  const sw = el('td');
  sw.append(swatch(s.name));
  tr.append(sw, el('td', s.name));
  for (const v of [s.tables, s.rows, s.writes, s.crossFks, s.crossJoinCalls, s.distributedTransactions])
    tr.append(el('td', num(v), 'n'));
  tr.append(el('td', s.modularity.toFixed(3), 'n'));
  services.append(tr);
}
const boundaries = byId('boundaries');
for (const b of data.boundaries.slice(0, 20)) {
  const c = b.cost;
  const li = el('li');
  const btn = el('button', `${b.services[0]} ↔ ${b.services[1]}`, 'link');
  btn.addEventListener('click', () => selectBoundary(b.services[0], b.services[1]));
  li.append(
    btn,
    `: ${c.fks} FKs${c.inferredFks ? ` + ${c.inferredFks} implied` : ''}` +
      (c.joinStatements ? `, ${c.joinStatements} statements (${num(c.joinCalls)} calls)` : '') +
      (c.transactionShapes
        ? `, ${c.transactionShapes} transaction shapes (${num(c.transactions)} runs)`
        : ''),
  );
  boundaries.append(li);
}
if (!data.boundaries.length) boundaries.append(el('li', 'No boundary costs anything.'));
for (const [id, keys] of [
  ['reference', data.reference],
  ['technical', data.technical],
] as const) {
  const ul = byId(id);
  for (const k of keys.slice(0, 200)) {
    const li = el('li');
    li.append(tableButton(k));
    ul.append(li);
  }
  if (keys.length > 200) ul.append(el('li', `… ${keys.length - 200} more`));
  if (!keys.length) ul.append(el('li', 'None.'));
}
const legend = byId('legend');
for (const place of [...data.services.map((s) => s.name), 'reference', 'technical']) {
  const item = el('span', null, 'item');
  item.append(swatch(place), place);
  legend.append(item);
}
const cutKey = el('span', null, 'item');
const line = el('span', null, 'cut');
cutKey.append(line, 'cut tie (crosses a boundary)');
legend.append(cutKey);

// For tests and the curious: the drawn graph and the renderer.
declare global {
  interface Window {
    seamReport: { graph: MultiUndirectedGraph; renderer: Sigma; ready: boolean };
  }
}
window.seamReport = { graph, renderer, ready: true };
document.body.dataset.ready = 'true';
