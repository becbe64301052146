import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const RUNTIME_ONLY = ['kafkajs', 'pino', 'prom-client'];

/** Specifiers a module loads at run time (`import type` and `export type` load nothing). */
function runtimeSpecifiers(source: string): string[] {
  const out: string[] = [];
  const statement = /^\s*(import|export)\s+(type\s+)?[^'";]*?from\s+['"]([^'"]+)['"]/gm;
  for (const m of source.matchAll(statement)) if (!m[2]) out.push(m[3]!);
  for (const m of source.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) out.push(m[1]!);
  for (const m of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1]!);
  return out;
}

/** The package a bare specifier names (`@scope/name/sub` → `@scope/name`). */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** A workspace package's entry file for `specifier`, from its package.json "exports". */
function workspaceEntry(fromFile: string, specifier: string): string {
  const name = packageOf(specifier);
  let manifest = '';
  for (let dir = dirname(fromFile); !manifest; dir = dirname(dir)) {
    const candidate = resolve(dir, 'node_modules', name, 'package.json');
    if (existsSync(candidate)) manifest = realpathSync(candidate);
    else if (dir === dirname(dir)) throw new Error(`${name} is not installed for ${fromFile}`);
  }
  return exportedSource(manifest, `.${specifier.slice(name.length)}`);
}

/** The source file a package.json's "exports" gives for `sub` (a path, or its `source` condition). */
function exportedSource(manifest: string, sub: string): string {
  const exports = JSON.parse(readFileSync(manifest, 'utf8')).exports as Record<
    string,
    string | { source?: string }
  >;
  const target = exports[sub];
  const path = typeof target === 'string' ? target : target?.source;
  if (!path) throw new Error(`${manifest} exports no ${sub} source`);
  return resolve(dirname(manifest), path);
}

/** Every file the entry loads (following relative and @seam/* imports), and every other package it imports. */
function importGraph(entry: string): { files: Set<string>; packages: Map<string, string> } {
  const files = new Set<string>();
  const packages = new Map<string, string>();
  const todo = [entry];
  while (todo.length) {
    const file = todo.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const specifier of runtimeSpecifiers(readFileSync(file, 'utf8'))) {
      if (specifier.startsWith('.')) todo.push(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
      else if (specifier.startsWith('node:')) continue;
      else if (specifier.startsWith('@seam/')) todo.push(workspaceEntry(file, specifier));
      else if (!packages.has(packageOf(specifier))) packages.set(packageOf(specifier), file);
    }
  }
  return { files, packages };
}

describe('@seam/replicator/config', () => {
  it('loads no kafkajs, pino or prom-client', () => {
    const entry = exportedSource(resolve(packageDir, 'package.json'), './config');
    expect(entry).toBe(resolve(packageDir, 'src/config/index.ts'));
    const { files, packages } = importGraph(entry);
    const runtime = RUNTIME_ONLY.filter((p) => packages.has(p)).map((p) => `${p} (from ${packages.get(p)})`);
    expect(runtime).toEqual([]);
    expect(files.size).toBeGreaterThan(3);
    expect([...packages.keys()]).toContain('zod');
  });

  it('finds the runtime packages in the main entry (the walk sees them)', () => {
    const { packages } = importGraph(resolve(packageDir, 'src/index.ts'));
    for (const p of RUNTIME_ONLY) expect(packages.has(p), p).toBe(true);
  });

  it('exports what codegen imports', async () => {
    const entry = await import('@seam/replicator/config');
    for (const name of [
      'OFFSETS_TABLE',
      'offsetsTableDdl',
      'debeziumTopic',
      'replicatorConfigToYaml',
      'REPLICATOR_CONFIG_FORMAT',
      'parseReplicatorConfig',
      'deadLetterTopicOf',
      'groupIdOf',
      'readReplicatorConfigFile',
    ])
      expect(entry, name).toHaveProperty(name);
  });
});
