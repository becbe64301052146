import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { GeneratedFile } from '@seam/codegen';
import type { Dialect } from '@seam/core';
import { DataSource, type MigrationInterface } from 'typeorm';

/** TypeORM's own bookkeeping (its migrations table and the key it names with a hash), left out of catalog comparisons. */
export const TYPEORM_OBJECTS = /typeorm_migrations|\bPK_[0-9a-f]{20,}\b/;

/**
 * Runs a service's generated TypeORM migrations through a real DataSource: all up, `between()`,
 * then each undone — what `typeorm migration:run` and `migration:revert` do.
 */
export async function typeormUpDown(
  dialect: Dialect,
  url: string,
  dir: string,
  files: GeneratedFile[],
  between: () => Promise<void>,
): Promise<void> {
  const classes: Array<new () => MigrationInterface> = [];
  for (const f of files) {
    const mod = (await import(pathToFileURL(join(dir, f.path)).href)) as Record<string, unknown>;
    classes.push(...(Object.values(mod) as Array<new () => MigrationInterface>));
  }
  const ds = new DataSource({
    type: dialect,
    url,
    migrations: classes,
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'all',
    logging: false,
  });
  await ds.initialize();
  try {
    const ran = await ds.runMigrations();
    if (ran.length !== classes.length)
      throw new Error(`TypeORM ran ${ran.length} of ${classes.length} migrations`);
    await between();
    for (let i = 0; i < classes.length; i++) await ds.undoLastMigration();
    await ds.query('DROP TABLE typeorm_migrations');
  } finally {
    await ds.destroy();
  }
}
