import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { run, start } from '@seam/infra';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SEAM = [process.execPath, 'apps/cli/bin/seam.js'] as const;

/** Runs the real `seam` CLI from the checkout (what `pnpm seam` runs) and collects its output. */
export async function runSeam(
  args: string[],
  env: Record<string, string> = {},
  input?: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const { code, stdout, stderr } = await run(SEAM[0], [SEAM[1], ...args], { cwd: root, env, input });
  return { code, stdout, stderr };
}

/** A long-running `seam` command (say `replicate --config`), its output drained; stop it with stopSeam. */
export function spawnSeam(args: string[], env: Record<string, string> = {}): ChildProcess {
  return start(SEAM[0], [SEAM[1], ...args], { cwd: root, env: { ...env, CI: 'true' }, keepLast: 4000 }).child;
}

/** SIGTERM, as an operator's Ctrl+C; resolves with the exit code once it has exited. */
export function stopSeam(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}
