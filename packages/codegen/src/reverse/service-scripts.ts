import type { Dialect, TableName } from '@seam/core';
import { quoteQualified } from '@seam/core/sql';
import { engineFor } from '../engine.js';
import type { PlacedTable, ServiceLayout } from '../layout/service-layout.js';
import { migration } from '../migration/migration.js';
import { captureScript, type MonolithScript } from '../monolith/scripts.js';
import type { ServiceSchema } from '../schema/service-schema.js';

/**
 * Scripts run on a service's database for `seam move` (each applied and reverted on its own, like
 * the monolith's, and recorded in the service's `seam_migrations` under `<service>@scripts`).
 */
export const SERVICE_SCRIPTS = {
  /** Heartbeat table (+ PostgreSQL publication) the reverse connector needs. */
  capture: 'capture',
  /** Refuses the application's writes while the monolith owns the tables (before a switch, after a reverse). */
  blockWrites: 'block-writes',
  /** Moves the service's identity counters past the rows the tables hold (at every switch). */
  syncSequences: 'sync-sequences',
} as const;

/** The service's moved tables as its database names them. */
export function serviceTables(namespace: string, tables: PlacedTable[]): TableName[] {
  return tables.map((t) => ({ schema: namespace, name: t.name }));
}

/**
 * What the service's database needs so that writing can move to it and back: capture for the
 * reverse direction, the write block (the replicator's origin mark passes it), and the counters.
 * `namespace` is where the tables are as the statements name them ('' on a MySQL target whose
 * database is known only from its URL: the statements then run unqualified).
 */
export function serviceSideScripts(
  service: ServiceLayout,
  schema: ServiceSchema,
  replicated: PlacedTable[],
  namespace: string,
  sourceDialect: Dialect,
): MonolithScript[] {
  const dialect = service.target.dialect;
  const engine = engineFor(dialect);
  const tables = serviceTables(namespace, replicated);
  const capture = captureScript(
    dialect,
    service.reverse,
    tables,
    `service ${service.name}'s tables (reverse replication into the monolith)`,
  );
  // Where the database's name is unknown the check could not find the tables: the binlog never refuses a write anyway.
  if (!namespace) delete capture.publishes;
  const counters = replicated.flatMap((t) => {
    const mapped = schema.mapped.get(t.key);
    if (!mapped) return [];
    return engine.target.identityCounterSteps(
      mapped,
      quoteQualified(dialect, service.target.schema ?? null, t.name),
      sourceDialect,
    );
  });
  return [
    capture,
    migration(
      SERVICE_SCRIPTS.blockWrites,
      `refuse the application's writes to the ${tables.length} table(s) of ${service.name} while the monolith owns them (before seam move switch, after seam move reverse)`,
      dialect,
      engine.monolith.scripts.blockWrites(
        service.name,
        tables,
        namespace,
        `the monolith still owns this table; service ${service.name}'s copy is read-only until seam move switch`,
      ),
    ),
    {
      ...migration(
        SERVICE_SCRIPTS.syncSequences,
        `move ${service.name}'s identity counters past the rows its tables hold (at every switch)`,
        dialect,
        counters,
      ),
      repeatable: true,
    },
  ];
}
