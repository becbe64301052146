import { addColumns } from '@seam/ddl';
import type { ReplicatorEngine } from '../../engine.js';
import { PostgresStatements } from './statements.js';
import { PostgresWriter } from './writer.js';

/** PostgreSQL: parameters travel as text, so statements from a decode thread are ready as they come. */
export const postgresEngine: ReplicatorEngine = {
  dialect: 'postgres',
  planSourceFlavor: 'postgresql',
  openWriter: (spec, options) => new PostgresWriter(spec, options),
  statements: () => new PostgresStatements(),
  fromDecodeThread: (statements) => statements,
  addColumns: (target, columns) => addColumns('postgres', target, columns, { ifNotExists: true }),
  // ADD COLUMN IF NOT EXISTS: a column added meanwhile is no error.
  columnAlreadyExists: () => false,
};
