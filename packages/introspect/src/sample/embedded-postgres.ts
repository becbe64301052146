import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

const require = createRequire(import.meta.url);
/** The cache is per PGlite version: a data directory belongs to the engine that wrote it. */
function pgliteVersion(): string {
  let dir = dirname(require.resolve('@electric-sql/pglite'));
  for (let i = 0; i < 4; i++, dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === '@electric-sql/pglite' && pkg.version) return pkg.version;
    } catch {
      // not here
    }
  }
  return 'unknown';
}

/** Where the initialized empty cluster is kept between runs ($SEAM_CACHE_DIR, else ~/.cache/seam). */
function cachePath(): string {
  const dir =
    process.env.SEAM_CACHE_DIR ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'seam');
  return join(dir, `pglite-${pgliteVersion()}-empty.tar.gz`);
}

/**
 * Starts an in-process PostgreSQL (PGlite). Creating a cluster runs initdb, which takes about
 * 2 s here; the empty cluster is then saved to a cache file so that later starts load it in
 * about 0.5 s. The cache is only an accelerator: any problem with it falls back to initdb.
 */
export async function startEmbeddedPostgres(): Promise<{ db: PGlite; cached: boolean }> {
  const path = cachePath();
  try {
    const data = await readFile(path);
    const db = await PGlite.create({ loadDataDir: new Blob([data]), relaxedDurability: true });
    return { db, cached: true };
  } catch {
    // no cache yet, or an unreadable one: build the cluster
  }
  const db = await PGlite.create({ relaxedDurability: true });
  try {
    const dump = Buffer.from(await (await db.dumpDataDir('gzip')).arrayBuffer());
    await mkdir(join(path, '..'), { recursive: true });
    const temp = `${path}.${process.pid}.tmp`;
    await writeFile(temp, dump);
    await rename(temp, path);
  } catch {
    // caching is best effort (read-only home, full disk)
  }
  return { db, cached: false };
}
