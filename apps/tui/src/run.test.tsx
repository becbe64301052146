import { describe, expect, it } from 'vitest';
import { runPlanUi } from './run.js';
import { ENTER_ALTERNATE_SCREEN, LEAVE_ALTERNATE_SCREEN, SHOW_CURSOR } from './terminal.js';
import { pretendTerminal, shopSession } from './test-support/index.js';

function terminal() {
  const t = pretendTerminal();
  return { ...t, type: (keys: string) => setTimeout(() => t.input(keys), 50) };
}

describe('runPlanUi', () => {
  it('draws on the alternate screen and gives the terminal back with the cursor shown on q', async () => {
    const t = terminal();
    t.type('q');
    expect(await runPlanUi(shopSession(), t.options)).toBe(0);
    const out = t.output();
    expect(out.startsWith(ENTER_ALTERNATE_SCREEN)).toBe(true);
    expect(out.endsWith(LEAVE_ALTERNATE_SCREEN + SHOW_CURSOR)).toBe(true);
  });

  it('leaves on Ctrl+C with 130 and on SIGTERM with 143, restoring the terminal each time', async () => {
    const a = terminal();
    a.type('\x03');
    expect(await runPlanUi(shopSession(), a.options)).toBe(130);
    expect(a.output().endsWith(LEAVE_ALTERNATE_SCREEN + SHOW_CURSOR)).toBe(true);
    const b = terminal();
    setTimeout(() => process.emit('SIGTERM', 'SIGTERM'), 50);
    expect(await runPlanUi(shopSession(), b.options)).toBe(143);
    expect(b.output().endsWith(LEAVE_ALTERNATE_SCREEN + SHOW_CURSOR)).toBe(true);
  });

  it('restores the terminal before a crash reaches the caller', async () => {
    const t = terminal();
    const session = shopSession();
    session.editor.cost = () => {
      throw new Error('boom');
    };
    await expect(runPlanUi(session, t.options)).rejects.toThrow('boom');
    expect(t.output()).toContain(LEAVE_ALTERNATE_SCREEN + SHOW_CURSOR);
  });
});
