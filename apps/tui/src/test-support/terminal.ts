import { PassThrough } from 'node:stream';

/**
 * A pretend terminal for runPlanUi: a TTY-like input to type into and a TTY-like output that keeps
 * what was drawn and when it was last written (tests of the terminal handling, bench:tui).
 */
export function pretendTerminal(size = { columns: 100, rows: 30 }) {
  let output = '';
  let writes = 0;
  let lastWrite = 0;
  const stdout = Object.assign(new PassThrough(), { isTTY: true, ...size });
  stdout.resume();
  const write = stdout.write.bind(stdout) as (...args: unknown[]) => boolean;
  stdout.write = ((chunk: unknown, ...rest: unknown[]) => {
    output += String(chunk);
    writes++;
    lastWrite = performance.now();
    return write(chunk, ...rest);
  }) as typeof stdout.write;
  const stdin = Object.assign(new PassThrough(), {
    isTTY: true,
    setRawMode: () => stdin,
    ref: () => stdin,
    unref: () => stdin,
  });
  stdin.setEncoding('utf8');
  return {
    options: {
      stdin: stdin as unknown as NodeJS.ReadStream,
      stdout: stdout as unknown as NodeJS.WriteStream,
      stderr: new PassThrough() as unknown as NodeJS.WriteStream,
    },
    /** Sends what a terminal would send for typed keys (`q`, `\x03`, `\x1b[6~`). */
    input: (data: string) => stdin.write(data),
    output: () => output,
    writes: () => writes,
    lastWrite: () => lastWrite,
  };
}
