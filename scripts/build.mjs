#!/usr/bin/env node
// `pnpm build`: compiles every workspace package that has a tsconfig.build.json to JavaScript with
// declarations in its dist/ (one `tsc -b` over all of them; project references give the order and
// make it incremental), copies the non-TypeScript files its src/ holds (say a worker's .mjs entry)
// into dist/, then runs the package's own `build:assets` script if it has one.
// `pnpm build --clean` removes what the build wrote. See docs/development.md, "Packages and the build".
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { root, workspacePackages } from './workspace.mjs';

const clean = process.argv.includes('--clean');

/** The workspace packages that have a tsconfig.build.json. */
const buildablePackages = () =>
  workspacePackages().filter((p) => existsSync(join(p.dir, 'tsconfig.build.json')));

/** Every workspace dependency that is built must be a project reference, or tsc reads stale output. */
function checkReferences(packages) {
  const byName = new Map(packages.map((p) => [p.manifest.name, p]));
  const problems = [];
  for (const p of packages) {
    const config = JSON.parse(readFileSync(join(p.dir, 'tsconfig.build.json'), 'utf8'));
    const referenced = new Set((config.references ?? []).map((r) => resolve(p.dir, r.path)));
    for (const name of Object.keys(p.manifest.dependencies ?? {})) {
      const dep = byName.get(name);
      if (!dep) continue;
      const wanted = join(dep.dir, 'tsconfig.build.json');
      if (!referenced.has(wanted) && !referenced.has(dep.dir))
        problems.push(
          `${relative(root, p.dir)}/tsconfig.build.json: add { "path": "${relative(p.dir, wanted)}" } to "references" (it depends on ${name})`,
        );
    }
  }
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
}

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', shell: false });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** src/ files tsc does not emit (not .ts/.tsx), outside tests, fixtures and test support. */
function copyAssets(dir) {
  const src = join(dir, 'src');
  const walk = (from) => {
    for (const entry of readdirSync(from, { withFileTypes: true })) {
      const path = join(from, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'fixtures' && entry.name !== 'test-support') walk(path);
      } else if (!/\.(ts|tsx)$/u.test(entry.name)) {
        cpSync(path, join(dir, 'dist', relative(src, path)));
      }
    }
  };
  walk(src);
}

const packages = buildablePackages();
const configs = packages.map((p) => join(p.dir, 'tsconfig.build.json'));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

if (clean) {
  run(process.execPath, [tsc, '-b', '--clean', ...configs], root);
  for (const p of packages) rmSync(join(p.dir, 'dist'), { recursive: true, force: true });
  process.exit(0);
}

checkReferences(packages);
run(process.execPath, [tsc, '-b', ...configs], root);
for (const p of packages) {
  copyAssets(p.dir);
  const script = p.manifest.scripts?.['build:assets'];
  if (script) run('sh', ['-c', script], p.dir);
}
console.error(`built ${packages.length} packages: ${packages.map((p) => p.manifest.name).join(', ')}`);
