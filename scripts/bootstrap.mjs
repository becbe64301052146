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

// `seam report`'s tests open the report in the distribution's headless Chromium and render its DOT
// with Graphviz (no browser download: puppeteer-core drives the installed one). Installed with apt
// when missing; skipped when both are on PATH.
function onPath(cmd) {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const missing = [
  ['chromium', 'chromium'],
  ['dot', 'graphviz'],
].filter(([cmd]) => !onPath(cmd));
if (missing.length) {
  const packages = missing.map(([, p]) => p);
  if (process.platform !== 'linux' || !onPath('apt-get')) {
    console.error(`bootstrap: install ${packages.join(' and ')} (needed by the report tests)`);
  } else {
    const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
    console.error(`bootstrap: installing ${packages.join(', ')} with apt-get`);
    const apt = (...args) =>
      execFileSync(sudo[0] ?? 'apt-get', [...(sudo.length ? ['apt-get'] : []), ...args], {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    apt('update', '-qq');
    apt('install', '-y', '-qq', ...packages);
  }
}
