import type { PlanSession } from '@seam/plan';
import { render } from 'ink';
import { Controller } from './state/controller.js';
import { alternateScreen } from './terminal.js';
import { App } from './ui/app.js';

export interface RunOptions {
  stdin?: NodeJS.ReadStream;
  stdout?: NodeJS.WriteStream;
  /** Where the one-line goodbye goes (default stderr). */
  stderr?: NodeJS.WriteStream;
}

/**
 * Runs the terminal UI on a session until the user quits. Returns the exit code: 0 after `q`, 130
 * after Ctrl+C, 143 after SIGTERM. The terminal is restored (main screen, cursor shown) on every way
 * out, crashes included; a crash is rethrown after that.
 */
export async function runPlanUi(session: PlanSession, options: RunOptions = {}): Promise<number> {
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  const controller = new Controller(session, { columns: stdout.columns || 80, rows: stdout.rows || 24 });
  const screen = alternateScreen(stdout);
  const instance = render(<App controller={controller} />, {
    stdout,
    ...(options.stdin ? { stdin: options.stdin } : {}),
    exitOnCtrlC: false,
    // Stray console output would tear the frame; only the real terminal's console is ours to patch.
    patchConsole: stdout === process.stdout,
    maxFps: 60,
  });
  let signalled: number | null = null;
  const onSignal = (signal: NodeJS.Signals) => {
    signalled = signal === 'SIGTERM' ? 143 : signal === 'SIGHUP' ? 129 : 130;
    instance.unmount();
  };
  let crash: unknown = null;
  const onCrash = (error: unknown) => {
    crash = error;
    instance.unmount();
  };
  // A terminal that hangs up fails writes with EIO: leave quietly rather than crash on an unhandled 'error'.
  const onWriteError = () => onSignal('SIGHUP');
  stdout.on('error', onWriteError);
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  process.on('SIGHUP', onSignal);
  process.on('uncaughtException', onCrash);
  try {
    await instance.waitUntilExit();
  } finally {
    screen.restore();
    stdout.off('error', onWriteError);
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
    process.off('SIGHUP', onSignal);
    process.off('uncaughtException', onCrash);
  }
  if (crash) throw crash;
  await controller.settled();
  if (session.dirty) stderr.write(`seam plan: left ${session.path} without writing the last edits.\n`);
  return signalled ?? controller.state.exit?.code ?? 0;
}
