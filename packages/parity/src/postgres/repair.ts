import { quotePgLiteral } from '@seam/core/sql';
import type { RepairDialect } from '../engine.js';

export const postgresRepair: RepairDialect = {
  timeZone: "SET TIME ZONE 'UTC';",
  literal: quotePgLiteral,
  binary: (hex) => `'\\x${hex}'`,
  bit: quotePgLiteral,
  deleteSome: (table, where, n) =>
    `DELETE FROM ${table} WHERE ctid IN (SELECT ctid FROM ${table} WHERE ${where} LIMIT ${n});\n`,
  insertIgnore: (insert) => `${insert} ON CONFLICT DO NOTHING;\n`,
  upsert: (insert, keyNames, nonKey) =>
    `${insert} ON CONFLICT (${keyNames.join(', ')}) DO UPDATE SET ${nonKey.map((n) => `${n} = EXCLUDED.${n}`).join(', ')};\n`,
};
