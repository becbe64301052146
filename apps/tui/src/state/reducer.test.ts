import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL } from '@seam/plan';
import { shopSession } from '@seam/plan/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { helpText } from '../views/index.js';
import { Controller } from './controller.js';
import { type Binding, KEYMAP } from './keymap.js';
import { layout } from './layout.js';
import { selectedGroup, selectedTable, type UiState } from './state.js';

const size = { columns: 120, rows: 40 };
const chars = (text: string) => [...text];

function open(path = 'plan.yaml') {
  const c = new Controller(shopSession(path), size);
  const press = (...keys: string[]) => {
    c.press(keys);
    return c.state;
  };
  const type = (text: string) => press(...chars(text));
  const group = () => selectedGroup(c.state, c.session);
  const table = () => selectedTable(c.state, c.session);
  return { c, s: c.session, press, type, group, table };
}

/** Goes to a table by filtering the "all tables" list, leaving the tables pane focused. */
function find(t: ReturnType<typeof open>, name: string) {
  t.press('1', 'g', '2', '/');
  t.type(name);
  t.press('enter');
  expect(t.table()).toBe(`public.${name}`);
}

describe('reducer: moving around', () => {
  it('moves the cursor of the focused list, and a new service lists from its first table', () => {
    const t = open();
    expect(t.group()).toBe(ALL);
    t.press('j', 'j');
    expect(t.group()).toBe('invoices');
    t.press('G');
    expect(t.group()).toBe('(technical)');
    t.press('g', 'down');
    expect(t.group()).toBe('activity-feed');
    t.press('tab', 'j');
    expect(t.c.state.focus).toBe('tables');
    expect(t.c.state.tables.cursor).toBe(0);
    t.press('shift-tab', 'j', '2');
    expect(t.group()).toBe('invoices');
    expect(t.c.state.tables.cursor).toBe(0);
    t.press('pagedown');
    expect(t.table()).toBe('public.refunds');
    t.press('k', 'enter');
    expect(t.c.state.focus).toBe('details');
    t.c.resize({ columns: 80, rows: 24 });
    const scrolled = t.press('j', 'j').detailScroll;
    expect(scrolled).toBe(2);
    t.press('escape', 'escape');
    expect(t.c.state.focus).toBe('groups');
  });

  it('handles a burst exactly like the same keys one at a time', () => {
    const keys = [...'jj\t/ord', 'enter', 'j', ' ', 'k', 'escape', ...'2G'];
    const a = open();
    a.press(...keys);
    const b = open();
    for (const k of keys) b.press(k);
    const view = (s: UiState) => ({ ...s, marked: [...s.marked] });
    expect(view(a.c.state)).toEqual(view(b.c.state));
    expect(a.table()).toBe(b.table());
  });

  it('filters the focused list as you type; Enter keeps it, Esc (or Esc later) clears it, ! inverts', () => {
    const t = open();
    t.press('/');
    t.type('in');
    expect(t.c.state.line).toEqual({ kind: 'filter', pane: 'groups' });
    expect(t.c.state.groups.filter).toBe('in');
    t.press('enter');
    expect(t.c.state.line).toBeNull();
    expect(t.group()).toBe('invoices');
    t.press('escape');
    expect(t.c.state.groups.filter).toBe('');
    t.press('2', '/');
    t.type('!o');
    const listed = t.s.cached('tables/(all tables)/!o', () => [] as string[]);
    expect(listed.every((k) => !k.slice(7).includes('o'))).toBe(true);
    t.press('backspace', 'backspace', 'escape');
    expect(t.c.state.tables.filter).toBe('');
  });

  it('keeps the cursor inside shorter lists and visible after a resize', () => {
    const t = open();
    t.press('G');
    t.c.resize({ columns: 80, rows: 24 });
    const { listRows } = layout(t.c.state.size);
    expect(t.c.state.groups.cursor - t.c.state.groups.top).toBeLessThan(listRows);
    t.c.resize({ columns: 60, rows: 10 });
    expect(layout(t.c.state.size).tooSmall).toBe(true);
  });
});

