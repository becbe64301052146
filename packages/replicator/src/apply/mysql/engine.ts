import { addColumns } from '@seam/ddl';
import type { ReplicatorEngine } from '../../engine.js';
import { reviveBuffers } from './revive-buffers.js';
import { MysqlStatements } from './statements.js';
import { MysqlWriter } from './writer.js';

/** MySQL and MariaDB (the server's flavor is read by the writer where the DDL differs). */
export const mysqlEngine: ReplicatorEngine = {
  dialect: 'mysql',
  planSourceFlavor: undefined,
  openWriter: (spec, { offsetsTable, schema, poolSize }) =>
    new MysqlWriter(spec, { offsetsTable, schema, poolSize }),
  statements: () => new MysqlStatements(),
  fromDecodeThread: (statements) => reviveBuffers(statements),
  addColumns: (target, columns) => addColumns('mysql', target, columns, { ifNotExists: false }),
  columnAlreadyExists: (error) =>
    (error as { details?: { driverCode?: unknown } }).details?.driverCode === 'ER_DUP_FIELDNAME',
};
