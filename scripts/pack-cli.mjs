#!/usr/bin/env node
// `pnpm pack:cli <folder>`: builds (scripts/build.mjs), then `pnpm pack`s @seam/cli and every
// workspace package it depends on into <folder> (pnpm rewrites their `workspace:` ranges to
// versions), and prints the tarballs, one a line. Install them all in ONE command — the @seam
// packages are not on the npm registry, so npm finds them among the tarballs it was given:
//   npm install -g <folder>/*.tgz            (--prefix <dir> to install elsewhere)
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { root, workspaceClosure } from './workspace.mjs';

const into = resolve(process.argv[2] ?? 'seam-tarballs');
mkdirSync(into, { recursive: true });
execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
for (const { dir } of workspaceClosure('@seam/cli')) {
  const out = execFileSync('pnpm', ['pack', '--pack-destination', into], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  console.log(out.trim().split('\n').at(-1).trim());
}
