// The workspace's packages, as pnpm-workspace.yaml lists them (`dir` or `dir/*`), for the build and
// pack scripts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Every workspace package: its folder and its package.json. */
export function workspacePackages() {
  const yaml = readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8');
  const block = /^packages:\n((?:[ \t]+-.*\n?)+)/mu.exec(yaml)?.[1] ?? '';
  const dirs = [];
  for (const line of block.split('\n')) {
    const pattern = /-\s*['"]?([^'"\s]+)/u.exec(line)?.[1];
    if (!pattern) continue;
    if (pattern.endsWith('/*')) {
      const parent = join(root, pattern.slice(0, -2));
      if (!existsSync(parent)) continue;
      for (const entry of readdirSync(parent, { withFileTypes: true }))
        if (entry.isDirectory()) dirs.push(join(parent, entry.name));
    } else dirs.push(join(root, pattern));
  }
  return dirs
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }));
}

/** The named package and every workspace package it depends on (`workspace:` ranges), transitively. */
export function workspaceClosure(name) {
  const byName = new Map(workspacePackages().map((p) => [p.manifest.name, p]));
  const seen = new Map();
  const visit = (n) => {
    if (seen.has(n)) return;
    const pkg = byName.get(n);
    if (!pkg) throw new Error(`${n} is not a workspace package`);
    seen.set(n, pkg);
    for (const [dep, range] of Object.entries(pkg.manifest.dependencies ?? {}))
      if (String(range).startsWith('workspace:')) visit(dep);
  };
  visit(name);
  return [...seen.values()];
}
