import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shopSession } from '@seam/plan/test-support';
import type { ReportModel } from '@seam/report';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Controller } from './controller.js';
import { reduce } from './reducer.js';
import { initialState } from './state.js';

const size = { columns: 120, rows: 40 };

/** The data a written HTML report carries. */
function reportData(html: string): ReportModel {
  const json = /<script type="application\/json" id="seam-data">([^<]*)<\/script>/u.exec(html)![1]!;
  return JSON.parse(json) as ReportModel;
}

describe('the report of the plan being edited', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'seam-tui-report-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('E asks for the report beside the plan file; the reducer itself writes nothing', () => {
    const session = shopSession(join(dir, 'plan.yaml'));
    const next = reduce(initialState(session, size), 'E', session);
    expect(next.effect).toEqual({ kind: 'report', path: join(dir, 'plan.html') });
  });

  it('E writes the HTML of the plan as edited, unsaved edits included', async () => {
    const c = new Controller(shopSession(join(dir, 'plan.yaml')), size);
    c.press([':', ...'move orders public.refunds', 'enter']);
    expect(c.session.serviceOf('public.refunds')).toBe('orders');
    c.press(['E']);
    expect(c.state.message?.text).toBe(`writing ${join(dir, 'plan.html')}…`);
    await c.settled();
    expect(c.state.message?.text).toBe(`Wrote the report ${join(dir, 'plan.html')}`);
    const data = reportData(await readFile(join(dir, 'plan.html'), 'utf8'));
    expect(data.tables.find((t) => t.key === 'public.refunds')?.place).toBe('orders');
    expect(data.tables).toHaveLength(c.session.snapshot.tables.length);
    expect(c.state.log.at(-1)).toBe(`report ${join(dir, 'plan.html')}`);
  });

  it(':report file.mmd writes Mermaid, file.dot DOT; a failed write is reported and the UI stays', async () => {
    const c = new Controller(shopSession(join(dir, 'p.yaml')), size);
    c.press([':', ...`report ${join(dir, 'split.mmd')}`, 'enter']);
    await c.settled();
    expect(await readFile(join(dir, 'split.mmd'), 'utf8')).toMatch(/^flowchart LR\n/u);
    c.press([':', ...`report ${join(dir, 'split.dot')}`, 'enter']);
    await c.settled();
    expect(await readFile(join(dir, 'split.dot'), 'utf8')).toMatch(/^graph seam \{\n/u);
    c.press([':', ...`report ${join(dir, 'no', '\u0000x.html')}`, 'enter']);
    await c.settled();
    expect(c.state.message).toMatchObject({ tone: 'error' });
    expect(c.state.message?.text).toMatch(/^Report not written: /u);
    expect(c.state.exit).toBeNull();
  });
});
