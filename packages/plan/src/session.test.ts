import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shopSnapshot, shopWorkload } from '@seam/analyzer/test-support';
import { readPlanFile } from '@seam/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPlan } from './open.js';
import { ALL, REFERENCE } from './session.js';
import { shopSession } from './test-support/sessions.js';

describe('PlanSession', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'seam-tui-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is dirty after an edit and clean again when undo comes back to what was written', async () => {
    const s = shopSession(join(dir, 'a.yaml'));
    expect(s.dirty).toBe(false);
    expect(s.isNew).toBe(true);
    const v = s.version;
    const out = s.perform({ kind: 'edit', edit: { op: 'move', tables: ['public.refunds'], to: 'orders' } });
    expect(out.message).toBe('moved public.refunds → orders');
    expect(out.command).toBe('move orders public.refunds');
    expect(out.result!.delta.services).toBe(0);
    expect(s.version).toBeGreaterThan(v);
    expect(s.dirty).toBe(true);
    await s.save();
    expect(s.dirty).toBe(false);
    expect(s.isNew).toBe(false);
    s.perform({ kind: 'edit', edit: { op: 'create', service: 'spare' } });
    expect(s.dirty).toBe(true);
    expect(s.perform({ kind: 'undo' }).message).toBe('undid: created spare');
    expect(s.dirty).toBe(false);
    expect(s.perform({ kind: 'redo' }).message).toBe('redid: created spare');
    expect(s.dirty).toBe(true);
    expect(s.perform({ kind: 'redo' }).message).toBe('Nothing to redo.');
  });

  it('writes plan.yaml, says what changed, and reopens to exactly the same plan', async () => {
    const path = join(dir, 'b.yaml');
    const s = shopSession(path);
    s.perform({ kind: 'edit', edit: { op: 'move', tables: ['public.currencies'], to: 'invoices' } });
    s.perform({ kind: 'edit', edit: { op: 'pin', table: 'public.refunds', service: 'invoices' } });
    expect(s.pendingChanges()).toEqual([
      'new plan: 6 services owning 27 tables, 0 reference, 2 technical',
      'edits since the analysis:',
      '  1 table moved:',
      '    public.currencies: (reference) → invoices',
      '  pinned public.refunds to invoices',
    ]);
    const changes = await s.save();
    expect(changes[0]).toMatch(/^new plan/);
    const text = await readFile(path, 'utf8');
    const { session: again } = await openPlan(shopSnapshot(), shopWorkload(), path);
    expect(again.isNew).toBe(false);
    expect(again.dirty).toBe(false);
    expect(again.pendingChanges()).toEqual([]);
    await again.save();
    expect(await readFile(path, 'utf8')).toBe(text);
    expect(again.placeOf('public.currencies')).toBe('invoices');
  });

  it('opens a plan naming tables a newer snapshot lacks, and lists them', async () => {
    const path = join(dir, 'c.yaml');
    await shopSession(path).save();
    const yaml = await readFile(path, 'utf8');
    await writeFile(
      path,
      yaml.replace('- public.refunds', '- public.refunds\n      - public.legacy_refunds'),
    );
    const { session } = await openPlan(shopSnapshot(), shopWorkload(), path);
    expect(session.editor.stale).toEqual(['public.legacy_refunds']);
    await session.save();
    expect((await readPlanFile(path)).services.flatMap((x) => x.tables.map((t) => t.table))).not.toContain(
      'public.legacy_refunds',
    );
  });

  it('analyzes when the file does not exist yet', async () => {
    const { session, analysis } = await openPlan(shopSnapshot(), shopWorkload(), join(dir, 'none.yaml'));
    expect(analysis?.format).toBe('seam.analysis');
    expect(session.isNew).toBe(true);
  });

  it('lists groups and their tables, resolves bare names and shows them short', () => {
    const s = shopSession();
    const groups = s.groups();
    expect(groups[0]).toBe(ALL);
    expect(groups.at(-2)).toBe(REFERENCE);
    expect(s.tablesOf(ALL)).toHaveLength(shopSnapshot().tables.length);
    expect(s.tablesOf(REFERENCE)).toEqual(['public.currencies']);
    expect(s.tablesOf('no-such-service')).toEqual([]);
    expect(s.resolveTable('orders')).toBe('public.orders');
    expect(s.resolveTable('nope')).toBe('nope');
    expect(s.shortName('public.orders')).toBe('orders');
    expect(s.statementsOf('public.orders').length).toBeGreaterThan(0);
    expect(s.relationsOf('public.orders').in.length).toBeGreaterThan(0);
    const cached = s.tablesOf('orders');
    expect(s.tablesOf('orders')).toBe(cached);
    s.perform({ kind: 'edit', edit: { op: 'move', tables: ['public.refunds'], to: 'orders' } });
    expect(s.tablesOf('orders')).not.toBe(cached);
    expect(s.tablesOf('orders')).toContain('public.refunds');
  });

  it('refuses a bad edit without changing anything', () => {
    const s = shopSession();
    const before = s.version;
    expect(() =>
      s.perform({ kind: 'edit', edit: { op: 'move', tables: ['public.nope'], to: 'orders' } }),
    ).toThrow(/no table public.nope/);
    expect(s.version).toBe(before);
    expect(s.dirty).toBe(false);
  });
});
