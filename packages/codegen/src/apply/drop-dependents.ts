import { SeamError, type TableName } from '@seam/core';
import { engineFor } from '../engine.js';
import type { MigrationDb } from './database.js';

/** A view (or materialized view) on the monolith that reads a table about to be dropped. */
export interface DependentView {
  schema: string;
  name: string;
  /** The dropped table it reads. */
  reads: TableName;
}

/** Reads the views on the monolith that read some tables. */
export type DependentsReader = (db: MigrationDb, tables: TableName[]) => Promise<DependentView[]>;

/**
 * Refuses to drop tables that views still read, before anything is dropped, naming each view (the
 * database's own error would stop half-way, or on MySQL leave the views broken silently).
 */
export async function refuseDroppingRead(db: MigrationDb, tables: TableName[]): Promise<void> {
  const views = await engineFor(db.dialect).monolith.dependentViews(db, tables);
  if (!views.length) return;
  const list = views.map(
    (v) =>
      `${JSON.stringify(`${v.schema}.${v.name}`)} reads ${JSON.stringify(`${v.reads.schema}.${v.reads.name}`)}`,
  );
  throw new SeamError(
    'SEAM_DROP_DEPENDENTS',
    `${views.length} view(s) on ${db.target} read tables this would drop: ${list.join('; ')}. Nothing was dropped.`,
    { details: { views } },
  );
}
