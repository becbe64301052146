import type { TargetEngine } from '../engine.js';

/** MySQL or MariaDB as a service's database. */
export const mysqlAsTarget: TargetEngine = {
  // The plan's flavor, else the source's when it is MySQL, else MariaDB.
  flavor: (chosen, source) => ({ mysqlFlavor: chosen ?? (source === 'mysql' ? 'mysql' : 'mariadb') }),
  // The database is the namespace: no schema within it.
  schema: () => ({}),
  namespace: (_schema, database, unknownDatabase) => database ?? unknownDatabase,
  configNamespace: (_schema, database) => database,
  tablePlace: (_namespace, name) => name,
  dropForeignKey: (table, name) => `ALTER TABLE ${table} DROP FOREIGN KEY ${name}`,
  indexesForeignKeys: true,
  // AUTO_INCREMENT follows explicitly inserted keys.
  identityCounterSteps: () => [],
  constraintsAlso: '',
  currentTimeDefault(type) {
    const p = /\((\d)\)/.exec(type)?.[1];
    return p && p !== '0' ? `CURRENT_TIMESTAMP(${p})` : 'CURRENT_TIMESTAMP';
  },
  refusesLiteralDefault: (type) => /text|blob|json/i.test(type),
};
