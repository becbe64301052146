import type { CodegenEngine } from '../engine.js';
import { postgresGrants } from './grants.js';
import { postgresAdmin, postgresHistory } from './migration-db.js';
import { postgresAsMonolith } from './monolith.js';
import { postgresAsTarget } from './target.js';

export const postgresEngine: CodegenEngine = {
  dialect: 'postgres',
  displayName: 'PostgreSQL',
  urlScheme: 'postgres',
  defaultPort: 5432,
  ddlTransactional: true,
  sqlFileStatement: (sql) => `${sql};`,
  sqlUpNote: (id, title) => `${id} up: ${title}. One transaction: all or nothing.`,
  booleanLiteral: (value) => String(value),
  sampleBoolean: (i) => i % 2 === 0,
  client: (env) => `psql "$${env}" -v ON_ERROR_STOP=1`,
  clientStatementFlag: '-c',
  grants: postgresGrants,
  history: postgresHistory,
  admin: postgresAdmin,
  monolith: postgresAsMonolith,
  target: postgresAsTarget,
};
