import { execFileSync, spawnSync } from 'node:child_process';
import { PlanEditor } from '@seam/analyzer';
import { snapshot, type TableSpec } from '@seam/analyzer/test-support';
import { printable, tableKey } from '@seam/core';
import { describe, expect, it } from 'vitest';
import { buildReportModel, dotString, mermaidText, renderDot, renderMermaid, scriptJson } from './index.js';
import { HOSTILE_NAMES, hostileEditor } from './test-support/hostile-schema.js';

const hostile = Object.values(HOSTILE_NAMES);

/** The text of every <text> element of an SVG, entities decoded. */
function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/gu)].map((m) =>
    m[1]!
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&quot;', '"')
      .replaceAll('&#39;', "'")
      .replace(/&#(\d+);/gu, (_, n) => String.fromCodePoint(Number(n)))
      .replaceAll('&amp;', '&'),
  );
}

describe('escaping names for each format', () => {
  it('scriptJson leaves nothing that ends a script element and parses back to the same value', () => {
    const value = { names: [...hostile, '<!--', ']]>'] };
    const json = scriptJson(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/u);
    expect(JSON.parse(json)).toEqual(value);
  });

  it('mermaidText keeps only letters, digits, space, _ . - and entities', () => {
    for (const name of hostile) expect(mermaidText(name)).toMatch(/^(?:[A-Za-z0-9 _.-]|#\d+;)*$/u);
    expect(mermaidText('a"b')).toBe('a#34;b');
    expect(mermaidText('\u001b')).toBe('#92;x1b');
  });

  it('dotString is one quoted string that Graphviz reads back as the printable name', () => {
    const dot = `graph g {\n${hostile.map((n, i) => `  n${i} [label=${dotString(n)}];`).join('\n')}\n}\n`;
    const svg = execFileSync('dot', ['-Tsvg'], { input: dot, encoding: 'utf8' });
    const texts = svgTexts(svg);
    for (const name of hostile) expect(texts).toContain(printable(name));
    // The check can fail: the same names unquoted-by-hand break the graph.
    const raw = `graph g {\n${hostile.map((n, i) => `  n${i} [label="${n}"];`).join('\n')}\n}\n`;
    expect(spawnSync('dot', ['-Tsvg'], { input: raw }).status).not.toBe(0);
  });
});

describe('Mermaid and DOT of a plan', () => {
  it('DOT of the hostile schema renders with Graphviz: every table a node inside its service cluster', () => {
    const model = buildReportModel(hostileEditor());
    const dot = renderDot(model);
    const svg = execFileSync('dot', ['-Tsvg'], { input: dot, encoding: 'utf8' });
    expect(svg.match(/class="node"/gu)).toHaveLength(model.tables.length);
    expect(svg.match(/class="cluster"/gu)?.length).toBe(new Set(model.tables.map((t) => t.place)).size);
    const texts = svgTexts(svg);
    for (const t of model.tables) expect(texts).toContain(printable(t.key));
    expect(model.edges.filter((e) => e[3]).length).toBe((dot.match(/color="#d62728"/gu) ?? []).length);
  });

  it('Mermaid draws every service and the costliest boundaries with their counts', () => {
    const model = buildReportModel(hostileEditor(), { layout: false });
    const text = renderMermaid(model);
    expect(text.startsWith('flowchart LR\n')).toBe(true);
    for (const s of model.services) expect(text).toContain(`["${mermaidText(s.name)}<br/>${s.tables} table`);
    const b = model.boundaries[0]!;
    expect(text).toContain(`|"${b.cost.fks + b.cost.inferredFks} FK`);
    expect(text.split('\n').filter((l) => l.includes('---|')).length).toBe(
      Math.min(40, model.boundaries.length),
    );
  });
});

describe('what the report leaves out', () => {
  it('names plan tables missing from the snapshot, and places snapshot tables the plan lacks', () => {
    const editor = hostileEditor();
    const plan = editor.toPlan();
    const first = plan.services[0]!;
    const moved = first.tables.shift()!;
    first.tables.push({ ...moved, table: 'public.gone_table' });
    const model = buildReportModel(PlanEditor.open(editor.snapshot, undefined, plan), { layout: false });
    expect(model.leftOut.join('\n')).toContain(
      '1 table(s) of the plan are not in the snapshot and are left out: public.gone_table',
    );
    expect(model.leftOut.join('\n')).toContain(`1 table(s) of the snapshot are not in the plan`);
    expect(model.tables.map((t) => t.key)).toContain(moved.table);
    expect(model.tables.map((t) => t.key)).not.toContain('public.gone_table');
  });

  it('an empty plan draws every table set aside and says the plan has no services', () => {
    const editor = hostileEditor();
    const plan = { ...editor.toPlan(), services: [], reference: [], technical: [] };
    const model = buildReportModel(PlanEditor.open(editor.snapshot, undefined, plan));
    expect(model.services).toEqual([]);
    expect(model.tables).toHaveLength(editor.snapshot.tables.length);
    expect(model.leftOut).toContain(
      'The plan has no services: every table is shared (reference or technical).',
    );
    expect(renderMermaid(model)).toContain('tech[(');
  });

  it('20,000 tables: draws the most tied up to the limit and says how many it left out', () => {
    const specs: TableSpec[] = Array.from({ length: 20_000 }, (_, i) => ({
      name: `t${i}`,
      columns: ['id', 'parent_id'],
      ...(i % 100 ? { fks: [{ columns: ['parent_id'], table: `t${i - (i % 100)}` }] } : {}),
    }));
    const snap = snapshot(specs, 'huge');
    const services = Array.from({ length: 200 }, (_, s) => ({
      name: `s${s}`,
      tables: Array.from({ length: 100 }, (_, j) => ({
        table: tableKey('public', `t${s * 100 + j}`),
        role: 'entity' as const,
      })),
    }));
    const base = hostileEditor().toPlan();
    const plan = {
      ...base,
      services: services.map((s) => ({ ...base.services[0]!, ...s })),
      reference: [],
      technical: [],
    };
    const model = buildReportModel(PlanEditor.open(snap, undefined, plan), { limits: { tables: 2000 } });
    expect(model.tableCount).toBe(20_000);
    expect(model.tables).toHaveLength(2000);
    expect(model.services).toHaveLength(200);
    expect(model.services.reduce((n, s) => n + s.tables, 0)).toBe(20_000);
    expect(model.leftOut[0]).toMatch(/^The graph draws 2,000 of the 20,000 tables/u);
    // The hubs (each service's first table, referenced by the 99 others) are among the drawn.
    expect(model.tables.map((t) => t.key)).toContain('public.t19900');
  }, 60_000);
});
