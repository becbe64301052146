import { sqlMigrationFiles } from '../../migration/sql-file.js';
import { typeormMigrationFile } from '../../migration/typeorm-file.js';
import type { GeneratedFile, ServiceEmitter } from '../types.js';

/** The service database's migrations, as TypeORM classes and plain SQL (up and down), and their manifest unit. */
export const migrations: ServiceEmitter = (a, run) => {
  const service = a.layout;
  const what = `${service.target.dialect} target`;
  const chain = [a.schema.tables, a.schema.constraints];
  const files: GeneratedFile[] = [];
  chain.forEach((m, i) => {
    const header = run.header(service.name, `${m.id}, ${what}`);
    files.push({
      path: a.files.typeorm[i]!,
      content: typeormMigrationFile(service.name, m, run.timestamp + i, header),
    });
    const sql = sqlMigrationFiles(m, header);
    files.push(
      { path: `${a.files.dir}/migrations/sql/${m.id}.up.sql`, content: sql.up },
      { path: `${a.files.dir}/migrations/sql/${m.id}.down.sql`, content: sql.down },
    );
  });
  run.manifest.units.push({
    service: service.name,
    database: 'service',
    dialect: service.target.dialect,
    urlEnv: service.target.urlEnv,
    ...(service.target.database ? { databaseName: service.target.database } : {}),
    ...(service.target.schema ? { schema: service.target.schema } : {}),
    kind: 'chain',
    migrations: chain,
  });
  return files;
};
