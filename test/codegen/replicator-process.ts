import type { ChildProcess } from 'node:child_process';
import { spawnSeam, stopSeam } from '../cli/run-seam.js';

/**
 * Long-running `seam replicate --config` processes of a test, started with the test's environment
 * (read when each starts) and stopped with SIGTERM like an operator's Ctrl+C.
 */
export function replicatorProcesses(env: () => Record<string, string>) {
  const children: ChildProcess[] = [];
  return {
    start(config: string): ChildProcess {
      const child = spawnSeam(['replicate', '--config', config], env());
      children.push(child);
      return child;
    },
    stop: stopSeam,
    async stopAll(): Promise<void> {
      for (const child of children) await stopSeam(child);
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
