import type { ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Plan, planToYaml } from '@seam/core';
import { start } from '@seam/infra';
import { LOG_DIR } from './harness.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A plan whose one service owns the given tables. */
export function writePlan(name: string, service: string, tables: Plan['services'][number]['tables']): string {
  const plan: Plan = {
    format: 'seam.plan',
    version: 1,
    snapshot: {
      database: 'monolith',
      dialect: 'postgres',
      fingerprint: 'sha256:test',
      tables: tables.length,
    },
    parameters: { seed: 1, resolution: 1 },
    services: [{ name: service, tables }],
    reference: [],
    technical: [],
    constraints: { pins: {}, together: [], apart: [] },
  };
  const path = join(LOG_DIR, `${name}.plan.yaml`);
  writeFileSync(path, planToYaml(plan));
  return path;
}

export interface ReplicateChild {
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
  logFile: string;
}

/** Runs `seam replicate` as its own process (what an operator runs), logging to a file. */
export function spawnReplicate(
  name: string,
  args: string[],
  env: Record<string, string> = {},
): ReplicateChild {
  const logFile = join(LOG_DIR, `${name}.log`);
  const { child, exited } = start(
    process.execPath,
    ['apps/cli/bin/seam.js', 'replicate', '--log-file', logFile, ...args],
    {
      cwd: root,
      env: { CI: 'true', ...env },
    },
  );
  return {
    child,
    exited: exited.then(({ code, signal, stdout, stderr }) => ({
      code: signal ? null : code,
      signal,
      stdout,
      stderr,
    })),
    logFile,
  };
}

/** The arguments every test run of `seam replicate` on `items` shares. */
export function itemsArgs(
  o: { plan: string; prefix: string; target: string; group: string },
  extra: string[] = [],
): string[] {
  return [
    '--plan',
    o.plan,
    '--service',
    'orders',
    '--topic-prefix',
    o.prefix,
    '--target',
    o.target,
    '--group',
    o.group,
    '--max-batch',
    '200',
    ...extra,
  ];
}
