import { type ChildProcess, spawn } from 'node:child_process';

/**
 * The one way Seam's infra, tests and benchmarks run a program: `run` waits for it, `start` leaves it
 * running. Output is collected as text; a program that cannot start resolves with code 127 and the
 * reason in stderr (never a rejection), one killed by a signal with code 1 and that signal.
 */
export interface RunOptions {
  cwd?: string;
  /** Added to this process's environment. */
  env?: NodeJS.ProcessEnv;
  /** Written to stdin, which is then closed (closed at once without it). */
  input?: string | Buffer;
  /** SIGTERM after this long. */
  timeoutMs?: number;
  /** Keep only the last this many characters of each stream (long-running programs). */
  keepLast?: number;
}

export interface RunResult {
  code: number;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface Started {
  child: ChildProcess;
  exited: Promise<RunResult>;
}

export function start(cmd: string, args: readonly string[], options: RunOptions = {}): Started {
  const child = spawn(cmd, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const keep = (text: string) => (options.keepLast === undefined ? text : text.slice(-options.keepLast));
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => {
    stdout = keep(stdout + d);
  });
  child.stderr?.on('data', (d) => {
    stderr = keep(stderr + d);
  });
  const timer = options.timeoutMs ? setTimeout(() => child.kill('SIGTERM'), options.timeoutMs) : undefined;
  const exited = new Promise<RunResult>((resolve) => {
    child.once('error', (error) => {
      clearTimeout(timer);
      resolve({ code: 127, signal: null, stdout, stderr: `${stderr}${error.message}` });
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? 1, signal, stdout, stderr });
    });
  });
  child.stdin?.on('error', () => {}); // the program exited before reading its input
  child.stdin?.end(options.input ?? '');
  return { child, exited };
}

export function run(cmd: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  return start(cmd, args, options).exited;
}

/** SIGTERM, as an operator's Ctrl+C; resolves once the program has exited. */
export async function stop(started: Started): Promise<RunResult> {
  if (started.child.exitCode === null && started.child.signalCode === null) started.child.kill('SIGTERM');
  return started.exited;
}

/** A program's exit code and its stdout and stderr together (infra's checks read them as one text). */
export async function exec(
  cmd: string,
  args: string[],
  timeoutMs = 120_000,
): Promise<{ code: number; output: string }> {
  const r = await run(cmd, args, { timeoutMs });
  return { code: r.code, output: `${r.stdout}${r.stderr}` };
}
