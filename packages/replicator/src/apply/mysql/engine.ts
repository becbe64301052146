import type { ReplicatorEngine } from '../../engine.js';
import { reviveBuffers } from './revive-buffers.js';
import { MysqlStatements } from './statements.js';

/** MySQL and MariaDB (the server's flavor is read by the writer where the DDL differs). */
export const mysqlEngine: ReplicatorEngine = {
  dialect: 'mysql',
  planSourceFlavor: undefined,
  openWriter: async (spec, { offsetsTable, schema, poolSize }) =>
    new (await import('./writer.js')).MysqlWriter(spec, { offsetsTable, schema, poolSize }),
  statements: () => new MysqlStatements(),
  fromDecodeThread: (statements) => reviveBuffers(statements),
  addsColumnsIfNotExists: false,
  columnAlreadyExists: (error) =>
    (error as { details?: { driverCode?: unknown } }).details?.driverCode === 'ER_DUP_FIELDNAME',
};