describe('reducer: editing', () => {
  it('moves a table through the picker, shows the cost change, undoes and redoes it', () => {
    const t = open();
    find(t, 'refunds');
    const before = t.s.editor.cost();
    t.press('m');
    expect(t.c.state.overlay).toMatchObject({ kind: 'picker', tables: ['public.refunds'] });
    t.type('ord');
    t.press('enter');
    expect(t.s.placeOf('public.refunds')).toBe('orders');
    expect(t.c.state.message?.text).toBe('moved public.refunds → orders');
    expect(t.c.state.last?.delta.crossFks).toBe(t.s.editor.cost().crossFks - before.crossFks);
    expect(t.c.state.log).toEqual(['move orders public.refunds']);
    expect(t.s.dirty).toBe(true);
    t.press('m', ...chars('orders'), 'enter');
    expect(t.c.state.message?.text).toBe('refunds is already in orders: nothing to move.');
    expect(t.c.state.log).toEqual(['move orders public.refunds']);
    t.press('u');
    expect(t.s.placeOf('public.refunds')).toBe('invoices');
    expect(t.c.state.last?.text).toBe('undid: moved public.refunds → orders');
    t.press('ctrl-r');
    expect(t.s.placeOf('public.refunds')).toBe('orders');
    expect(t.c.state.log).toEqual(['move orders public.refunds', 'undo', 'redo']);
  });

  it('moves marked tables, creates a service from the picker, shares, and clears the marks', () => {
    const t = open();
    t.press('j', 'j', 'tab', ' ', ' ');
    expect([...t.c.state.marked]).toEqual(['public.invoice_lines', 'public.invoices']);
    t.press('m');
    t.type('billing');
    t.press('enter');
    expect(t.c.state.overlay).toMatchObject({ kind: 'confirm', title: 'Create the service "billing"?' });
    t.press('y');
    expect(t.s.tablesOf('billing')).toEqual(['public.invoice_lines', 'public.invoices']);
    expect(t.c.state.marked.size).toBe(0);
    t.press('2', 'g', 'm');
    t.type('refe');
    t.press('enter');
    expect(t.s.placeOf('public.payments')).toBe('(reference)');
    t.press('1', 'g', '*');
    expect(t.c.state.marked.size).toBe(29);
    t.press('*');
    expect(t.c.state.marked.size).toBe(0);
  });

  it('moves through the picker with arrows and Ctrl-n/p, types j as text, and asks before making a service of it', () => {
    const t = open();
    find(t, 'refunds');
    t.press('m', 'ctrl-n', 'ctrl-n', 'ctrl-p', 'down');
    const overlay = t.c.state.overlay;
    expect(overlay?.kind === 'picker' && overlay.cursor).toBe(2);
    t.press('j');
    expect(t.c.state.overlay).toMatchObject({ kind: 'picker', text: 'j', cursor: 0 });
    t.press('enter');
    expect(t.c.state.overlay).toMatchObject({ kind: 'confirm', title: 'Create the service "j"?' });
    t.press('n');
    expect(t.c.state.overlay).toBeNull();
    expect(t.s.placeOf('public.refunds')).not.toBe('j');
    expect(t.s.editor.model.services()).not.toContain('j');
  });

  it('asks first, with the cost, before moving a hub or dissolving a service', () => {
    const t = open();
    find(t, 'users');
    t.press('m');
    t.type('orders');
    t.press('enter');
    const overlay = t.c.state.overlay;
    expect(overlay?.kind).toBe('confirm');
    expect(overlay?.kind === 'confirm' && overlay.lines[0]).toBe(
      'moves public.users, a hub many tables reference',
    );
    expect(overlay?.kind === 'confirm' && overlay.lines.some((l) => l.startsWith('x-FKs'))).toBe(true);
    t.press('n');
    expect(t.s.placeOf('public.users')).toBe('users');
    t.press('m');
    t.type('orders');
    t.press('enter', 'y');
    expect(t.s.placeOf('public.users')).toBe('orders');
    t.press('1', 'g', 'j', 'M');
    t.type('orders');
    t.press('enter');
    expect(t.c.state.overlay?.kind === 'confirm' && t.c.state.overlay.lines[0]).toBe(
      'dissolves activity-feed (1 tables) into orders',
    );
    t.press('enter');
    expect(t.s.editor.model.services()).not.toContain('activity-feed');
    expect(t.group()).toBe('orders');
  });

  it('creates, renames and splits through the command line, selecting what it made', () => {
    const t = open();
    t.press('c');
    expect(t.c.state.line).toMatchObject({ kind: 'command', text: 'create ' });
    t.type('billing');
    t.press('enter');
    expect(t.group()).toBe('billing');
    t.press('r');
    t.type('fees');
    t.press('enter');
    expect(t.group()).toBe('fees');
    t.press('1', '/');
    t.type('orders');
    t.press('enter', 'tab', ' ', ' ', 's');
    t.type('fulfilment');
    t.press('enter');
    expect(t.s.tablesOf('fulfilment')).toEqual(['public.addresses', 'public.countries']);
    expect(t.group()).toBe('fulfilment');
  });

  it('pins and unpins, keeps two tables apart, and re-clusters only when kept', async () => {
    const t = open();
    find(t, 'refunds');
    t.press('p');
    expect(t.s.pins().get('public.refunds')).toBe('invoices');
    t.press('p');
    expect(t.s.pins().has('public.refunds')).toBe(false);
    t.press(' ');
    find(t, 'orders');
    t.press('x');
    expect(t.s.editor.model.constraints().apart).toEqual([['public.orders', 'public.refunds']]);
    const yaml = () => JSON.stringify(t.s.editor.toPlan());
    const kept = yaml();
    t.press('R');
    expect(t.c.state.overlay).toMatchObject({
      kind: 'confirm',
      title: 'Keep the re-clustering? (no reverts it)',
    });
    t.press('n');
    expect(yaml()).toBe(kept);
    t.press('R', 'y');
    expect(t.c.state.last?.text).toBe('re-clustered');
    expect(t.c.state.log.at(-1)).toBe('recluster');
  });

  it('shows what a command got wrong and keeps it in the history', () => {
    const t = open();
    t.press(':');
    t.type('move nowhere public.nope');
    t.press('enter');
    expect(t.c.state.line).toBeNull();
    expect(t.c.state.message).toMatchObject({ tone: 'error' });
    expect(t.c.state.message?.text).toContain('public.nope');
    t.press(':', 'up');
    expect(t.c.state.line).toMatchObject({ text: 'move nowhere public.nope' });
    t.press('escape', 'm');
    expect(t.c.state.message?.text).toContain('Select a table');
  });
});

