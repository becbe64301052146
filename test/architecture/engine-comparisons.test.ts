import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from './source-files.js';

// Issue 15: an engine is a module the compiler checks, never an `if` on the dialect. Outside an
// engine's own folder (`…/postgres/…`, `…/mysql/…`) and the registries that map a dialect to its
// engine (`engine.ts`, `engines.ts`), no source file may compare a dialect.

const root = join(import.meta.dirname, '..', '..');
const sourceRoots = ['packages', 'apps', 'infra'];

const engineLiteral = String.raw`['"\`](?:postgres|postgresql|mysql|mariadb)['"\`]`;
const comparison = new RegExp(
  [
    String.raw`[!=]==?\s*${engineLiteral}`,
    String.raw`${engineLiteral}\s*[!=]==?`,
    String.raw`case\s+${engineLiteral}\s*:`,
    String.raw`\b(?:dialect|engine|flavor|flavour)\s*[!=]==?`,
    String.raw`[!=]==?\s*\w*\.?(?:dialect|engine)\b(?!\.)`,
    String.raw`switch\s*\(\s*[\w.]*(?:dialect|engine)\s*\)`,
  ].join('|'),
);

function isEngineHome(file: string): boolean {
  const parts = relative(root, file).split(sep);
  if (parts.includes('test-support') || parts.includes('fixtures')) return true;
  if (parts.includes('postgres') || parts.includes('mysql')) return true;
  const name = parts.at(-1) ?? '';
  return name === 'engine.ts' || name === 'engines.ts';
}

describe('engines are modules', () => {
  it('no source file outside an engine folder or registry compares a dialect', () => {
    const offenders: string[] = [];
    for (const top of sourceRoots) {
      for (const file of sourceFiles(join(root, top)).filter((f) => !/\.test\.tsx?$/.test(f))) {
        if (isEngineHome(file)) continue;
        readFileSync(file, 'utf8')
          .split('\n')
          .forEach((line, i) => {
            const code = line.replace(/\/\/.*$/, '');
            if (comparison.test(code)) offenders.push(`${relative(root, file)}:${i + 1}: ${line.trim()}`);
          });
      }
    }
    expect(offenders).toEqual([]);
  });
});
