import { shopSession } from '@seam/plan/test-support';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { Controller } from '../state/controller.js';
import { App } from './app.js';

/** React 19 subscribes input handlers after the first commit: let it settle before typing and after. */
const settle = () => new Promise<void>((resolve) => setImmediate(() => setTimeout(resolve, 0)));

async function app() {
  const controller = new Controller(shopSession(), { columns: 100, rows: 30 });
  const ui = render(<App controller={controller} />);
  await settle();
  const send = async (data: string) => {
    ui.stdin.write(data);
    await settle();
    return ui.lastFrame()!;
  };
  return { controller, ui, send };
}

describe('App', () => {
  it('draws the title, three panes, the cost, the last edit and the key hints in the terminal’s height', async () => {
    const { ui } = await app();
    const lines = ui.lastFrame()!.split('\n');
    expect(lines).toHaveLength(29);
    expect(lines[0]).toMatch(/^seam plan · plan\.yaml \[new, not written\] · shop \(postgres\) · 29 tables/);
    expect(lines[1]).toMatch(/^╔.*╗┌.*┐┌.*┐$/);
    expect(lines[26]).toMatch(/^cost {2}6 svc · 11 x-FK · 2 impl · 17\.7% x-call · 6\.0% dist-tx · Q 0\.614/);
    expect(lines[27]).toBe('last  no edit yet');
    expect(lines[28]).toContain('? help · / filter · Space mark · m move · u undo · w write · q quit');
  });

  it('takes keys from the terminal one by one, bursts and escape sequences alike', async () => {
    const { controller, send } = await app();
    await send('jj');
    expect(controller.state.groups.cursor).toBe(2);
    await send('\t');
    expect(controller.state.focus).toBe('tables');
    const frame = await send('\u001B[B');
    expect(controller.state.tables.cursor).toBe(1);
    expect(frame).toMatch(/› invoices /);
    await send('/ref\r');
    expect(controller.state.tables.filter).toBe('ref');
    expect(controller.state.line).toBeNull();
    const moved = await send('mord\r');
    expect(controller.session.placeOf('public.refunds')).toBe('orders');
    expect(moved).toContain('last  moved public.refunds → orders: x-FK');
    expect(moved.split('\n')[0]).toContain('[modified]');
  });

  it('says so below 80×24, and draws again when the terminal grows', async () => {
    const { controller, ui } = await app();
    controller.resize({ columns: 70, rows: 20 });
    await settle();
    expect(ui.lastFrame()).toContain('seam plan needs a terminal of 80×24 at least; this one is 70×20.');
    ui.stdout.emit('resize');
    await settle();
    expect(controller.state.size).toEqual({ columns: 100, rows: 24 });
    expect(ui.lastFrame()!.split('\n')).toHaveLength(23);
  });
});
