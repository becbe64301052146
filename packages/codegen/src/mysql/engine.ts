import type { CodegenEngine } from '../engine.js';
import { mysqlArgs } from './client.js';
import { mysqlGrants } from './grants.js';
import { mysqlAdmin, mysqlHistory } from './migration-db.js';
import { mysqlAsMonolith } from './monolith.js';
import { mysqlAsTarget } from './target.js';

export const mysqlEngine: CodegenEngine = {
  dialect: 'mysql',
  displayName: 'MySQL/MariaDB',
  urlScheme: 'mysql',
  defaultPort: 3306,
  ddlTransactional: false,
  sqlFileStatement: (sql) => (sql.includes(';') ? `DELIMITER $$\n${sql}$$\nDELIMITER ;` : `${sql};`),
  sqlUpNote: (id, title) =>
    `${id} up: ${title}. MySQL/MariaDB commit each statement: if one fails, run the down file's statements for the ones that succeeded (seam migrate does this itself).`,
  booleanLiteral: (value) => (value ? '1' : '0'),
  sampleBoolean: (i) => i % 2,
  client: (_env, spec) => `mysql ${mysqlArgs(spec)}`,
  clientStatementFlag: '-e',
  grants: mysqlGrants,
  history: mysqlHistory,
  admin: mysqlAdmin,
  monolith: mysqlAsMonolith,
  target: mysqlAsTarget,
};
