import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runPlanUi } from './run.js';
import { ENTER_ALTERNATE_SCREEN, LEAVE_ALTERNATE_SCREEN, SHOW_CURSOR } from './terminal.js';
import { shopSession } from './test-support/sessions.js';

/** A pretend terminal: what the UI writes is collected; keys are written to its input. */
function terminal() {
  const stdout = Object.assign(new PassThrough(), { isTTY: true, columns: 100, rows: 30 });
  let written = '';
  stdout.on('data', (d) => {
    written += d;
  });
  const stdin = Object.assign(new PassThrough(), {
    isTTY: true,
    setRawMode: () => stdin,
    ref: () => stdin,
    unref: () => stdin,
  });
  stdin.setEncoding('utf8');
  const stderr = new PassThrough();
  return {
    options: {
      stdout: stdout as unknown as NodeJS.WriteStream,
      stdin: stdin as unknown as NodeJS.ReadStream,
      stderr: stderr as unknown as NodeJS.WriteStream,
    },
    type: (keys: string) => setTimeout(() => stdin.write(keys), 50),
    output: () => written,
  };
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
