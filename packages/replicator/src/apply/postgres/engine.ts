import type { ReplicatorEngine } from '../../engine.js';
import { PostgresStatements } from './statements.js';

/** PostgreSQL: parameters travel as text, so statements from a decode thread are ready as they come. */
export const postgresEngine: ReplicatorEngine = {
  dialect: 'postgres',
  planSourceFlavor: 'postgresql',
  openWriter: async (spec, options) => new (await import('./writer.js')).PostgresWriter(spec, options),
  statements: () => new PostgresStatements(),
  fromDecodeThread: (statements) => statements,
  addsColumnsIfNotExists: true,
  columnAlreadyExists: () => false,
};
