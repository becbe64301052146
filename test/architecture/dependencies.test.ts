import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from './source-files.js';

// Dependencies point one way: apps → packages → core (docs/architecture.md). Every workspace
// package.json and every import in the sources (tests and test-support included) is checked:
// core depends on no other workspace package, packages never on an app, no package cycle, every
// `@seam/…` import is declared in its package.json, no relative import leaves its package, and the
// CLI imports the TUI only to start it: one dynamic `import('@seam/tui')` in `seam plan`.

const root = join(import.meta.dirname, '..', '..');

type Layer = 'core' | 'package' | 'app' | 'infra';

interface Unit {
  name: string;
  layer: Layer;
  /** Folder relative to the repository root, `/`-separated. */
  dir: string;
  dependsOn: string[];
}

interface SourceImport {
  /** Relative to the repository root, `/`-separated. */
  file: string;
  line: number;
  specifier: string;
  dynamic: boolean;
}

/** Where the CLI may import the TUI: the start of `seam plan`, lazily. */
const TUI_START = { file: 'apps/cli/src/commands/plan.ts', specifier: '@seam/tui' };

const seamName = (specifier: string) => /^@seam\/[^/]+/.exec(specifier)?.[0];

/** What is wrong with the workspace's direction of dependencies (empty when nothing is). */
function dependencyViolations(units: Unit[], imports: SourceImport[]): string[] {
  const out: string[] = [];
  const byName = new Map(units.map((u) => [u.name, u]));
  for (const unit of units) {
    for (const dep of unit.dependsOn) {
      const target = byName.get(dep);
      if (!target) continue;
      if (unit.layer === 'core')
        out.push(`${unit.name} depends on ${dep}: core depends on no workspace package`);
      else if (unit.layer === 'package' && target.layer === 'app')
        out.push(`${unit.name} depends on the app ${dep}: packages never depend on apps`);
      else if (unit.layer === 'infra' && target.layer === 'app')
        out.push(`${unit.name} depends on the app ${dep}: infra never depends on apps`);
    }
  }
  out.push(...cycles(units));
  const owner = (file: string) =>
    units.filter((u) => file.startsWith(`${u.dir}/`)).sort((a, b) => b.dir.length - a.dir.length)[0];
  for (const imp of imports) {
    const unit = owner(imp.file);
    if (!unit) continue;
    const where = `${imp.file}:${imp.line} imports '${imp.specifier}'`;
    if (imp.specifier.startsWith('.')) {
      const target = relative(root, resolve(root, dirname(imp.file), imp.specifier))
        .split(sep)
        .join('/');
      if (!target.startsWith(`${unit.dir}/`)) out.push(`${where}: a relative import leaves ${unit.dir}`);
      continue;
    }
    const name = seamName(imp.specifier);
    if (!name || name === unit.name) continue;
    const target = byName.get(name);
    if (!unit.dependsOn.includes(name)) out.push(`${where}: ${name} is not in ${unit.dir}/package.json`);
    if (!target) continue;
    if (unit.layer === 'core') out.push(`${where}: core imports no workspace package`);
    if (unit.layer !== 'app' && target.layer === 'app') out.push(`${where}: only apps import apps`);
    if (unit.name === '@seam/cli' && name === '@seam/tui') {
      const isStart = imp.dynamic && imp.file === TUI_START.file && imp.specifier === TUI_START.specifier;
      if (!isStart) out.push(`${where}: the CLI imports the TUI only to start it (${TUI_START.file})`);
    }
    if (unit.name === '@seam/tui' && name === '@seam/cli')
      out.push(`${where}: the TUI never imports the CLI`);
  }
  return out;
}

function cycles(units: Unit[]): string[] {
  const byName = new Map(units.map((u) => [u.name, u]));
  const state = new Map<string, 'open' | 'done'>();
  const out: string[] = [];
  const visit = (name: string, path: string[]) => {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'open') {
      out.push(`a dependency cycle: ${[...path.slice(path.indexOf(name)), name].join(' → ')}`);
      return;
    }
    state.set(name, 'open');
    for (const dep of byName.get(name)?.dependsOn ?? []) if (byName.has(dep)) visit(dep, [...path, name]);
    state.set(name, 'done');
  };
  for (const u of units) visit(u.name, []);
  return out;
}

function workspaceUnits(): Unit[] {
  const dirs = [
    ...readdirSync(join(root, 'packages')).map((d) => `packages/${d}`),
    ...readdirSync(join(root, 'apps')).map((d) => `apps/${d}`),
    'infra',
  ].filter((d) => existsSync(join(root, d, 'package.json')));
  return dirs.map((dir) => {
    const pkg = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as {
      name: string;
      dependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
    };
    const layer: Layer =
      dir === 'infra'
        ? 'infra'
        : dir === 'packages/core'
          ? 'core'
          : dir.startsWith('apps/')
            ? 'app'
            : 'package';
    const dependsOn = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter((n) =>
      n.startsWith('@seam/'),
    );
    return { name: pkg.name, layer, dir, dependsOn };
  });
}

