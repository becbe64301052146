import { mysqlDb, withMysqlConnection } from '../connect.js';
import type { IntrospectEngine } from '../engine.js';
import { readMysqlDigestsLive } from './digests.js';
import { introspectMysql } from './introspect-mysql.js';
import { MysqlStatementReader } from './statement-reader.js';

export const mysqlEngine: IntrospectEngine = {
  introspect: (spec, options) => withMysqlConnection(spec, (conn) => introspectMysql(mysqlDb(conn), options)),
  readLiveWorkload: (spec, builder, reader, label, schemas) =>
    withMysqlConnection(spec, (conn) =>
      readMysqlDigestsLive(
        conn,
        builder,
        reader,
        label,
        schemas ?? (spec.database ? [spec.database] : undefined),
      ),
    ),
  statementReader: (resolver) => new MysqlStatementReader(resolver),
  defaultSchema: (snapshot) => snapshot?.database ?? snapshot?.schemas[0] ?? null,
  systemSchemas: new Set(['mysql', 'information_schema', 'performance_schema', 'sys']),
  isSystemTable: () => false,
  workloadKinds: ['mysql-digests', 'mysql-general-log'],
};
