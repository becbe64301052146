import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Runs the real `seam` CLI from the checkout (what `pnpm seam` runs) and collects its output. */
export function runSeam(
  args: string[],
  env: Record<string, string> = {},
  input?: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['apps/cli/bin/seam.js', ...args], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

/** A long-running `seam` command (say `replicate --config`), its output drained; stop it with stopSeam. */
export function spawnSeam(args: string[], env: Record<string, string> = {}): ChildProcess {
  const child = spawn(process.execPath, ['apps/cli/bin/seam.js', ...args], {
    cwd: root,
    env: { ...process.env, ...env, CI: 'true' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr?.resume();
  return child;
}

/** SIGTERM, as an operator's Ctrl+C; resolves with the exit code once it has exited. */
export function stopSeam(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}
