import { postgresConnection } from '../../connection/postgres/postgres-connection.js';
import type { SqlEngine } from '../engine.js';
import { connectPostgres, createPostgresPool } from './database.js';
import { probePostgres } from './probe.js';
import { quotePgIdent, quotePgLiteral } from './quote.js';

export const postgresEngine: SqlEngine = {
  ...postgresConnection,
  dialect: 'postgres',
  quoteIdent: quotePgIdent,
  quoteLiteral: quotePgLiteral,
  createPool: createPostgresPool,
  connect: connectPostgres,
  probe: probePostgres,
  verifyQuery: 'select 1',
};
