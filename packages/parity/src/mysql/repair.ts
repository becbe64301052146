import { quoteMysqlLiteral } from '@seam/core/sql';
import type { RepairDialect } from '../engine.js';

export const mysqlRepair: RepairDialect = {
  timeZone: "SET time_zone = '+00:00';",
  literal: quoteMysqlLiteral,
  binary: (hex) => `X'${hex}'`,
  bit: (value) => `b'${value}'`,
  deleteSome: (table, where, n) => `DELETE FROM ${table} WHERE ${where} LIMIT ${n};\n`,
  insertIgnore: (insert) => `INSERT IGNORE${insert.slice(6)};\n`,
  upsert: (insert, _keyNames, nonKey) =>
    `${insert} ON DUPLICATE KEY UPDATE ${nonKey.map((n) => `${n} = VALUES(${n})`).join(', ')};\n`,
};
