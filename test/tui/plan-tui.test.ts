import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePlan } from '@seam/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { literal, Tmux } from './tmux.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('seam plan in a real terminal (tmux)', () => {
  const tmux = new Tmux();
  let dir: string;
  let plan: string;
  let seam: (exitMark: string) => string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'seam-tui-e2e-'));
    plan = join(dir, 'plan.yaml');
    // ink draws nothing interactive when CI is set: the program runs as a person would run it.
    seam = (exitMark) =>
      `cd '${root}' && env CI=false NO_COLOR=1 node apps/cli/bin/seam.js plan '${plan}' --sample 2>'${dir}/stderr.txt'; echo ${exitMark}=$?; sleep 600`;
  });

  afterAll(async () => {
    tmux.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('opens the sample, filters, moves a table, undoes, redoes, writes, and reopens the same plan', async () => {
    tmux.start(seam('FIRST_EXIT'));
    const opened = await tmux.waitFor(/1 Services/, 'the UI on the sample');
    expect(opened).toMatch(/\[new, not written\] · .* · 101 tables/);
    expect(tmux.display('#{alternate_on}')).toBe('1');
    // NO_COLOR: not one colour or style on the screen; the cursor row and the focus read without them.
    expect(tmux.screen(true)).not.toMatch(/\x1b\[[0-9;]*m/);
    expect(opened).toMatch(/║▶ 1 Services/);
    expect(opened).toMatch(/║› \(all tables\)/);
    const cost = (screen: string) => /^cost {2}(.*)$/m.exec(screen)![1]!.trim();
    const original = cost(opened);

    // Too small a terminal gets one plain message; the UI comes back when it grows.
    tmux.resize(70, 20);
    await tmux.waitFor(/needs a terminal of 80×24 at least; this one is 70×20/, 'the too-small message');
    tmux.resize(120, 36);
    await tmux.waitFor(/▶ 1 Services/, 'the UI again after growing');

    // Find public.orders: the tables pane lists every table; filter it.
    tmux.key('2');
    await tmux.waitFor(/▶ 2 \(all tables\) 1\/101/, 'the tables pane focused');
    tmux.key('/');
    await tmux.waitFor(/^\/█/m, 'the filter line');
    await tmux.type('orders', (typed) => new RegExp(`^/${typed}█`, 'm'));
    tmux.key('Enter');
    const found = await tmux.waitFor(/› orders +ent orders/, 'public.orders selected in the filtered list');
    expect(found).toMatch(/▶ 2 \(all tables\) 1\/\d+ {2}\/orders/);
    expect(found).toContain('public.orders');

    // Move it to promotions through the picker, which previews the cost of each service.
    tmux.key('m');
    await tmux.waitFor(/Move orders to…/, 'the picker');
    await tmux.type('promotions', (typed) => new RegExp(`^║> ${typed}█`, 'm'));
    const picker = await tmux.waitFor(/› promotions +x-FKs/, 'promotions with its cost');
    expect(picker).toMatch(/› promotions +x-FKs \+\d+ ✗/);
    tmux.key('Enter');
    const moved = await tmux.waitFor(/last {2}moved public\.orders → promotions: /, 'the move and its cost');
    expect(moved).toMatch(/› orders +ent promotions/);
    expect(moved).toMatch(/\[modified\]/);
    const after = cost(moved);
    expect(after).not.toBe(original);

    tmux.key('u');
    const undone = await tmux.waitFor(/last {2}undid: moved public\.orders → promotions/, 'the undo');
    expect(cost(undone)).toBe(original);
    expect(undone).toMatch(/› orders +ent orders/);

    tmux.key('C-r');
    const redone = await tmux.waitFor(/last {2}redid: moved public\.orders → promotions/, 'the redo');
    expect(cost(redone)).toBe(after);

    // Write: first what changes, then the file.
    tmux.key('w');
    const preview = await tmux.waitFor(/Write .*plan\.yaml\?/, 'the write preview');
    expect(preview).toContain('public.orders: orders → promotions');
    tmux.key('Enter');
    await tmux.waitFor(/Wrote .*plan\.yaml: new plan/, 'the write');
    const written = await readFile(plan, 'utf8');
    const services = parsePlan(written).services;
    expect(services.find((s) => s.name === 'promotions')!.tables.map((t) => t.table)).toContain(
      'public.orders',
    );

    // Nothing unsaved: q leaves at once, and the terminal is back as it was.
    tmux.key('q');
    await tmux.waitFor(/FIRST_EXIT=0/, 'the program to exit 0');
    expect(tmux.display('#{alternate_on} #{cursor_flag}')).toBe('0 1');

    // Reopen: the same plan, with public.orders where it was put; writing again changes no byte.
    tmux.run(seam('SECOND_EXIT'));
    const reopened = await tmux.waitFor(/1 Services/, 'the UI on the written plan');
    expect(reopened).toMatch(/\[saved\]/);
    expect(cost(reopened)).toBe(after);
    tmux.key('2');
    await tmux.waitFor(/▶ 2 \(all tables\)/, 'the tables pane focused');
    tmux.key('/');
    await tmux.type('orders', (typed) => new RegExp(`^/${typed}█`, 'm'));
    tmux.key('Enter');
    await tmux.waitFor(/› orders +ent promotions/, 'public.orders in promotions after reopening');
    tmux.key(':');
    await tmux.type('w', (typed) => new RegExp(`^:${typed}█`, 'm'));
    tmux.key('Enter');
    await tmux.waitFor(literal(`Wrote ${plan}: no change`), 'the second write');
    expect(await readFile(plan, 'utf8')).toBe(written);
    tmux.key('q');
    await tmux.waitFor(/SECOND_EXIT=0/, 'the second program to exit 0');
    expect(tmux.display('#{alternate_on} #{cursor_flag}')).toBe('0 1');
  });
});
