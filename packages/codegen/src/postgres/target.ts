import { quoteIdent, quoteLiteral } from '@seam/core/sql';
import { columnType } from '@seam/ddl';
import type { TargetEngine } from '../engine.js';

const q = (name: string) => quoteLiteral('postgres', name);

/** PostgreSQL as a service's database. */
export const postgresAsTarget: TargetEngine = {
  flavor: () => ({}),
  schema: (planned) => (planned ? { schema: planned } : {}),
  namespace: (schema) => schema ?? 'public',
  configNamespace: (schema) => schema,
  tablePlace: (namespace, name) => `${namespace}.${name}`,
  dropForeignKey: (table, name) => `ALTER TABLE ${table} DROP CONSTRAINT ${name}`,
  indexesForeignKeys: false,
  // Identity counters do not follow explicitly inserted keys: move each past the copied rows.
  identityCounterSteps(table, name, sourceDialect) {
    return table.columns.flatMap((c) => {
      const type = columnType('postgres', c.column.type, { sourceDialect });
      if (!type.identity) return [];
      const col = quoteIdent('postgres', c.name);
      return [
        {
          sql: `SELECT setval(pg_get_serial_sequence(${q(name)}, ${q(c.name)}), COALESCE((SELECT MAX(${col}) FROM ${name}), 0) + 1, false)`,
          undo: [],
          note: `identity of ${table.name}.${c.name} continues after the copied rows`,
        },
      ];
    });
  },
  constraintsAlso: ', identity counters past the copied rows',
  currentTimeDefault: () => 'CURRENT_TIMESTAMP',
  refusesLiteralDefault: () => false,
};
