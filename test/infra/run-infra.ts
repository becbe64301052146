import { fileURLToPath } from 'node:url';
import { run } from '@seam/infra';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Runs `pnpm infra <args>` (the real CLI) and returns its exit code and output. */
export async function runInfra(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const { code, stdout, stderr } = await run(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', 'infra/src/main.ts', ...args],
    { cwd: root, env },
  );
  return { code, stdout, stderr };
}
