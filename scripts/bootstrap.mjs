#!/usr/bin/env node
// Makes a fresh machine ready: installs the pnpm version pinned in package.json
// (through npm, which every Node install has) and then the workspace's packages.
// Safe to run again: each step is skipped when already done.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const wanted = String(pkg.packageManager)
  .replace(/^pnpm@/, '')
  .split('+')[0];

function run(cmd, args) {
  execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
}

let current = '';
try {
  current = execFileSync('pnpm', ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
} catch {
  current = '';
}
if (current !== wanted) {
  console.error(`bootstrap: installing pnpm ${wanted} (found ${current || 'none'})`);
  run('npm', ['install', '--global', '--no-fund', '--no-audit', `pnpm@${wanted}`]);
}
run('pnpm', ['install', '--frozen-lockfile', '--prefer-offline']);
