import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Long-running `seam replicate --config` processes of a test, started with the test's environment
 * (read when each starts) and stopped with SIGTERM like an operator's Ctrl+C.
 */
export function replicatorProcesses(env: () => Record<string, string>) {
  const children: ChildProcess[] = [];
  const stop = (child: ChildProcess) =>
    new Promise<number | null>((resolve) => {
      if (child.exitCode !== null) return resolve(child.exitCode);
      child.once('exit', (code) => resolve(code));
      child.kill('SIGTERM');
    });
  return {
    start(config: string): ChildProcess {
      const child = spawn(process.execPath, ['apps/cli/bin/seam.js', 'replicate', '--config', config], {
        cwd: root,
        env: { ...process.env, ...env(), CI: 'true' },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      child.stderr?.resume();
      children.push(child);
      return child;
    },
    stop,
    async stopAll(): Promise<void> {
      for (const child of children) await stop(child);
    },
  };
}

/** `seam verify` of a service of a plan, lag-aware: it waits for its connector and replicator group to catch up. */
export function lagAwareVerify(
  planPath: string,
  service: string,
  connector: string,
  group: string,
  recheckSeconds: number,
): string[] {
  return [
    'verify',
    '--plan',
    planPath,
    '--service',
    service,
    '--connector',
    connector,
    '--group',
    group,
    '--recheck-timeout',
    String(recheckSeconds),
  ];
}