const importPattern =
  /(?:^|[\s;{}()])(?:import|export)\s[^'"]*?\sfrom\s*['"]([^'"]+)['"]|(?:^|[\s;{}()=])import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

/** Every import (static, side-effect, re-export, dynamic) of a source text, by line. */
function importsOf(file: string, text: string): SourceImport[] {
  const out: SourceImport[] = [];
  for (const m of text.matchAll(importPattern)) {
    const specifier = m[1] ?? m[2] ?? m[3];
    if (!specifier) continue;
    const line = text.slice(0, m.index + m[0].length).split('\n').length;
    out.push({ file, line, specifier, dynamic: m[3] !== undefined });
  }
  return out;
}

function workspaceImports(units: Unit[]): SourceImport[] {
  return units.flatMap((u) =>
    ['src', 'bin']
      .map((d) => join(root, u.dir, d))
      .filter((d) => existsSync(d))
      .flatMap(sourceFiles)
      .flatMap((path) => importsOf(relative(root, path).split(sep).join('/'), readFileSync(path, 'utf8'))),
  );
}

describe('dependencies point one way: apps → packages → core', () => {
  it('holds for every package.json and every source import of the workspace', () => {
    const units = workspaceUnits();
    expect(units.map((u) => u.name)).toEqual(
      expect.arrayContaining(['@seam/core', '@seam/plan', '@seam/cli']),
    );
    const imports = workspaceImports(units);
    expect(imports.length).toBeGreaterThan(100);
    expect(dependencyViolations(units, imports)).toEqual([]);
  });

  it('the CLI reaches the TUI once, to start `seam plan`', () => {
    const fromCli = workspaceImports(workspaceUnits()).filter(
      (i) => i.file.startsWith('apps/cli/') && seamName(i.specifier) === '@seam/tui',
    );
    expect(fromCli.map((i) => [i.file, i.specifier, i.dynamic])).toEqual([
      [TUI_START.file, TUI_START.specifier, true],
    ]);
  });

  it('reads static, re-exported, side-effect and dynamic imports', () => {
    const text = [
      "import { a } from '@seam/core';",
      "import type { B } from '@seam/analyzer';",
      "export * from './local.js';",
      "import '@seam/report/register';",
      "const { run } = await import('@seam/tui');",
      'import {',
      '  c,',
      "} from '@seam/plan';",
    ].join('\n');
    expect(importsOf('apps/cli/src/x.ts', text).map((i) => [i.line, i.specifier, i.dynamic])).toEqual([
      [1, '@seam/core', false],
      [2, '@seam/analyzer', false],
      [3, './local.js', false],
      [4, '@seam/report/register', false],
      [5, '@seam/tui', true],
      [8, '@seam/plan', false],
    ]);
  });

  it('names each wrong direction', () => {
    const units: Unit[] = [
      { name: '@seam/core', layer: 'core', dir: 'packages/core', dependsOn: ['@seam/plan'] },
      { name: '@seam/plan', layer: 'package', dir: 'packages/plan', dependsOn: ['@seam/core', '@seam/tui'] },
      { name: '@seam/tui', layer: 'app', dir: 'apps/tui', dependsOn: ['@seam/plan'] },
      { name: '@seam/cli', layer: 'app', dir: 'apps/cli', dependsOn: ['@seam/plan', '@seam/tui'] },
    ];
    const imports: SourceImport[] = [
      { file: 'packages/core/src/a.ts', line: 1, specifier: '@seam/plan', dynamic: false },
      { file: 'packages/plan/src/b.ts', line: 2, specifier: '@seam/tui/test-support', dynamic: false },
      { file: 'packages/plan/src/c.ts', line: 3, specifier: '../../../apps/tui/src/run.js', dynamic: false },
      { file: 'apps/tui/src/d.ts', line: 4, specifier: '@seam/analyzer', dynamic: false },
      { file: 'apps/cli/src/commands/analyze.ts', line: 5, specifier: '@seam/tui', dynamic: false },
      { file: 'apps/cli/src/commands/plan.ts', line: 6, specifier: '@seam/tui', dynamic: true },
    ];
    expect(dependencyViolations(units, imports)).toEqual([
      '@seam/core depends on @seam/plan: core depends on no workspace package',
      '@seam/plan depends on the app @seam/tui: packages never depend on apps',
      'a dependency cycle: @seam/core → @seam/plan → @seam/core',
      'a dependency cycle: @seam/plan → @seam/tui → @seam/plan',
      "packages/core/src/a.ts:1 imports '@seam/plan': core imports no workspace package",
      "packages/plan/src/b.ts:2 imports '@seam/tui/test-support': only apps import apps",
      "packages/plan/src/c.ts:3 imports '../../../apps/tui/src/run.js': a relative import leaves packages/plan",
      "apps/tui/src/d.ts:4 imports '@seam/analyzer': @seam/analyzer is not in apps/tui/package.json",
      "apps/cli/src/commands/analyze.ts:5 imports '@seam/tui': the CLI imports the TUI only to start it (apps/cli/src/commands/plan.ts)",
    ]);
  });
});
