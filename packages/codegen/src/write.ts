import { rm, rmdir } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { writeTextFileAtomic } from '@seam/core';
import type { GeneratedFile } from './generate.js';
import { readManifest } from './manifest.js';

/** The files an earlier run listed in its manifest, inside `dir` only (none when there is no readable manifest). */
async function previousFiles(dir: string): Promise<string[]> {
  try {
    const files = (await readManifest(dir)).files ?? [];
    return files.filter((f) => {
      const rel = relative(dir, resolve(dir, f));
      return !isAbsolute(f) && rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
    });
  } catch {
    return [];
  }
}

/**
 * Writes the generated files under `dir` (each through a temporary file and a rename), then removes
 * the files an earlier run wrote there and this one does not — a service left out of the plan, a
 * migration named for another timestamp, which TypeORM would otherwise still pick up. Files Seam
 * never listed are not touched.
 */
export async function writeGenerated(dir: string, files: GeneratedFile[]): Promise<{ removed: string[] }> {
  const previous = await previousFiles(dir);
  for (const f of files) await writeTextFileAtomic(join(dir, f.path), f.content);
  const now = new Set(files.map((f) => f.path));
  const removed = previous.filter((f) => !now.has(f)).sort();
  for (const f of removed) {
    await rm(join(dir, f), { force: true });
    // Then the folders it leaves empty, up to `dir`.
    for (
      let d = dirname(join(dir, f));
      relative(dir, d) && !relative(dir, d).startsWith('..');
      d = dirname(d)
    ) {
      if (
        !(await rmdir(d).then(
          () => true,
          () => false,
        ))
      )
        break;
    }
  }
  return { removed };
}
