import { execFile } from 'node:child_process';

export function exec(
  cmd: string,
  args: string[],
  timeoutMs = 120_000,
): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { timeout: timeoutMs }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, output: `${stdout}${stderr}${error && !stdout && !stderr ? error.message : ''}` });
    });
  });
}
