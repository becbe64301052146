import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { uniqueName } from '../helpers/index.js';

/**
 * A real terminal for a real program: a tmux server of our own (its own socket, so no other tmux is
 * touched), one session of a fixed size. Keys go in one `send-keys` at a time; every step waits for
 * the screen it expects, never for a fixed time.
 */
export class Tmux {
  readonly socket = uniqueName('seam_tui');
  private readonly session = 'plan';

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, ...args], { encoding: 'utf8' });
  }

  private socketPath = '';

  /** Starts `command` (a shell line) in a terminal of columns × rows. */
  start(command: string, columns = 120, rows = 36): void {
    this.tmux('new-session', '-d', '-s', this.session, '-x', String(columns), '-y', String(rows), command);
    this.socketPath = this.display('#{socket_path}');
  }

  /** Runs another command in the same terminal, in a new window that becomes the visible one. */
  run(command: string): void {
    this.tmux('new-window', '-t', this.session, command);
  }

  /** The visible screen as text; with `styles`, with the escape sequences of its colours and styles. */
  screen(styles = false): string {
    return this.tmux('capture-pane', '-p', ...(styles ? ['-e'] : []), '-t', this.session);
  }

  resize(columns: number, rows: number): void {
    this.tmux('resize-window', '-t', this.session, '-x', String(columns), '-y', String(rows));
  }

  /** A tmux format of the visible pane, e.g. `#{alternate_on}`. */
  display(format: string): string {
    return this.tmux('display-message', '-p', '-t', this.session, format).trim();
  }

  /** One key by its tmux name (`Enter`, `Escape`, `C-r`, `Tab`, `j`). */
  key(name: string): void {
    this.tmux('send-keys', '-t', this.session, name);
  }

  /** One character typed literally. */
  char(c: string): void {
    this.tmux('send-keys', '-t', this.session, '-l', c);
  }

  /** Waits until the screen satisfies `test` (a regular expression or a function), or fails showing the screen. */
  async waitFor(
    test: RegExp | ((screen: string) => boolean),
    what: string,
    timeoutMs = 30_000,
  ): Promise<string> {
    const ok = typeof test === 'function' ? test : (s: string) => test.test(s);
    const until = Date.now() + timeoutMs;
    let screen = '';
    while (Date.now() < until) {
      screen = this.screen();
      if (ok(screen)) return screen;
      await sleep(50);
    }
    throw new Error(`Timed out waiting for ${what}. The screen was:\n${screen}`);
  }

  /** Types text one character at a time, waiting after each for the screen to show what was typed. */
  async type(text: string, echo: (typed: string) => RegExp): Promise<void> {
    for (let i = 0; i < text.length; i++) {
      this.char(text[i]!);
      await this.waitFor(echo(text.slice(0, i + 1)), `"${text.slice(0, i + 1)}" to be typed`);
    }
  }

  /** Ends the server (and with it every program it ran) and removes its socket. */
  stop(): void {
    try {
      this.tmux('kill-server');
    } catch {
      // Already gone.
    }
    if (this.socketPath) rmSync(this.socketPath, { force: true });
  }
}

/** A string as a regular expression that matches it literally. */
export const literal = (s: string) => new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
