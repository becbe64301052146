import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MANIFEST_FILE } from './manifest.js';
import { writeGenerated } from './write.js';

const manifest = (files: string[]) => ({
  path: MANIFEST_FILE,
  content: JSON.stringify({
    format: 'seam.generated',
    version: 1,
    plan: { database: 'shop', dialect: 'postgres', fingerprint: 'x' },
    source: { dialect: 'postgres', flavor: 'postgresql', database: 'shop' },
    units: [],
    connectors: [],
    files: [...files, MANIFEST_FILE],
  }),
});

describe('writeGenerated', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('removes what an earlier run wrote and this one does not, and nothing else', async () => {
    dir = await mkdtemp(join(tmpdir(), 'seam-write-'));
    const first = ['a/1-Tables.ts', 'a/RUNBOOK.md', 'b/1-Tables.ts'];
    await writeGenerated(dir, [...first.map((path) => ({ path, content: path })), manifest(first)]);
    await writeFile(join(dir, 'a', 'notes.md'), 'mine');
    const second = ['a/2-Tables.ts', 'a/RUNBOOK.md'];
    const { removed } = await writeGenerated(dir, [
      ...second.map((path) => ({ path, content: `new ${path}` })),
      manifest(second),
    ]);
    expect(removed).toEqual(['a/1-Tables.ts', 'b/1-Tables.ts']);
    expect(existsSync(join(dir, 'a', '1-Tables.ts'))).toBe(false);
    expect(existsSync(join(dir, 'b'))).toBe(false);
    expect(await readFile(join(dir, 'a', 'notes.md'), 'utf8')).toBe('mine');
    expect(await readFile(join(dir, 'a', 'RUNBOOK.md'), 'utf8')).toBe('new a/RUNBOOK.md');
  });

  it('never follows a manifest out of its folder', async () => {
    dir = await mkdtemp(join(tmpdir(), 'seam-write-'));
    const outside = await mkdtemp(join(tmpdir(), 'seam-outside-'));
    try {
      await writeFile(join(outside, 'keep.txt'), 'keep');
      const hostile = [`../${outside.split('/').pop()}/keep.txt`, join(outside, 'keep.txt')];
      await writeFile(join(dir, MANIFEST_FILE), manifest(hostile).content);
      const { removed } = await writeGenerated(dir, [manifest([])]);
      expect(removed).toEqual([]);
      expect(await readFile(join(outside, 'keep.txt'), 'utf8')).toBe('keep');
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('removes nothing when the folder holds no readable manifest', async () => {
    dir = await mkdtemp(join(tmpdir(), 'seam-write-'));
    await writeFile(join(dir, MANIFEST_FILE), '{not json');
    await writeFile(join(dir, 'other.txt'), 'x');
    const { removed } = await writeGenerated(dir, [{ path: 'a.txt', content: 'a' }]);
    expect(removed).toEqual([]);
    expect(existsSync(join(dir, 'other.txt'))).toBe(true);
  });
});
