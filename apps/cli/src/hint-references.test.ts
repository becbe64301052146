import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from './program.js';

/**
 * Every docs page and every `seam <command> --flag` that Seam's messages and hints name must exist:
 * a hint that points at a missing page or a flag the command does not take sends a user nowhere.
 * The walk reads the source of every package and app (tests excluded) and checks each reference
 * against docs/ and the real command tree.
 */
const root = new URL('../../../', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'test-support' || name === 'dist') return [];
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const files = ['packages', 'apps'].flatMap((top) =>
  readdirSync(join(root, top)).flatMap((pkg) => {
    const src = join(root, top, pkg, 'src');
    return existsSync(src) ? sources(src) : [];
  }),
);

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchors(page: string): Set<string> {
  const text = readFileSync(join(root, page), 'utf8');
  return new Set([...text.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => slug(m[1]!)));
}

/** The options a command takes: its own, its ancestors' (global ones included). */
function optionsOf(command: Command): Set<string> {
  const out = new Set<string>(['--help']);
  for (let c: Command | null = command; c; c = c.parent)
    for (const o of c.options) {
      if (o.long) out.add(o.long);
      // commander names a negatable option --no-x; its positive form is not an option of its own.
    }
  return out;
}

describe('references in messages and hints', () => {
  const program = buildProgram();

  it('finds the sources it walks', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('names only docs pages (and sections) that exist', () => {
    const missing: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bdocs\/([a-z0-9-]+\.md)(#[a-z0-9-]+)?/g)) {
        const page = `docs/${m[1]}`;
        const where = `${relative(root, file)}: ${m[0]}`;
        if (!existsSync(join(root, page))) missing.push(where);
        else if (m[2] && !anchors(page).has(m[2].slice(1))) missing.push(`${where} (no such section)`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('names only commands and flags that seam has', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      // One string (quoted or a template) at a time, so that a flag is read with the command before it.
      for (const s of text.matchAll(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g)) {
        const literal = s[0];
        for (const m of literal.matchAll(/\bseam ([a-z]+)(?: ([a-z]+))?((?:(?!\bseam )[^\n])*)/g)) {
          const command = program.commands.find((c) => c.name() === m[1]);
          if (!command) {
            // "seam analyze" is a command; "seam is …" in prose is not a reference.
            if (/^[a-z]+$/.test(m[1]!) && literal.includes(`seam ${m[1]} --`))
              wrong.push(`${relative(root, file)}: no command "seam ${m[1]}"`);
            continue;
          }
          const sub = m[2] ? command.commands.find((c) => c.name() === m[2]) : undefined;
          const target = sub ?? command;
          const flags = optionsOf(target);
          // Subcommand options (seam plan <verb> --plan) count for the parent's mentions too.
          if (!sub) for (const c of command.commands) for (const f of optionsOf(c)) flags.add(f);
          for (const f of m[3]!.matchAll(/(?<![\w-])(--[a-z][a-z0-9-]*)/g)) {
            checked++;
            if (!flags.has(f[1]!))
              wrong.push(`${relative(root, file)}: seam ${m[1]}${sub ? ` ${m[2]}` : ''} has no ${f[1]}`);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
    expect(wrong).toEqual([]);
  });
});
