/** Escape sequences the UI writes itself (ink 6 has no alternate-screen option). */
export const ENTER_ALTERNATE_SCREEN = '\x1b[?1049h\x1b[H';
export const LEAVE_ALTERNATE_SCREEN = '\x1b[?1049l';
export const SHOW_CURSOR = '\x1b[?25h';

/**
 * Switches the terminal to the alternate screen, so the user's shell comes back untouched. The
 * returned `restore()` leaves it and shows the cursor again; it runs once, however many of exit,
 * a signal or a crash call it, and as a last resort on process exit.
 */
export function alternateScreen(stdout: NodeJS.WriteStream): { restore: () => void } {
  let done = false;
  const restore = () => {
    if (done) return;
    done = true;
    process.off('exit', restore);
    try {
      stdout.write(LEAVE_ALTERNATE_SCREEN + SHOW_CURSOR);
    } catch {
      // The terminal is gone (hung up): nothing is left to restore.
    }
  };
  stdout.write(ENTER_ALTERNATE_SCREEN);
  process.on('exit', restore);
  return { restore };
}
