import { join } from 'node:path';
import { writeTextFileAtomic } from '@seam/core';
import type { GeneratedFile } from './generate.js';

/** Writes the generated files under `dir` (each through a temporary file and a rename). */
export async function writeGenerated(dir: string, files: GeneratedFile[]): Promise<void> {
  for (const f of files) await writeTextFileAtomic(join(dir, f.path), f.content);
}
