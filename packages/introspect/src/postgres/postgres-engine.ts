import { withPgClient } from '../connect.js';
import type { IntrospectEngine } from '../engine.js';
import { introspectPostgres } from './introspect-postgres.js';
import { readPgStatStatementsLive } from './stat-statements.js';
import { PgStatementReader } from './statement-reader.js';

export const postgresEngine: IntrospectEngine = {
  introspect: (spec, options) => withPgClient(spec, (client) => introspectPostgres(client, options)),
  readLiveWorkload: (spec, builder, reader, label) =>
    withPgClient(spec, (client) => readPgStatStatementsLive(client, builder, reader, label)),
  statementReader: (resolver) => new PgStatementReader(resolver),
  defaultSchema: () => 'public',
  systemSchemas: new Set(['pg_catalog', 'information_schema', 'pg_toast']),
  isSystemTable: (name) => name.startsWith('pg_'),
  workloadKinds: ['pg-log', 'pg-stat-statements'],
};
