import { sqlMigrationFiles } from '../../migration/sql-file.js';
import type { ServiceEmitter } from '../types.js';

/** The scripts `seam migrate --service-script` (and `seam move`) run on the service's own database, and their manifest unit. */
export const serviceScripts: ServiceEmitter = (a, run) => {
  const service = a.layout;
  const target = service.target;
  run.manifest.units.push({
    service: service.name,
    database: 'service',
    dialect: target.dialect,
    urlEnv: target.urlEnv,
    ...(target.database ? { databaseName: target.database } : {}),
    ...(target.schema ? { schema: target.schema } : {}),
    kind: 'scripts',
    migrations: a.serviceScripts,
  });
  return a.serviceScripts.flatMap((script) => {
    const sql = sqlMigrationFiles(script, run.header(service.name, `script ${script.id} on its database`));
    return [
      { path: `${a.files.dir}/service/${script.id}.up.sql`, content: sql.up },
      { path: `${a.files.dir}/service/${script.id}.down.sql`, content: sql.down },
    ];
  });
};