describe('reducer: leaving and writing', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'seam-tui-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('quits at once when nothing is unsaved, asks when something is, and Ctrl+C always leaves', () => {
    expect(open().press('q').exit).toEqual({ code: 0 });
    const t = open();
    find(t, 'refunds');
    t.press('m', ...chars('orders'), 'enter', 'q');
    expect(t.c.state.overlay?.kind).toBe('quit');
    t.press('n');
    expect(t.c.state.exit).toBeNull();
    expect(t.press('q', 'y').exit).toEqual({ code: 0 });
    expect(open().press('ctrl-c').exit).toEqual({ code: 130 });
    expect(open().press('/', 'ctrl-c').exit).toEqual({ code: 130 });
  });

  it('writes after showing what changes; keys typed meanwhile wait for the write', async () => {
    const path = join(dir, 'w.yaml');
    const t = open(path);
    find(t, 'refunds');
    t.press('m', ...chars('orders'), 'enter', 'w');
    const overlay = t.c.state.overlay;
    expect(overlay?.kind === 'confirm' && overlay.title).toBe(`Write ${path}?`);
    expect(overlay?.kind === 'confirm' && overlay.lines).toContain('    public.refunds: invoices → orders');
    t.press('enter');
    expect(t.c.state.message?.text).toBe(`writing ${path}…`);
    t.press('q');
    expect(t.c.state.exit).toBeNull();
    await t.c.settled();
    expect(t.c.state.log.at(-1)).toBe(`write ${path}`);
    expect(t.c.state.exit).toEqual({ code: 0 });
    expect(await readFile(path, 'utf8')).toContain('public.refunds');
  });

  it('writes and quits from the quit question, and :w writes to another file', async () => {
    const t = open(join(dir, 'q.yaml'));
    t.press('c', ...chars('spare'), 'enter', 'q', 'w');
    await t.c.settled();
    expect(t.c.state.exit).toEqual({ code: 0 });
    expect(await readFile(join(dir, 'q.yaml'), 'utf8')).toContain('spare');
    const u = open(join(dir, 'u.yaml'));
    u.press(':', ...chars(`w ${join(dir, 'other.yaml')}`), 'enter');
    await u.c.settled();
    expect(u.s.path).toBe(join(dir, 'other.yaml'));
    expect(u.c.state.log).toEqual([`write ${join(dir, 'other.yaml')}`]);
  });

  it('reports a write that fails and stays', async () => {
    const t = open(join(dir, 'missing-dir', 'x', '\u0000bad.yaml'));
    t.press('w', 'enter');
    await t.c.settled();
    expect(t.c.state.message).toMatchObject({ tone: 'error' });
    expect(t.c.state.message?.text).toMatch(/^Not written/);
    expect(t.c.state.exit).toBeNull();
  });
});

describe('key map', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'seam-keymap-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('gives every key of the main screen something to do, from one prepared state', () => {
    for (const b of KEYMAP.normal as Binding[]) {
      for (const key of b.keys) {
        // A key that writes (E: the report) writes beside this plan, in a folder of the test's own.
        const t = open(join(dir, 'plan.yaml'));
        // In the orders service, tables pane focused, the cursor on the second table, two tables marked.
        t.press('j', 'j', 'j', 'tab', ' ', ' ', 'k', ...(b.action === 'pane2' ? ['1'] : []));
        const before = JSON.stringify({ ...t.c.state, marked: [...t.c.state.marked] });
        const version = t.s.version;
        t.press(key);
        const after = JSON.stringify({ ...t.c.state, marked: [...t.c.state.marked] });
        expect(after !== before || t.s.version !== version, `${key} (${b.action})`).toBe(true);
      }
    }
    // One fresh session per key (each an analysis of the shop), and E writes a whole report.
  }, 30_000);

  it('prints the help from the same map: every binding and every verb', () => {
    const help = helpText().join('\n');
    for (const bindings of Object.values(KEYMAP) as Binding[][])
      for (const b of bindings) expect(help, b.action).toContain(b.help);
    expect(help).toContain('move <service> [tables...]');
    expect(help).toContain('Ctrl+r');
  });
});
