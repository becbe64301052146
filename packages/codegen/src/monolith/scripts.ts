import {
  type Dialect,
  indexTables,
  parseTableKey,
  type SchemaSnapshot,
  type TableName,
  withInheritanceChildren,
} from '@seam/core';
import { quoteQualified } from '@seam/core/sql';
import { offsetsTableDdl } from '@seam/replicator/config';
import { engineFor } from '../engine.js';
import type { CaptureNames } from '../layout/names.js';
import type { PlacedTable } from '../layout/service-layout.js';
import { type Migration, migration, type Step } from '../migration/migration.js';
import type { CrossingFk } from '../schema/crossing.js';
import type { MonolithDialect } from './dialect.js';

/**
 * Scripts run on the monolith, each applied and reverted on its own (not a chain): they follow the
 * runbook's phases rather than a schema's history.
 */
export const MONOLITH_SCRIPTS = {
  capture: 'capture',
  blockWrites: 'block-writes',
  dropForeignKeys: 'drop-foreign-keys',
  dropTables: 'drop-tables',
  syncSequences: 'sync-sequences',
  reverseOffsets: 'reverse-offsets',
} as const;

export interface MonolithScript extends Migration {
  /** Scripts that must be applied first, and scripts that must not be applied (reverted first). */
  requires?: { applied?: string[]; notApplied?: string[] };
  /** capture: the tables it publishes, checked on the monolith before it runs (`seam migrate`, `seam doctor`). */
  publishes?: TableName[];
  /** drop-tables: the tables it drops, refused while views read them. */
  drops?: TableName[];
  /** Run every time it is asked for and never recorded (sync-sequences): nothing to revert. */
  repeatable?: boolean;
}

/** The statements run on a monolith of this engine. */
export function monolithDialect(dialect: Dialect): MonolithDialect {
  return engineFor(dialect).monolith.scripts;
}

/** The most common schema (database) of some tables: where a heartbeat table or trigger function goes. */
export function mainSchema(tables: TableName[]): string {
  const count = new Map<string, number>();
  for (const t of tables) count.set(t.schema, (count.get(t.schema) ?? 0) + 1);
  return [...count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}

/**
 * Heartbeat table (+ signal table for a copy through incremental snapshots, + PostgreSQL
 * publication of both): what a connector needs on the monolith before it starts.
 */
export function captureScript(
  dialect: Dialect,
  names: CaptureNames,
  tables: TableName[],
  what: string,
  options: { signal?: boolean } = {},
): MonolithScript {
  const d = monolithDialect(dialect);
  const schema = mainSchema(tables);
  const own = [
    { schema, name: names.heartbeatTable },
    ...(options.signal ? [{ schema, name: names.signalTable }] : []),
  ];
  const steps: Step[] = [
    d.heartbeatTable(schema, names.heartbeatTable),
    ...(options.signal ? [d.signalTable(schema, names.signalTable)] : []),
    ...d.publication(names, [...tables, ...own]),
  ];
  return {
    ...migration(
      MONOLITH_SCRIPTS.capture,
      `change capture of ${what}: heartbeat table${options.signal ? ', signal table' : ''}${engineFor(dialect).monolith.wording.captureObjectsAnd}`,
      dialect,
      steps,
    ),
    publishes: tables,
  };
}

/** Everything a service's move needs on the monolith, phase by phase. */
export function serviceMonolithScripts(
  dialect: Dialect,
  service: string,
  names: CaptureNames,
  captured: PlacedTable[],
  owned: PlacedTable[],
  crossing: CrossingFk[],
  snapshot: SchemaSnapshot,
  sharedTables: Set<string>,
  reverseOffsets: string,
): MonolithScript[] {
  const d = monolithDialect(dialect);
  // An inheritance parent's children hold its rows: they are published, blocked and dropped with it.
  const ownedNames = owned.flatMap((t) => withInheritanceChildren(t.source));
  const tables = indexTables(snapshot);
  // The foreign keys from tables that stay to tables that leave: the monolith's copy no longer
  // receives new rows after cut-over, so these would refuse writes that reference them.
  const inbound = crossing.filter((f) => f.direction === 'in');
  const fkSteps: Step[] = inbound.map((f) => {
    const child = parseTableKey(f.child);
    const fk = tables.get(f.child)!.foreignKeys.find((k) => k.name === f.name)!;
    return {
      sql: d.dropForeignKey(child, f.name),
      undo: d.addForeignKey(child, fk),
      note: `${f.child}(${f.columns.join(', ')}) → ${f.parent}`,
    };
  });
  const droppable = ownedNames.filter((t) => !sharedTables.has(`${t.schema}\u0000${t.name}`));
  return [
    captureScript(
      dialect,
      names,
      captured.flatMap((t) => withInheritanceChildren(t.source)),
      `service ${service}`,
      { signal: true },
    ),
    migration(
      MONOLITH_SCRIPTS.blockWrites,
      `refuse the application's writes to the ${owned.length} table(s) ${service} takes over (cut-over)`,
      dialect,
      d.blockWrites(
        service,
        ownedNames,
        mainSchema(ownedNames),
        `service ${service} owns this table now; write there (the monolith's copy is read-only)`,
      ),
    ),
    migration(
      MONOLITH_SCRIPTS.dropForeignKeys,
      `drop the ${inbound.length} foreign key(s) from tables that stay to tables ${service} takes over`,
      dialect,
      fkSteps,
    ),
    {
      ...migration(
        MONOLITH_SCRIPTS.dropTables,
        `drop the monolith's copy of ${droppable.length} table(s) ${service} owns`,
        dialect,
        droppable.length ? [{ sql: d.dropTables(droppable), undo: [], note: 'the old tables' }] : [],
        'Dropped tables come back only from a backup: take one before (pg_dump --table … / mysqldump).',
      ),
      requires: { applied: [MONOLITH_SCRIPTS.dropForeignKeys], notApplied: [MONOLITH_SCRIPTS.capture] },
      drops: droppable,
    },
    syncSequencesScript(dialect, service, owned),
    reverseOffsetsScript(dialect, service, mainSchema(ownedNames), reverseOffsets),
  ];
}

/** The table the reverse replicator (service → monolith, after a switch) keeps its offsets in. */
function reverseOffsetsScript(
  dialect: Dialect,
  service: string,
  schema: string,
  table: string,
): MonolithScript {
  const name = quoteQualified(dialect, schema, table);
  return migration(
    MONOLITH_SCRIPTS.reverseOffsets,
    `the offsets table of ${service}'s reverse replicator (its writes back into the monolith's copies)`,
    dialect,
    [
      {
        sql: offsetsTableDdl[dialect](name),
        undo: [`DROP TABLE ${name}`],
        note: `offsets table ${schema}.${table}`,
      },
    ],
  );
}

/**
 * Rolling back after the deploy: the rows copied back from the service carry keys the monolith's
 * sequences / AUTO_INCREMENT have not reached; this moves each counter of the service's tables past
 * them. Repeatable: run it after every copy back.
 */
function syncSequencesScript(dialect: Dialect, service: string, owned: PlacedTable[]): MonolithScript {
  const d = monolithDialect(dialect);
  const steps = owned.flatMap((t) =>
    t.source.columns
      .filter((c) => c.type.kind === 'integer' && c.type.autoIncrement)
      .flatMap((c) => d.syncCounter({ schema: t.source.schema, name: t.source.name }, c)),
  );
  return {
    ...migration(
      MONOLITH_SCRIPTS.syncSequences,
      `move the monolith's counters of ${service}'s tables past the rows they hold (after copying rows back)`,
      dialect,
      steps,
    ),
    repeatable: true,
  };
}
