import { sqlMigrationFiles } from '../../migration/sql-file.js';
import type { ServiceEmitter } from '../types.js';

/** The scripts `seam migrate --monolith` runs for the service, as plain SQL, and their manifest unit. */
export const monolithScripts: ServiceEmitter = (a, run) => {
  const service = a.layout.name;
  run.manifest.units.push({
    service,
    database: 'monolith',
    dialect: run.snapshot.engine.dialect,
    urlEnv: 'SEAM_SOURCE_URL',
    kind: 'scripts',
    migrations: a.monolith,
  });
  return a.monolith.flatMap((script) => {
    const sql = sqlMigrationFiles(script, run.header(service, `monolith script ${script.id}`));
    return [
      { path: `${a.files.dir}/monolith/${script.id}.up.sql`, content: sql.up },
      { path: `${a.files.dir}/monolith/${script.id}.down.sql`, content: sql.down },
    ];
  });
};
