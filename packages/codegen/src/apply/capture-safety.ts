import { type ConnectionSpec, SeamError, type TableName } from '@seam/core';
import { engineFor } from '../engine.js';
import { connect, type MigrationDb } from './database.js';

/**
 * What change capture would publish on the monolith, relation by relation, and whether the
 * application's UPDATE and DELETE keep working once it does. PostgreSQL refuses UPDATE/DELETE on a
 * published relation without a replica identity — a partition of a published partitioned table, or
 * an inheritance child (published with its parent so the rows routed to it are captured) — so every
 * such relation is checked before the publication is created. The binlog (MySQL/MariaDB) never
 * refuses a write.
 */
export interface CaptureRelation {
  schema: string;
  name: string;
  /** The captured table this relation belongs to: itself, its partitioned table, or its inheritance parent. */
  of: TableName;
  role: 'table' | 'partitioned-table' | 'partition' | 'inheritance-child';
  /** Whether capture publishes its changes (an inheritance child only when seam generate listed it). */
  published: boolean;
  identity: 'primary-key' | 'full' | 'index' | 'nothing' | 'none' | 'missing';
  /** Whether the application's UPDATE/DELETE keep working (and the table is there, and its rows are captured). */
  ok: boolean;
  /** What to run before capture when not ok. */
  fix?: string;
  /** In words, for reports. */
  note: string;
}

/** A name read from the catalog, quoted and with control characters escaped, for terminals and messages. */
export const shown = (t: TableName) => JSON.stringify(`${t.schema}.${t.name}`);

/** How an engine tells what capture would publish on the monolith. */
export interface CaptureSafetyEngine {
  inspect(db: MigrationDb, tables: TableName[]): Promise<CaptureRelation[]>;
}

/** Every relation capture of `tables` would publish (or leave out), as the monolith has them now. */
export function inspectCapture(db: MigrationDb, tables: TableName[]): Promise<CaptureRelation[]> {
  return engineFor(db.dialect).monolith.captureSafety.inspect(db, tables);
}

/** inspectCapture on its own connection (`seam doctor`). */
export async function inspectCaptureAt(
  spec: ConnectionSpec,
  tables: TableName[],
): Promise<CaptureRelation[]> {
  const db = await connect(spec);
  try {
    return await inspectCapture(db, tables);
  } finally {
    await db.close();
  }
}

/** The refusal when capture would break the application's writes (or a table is gone), else undefined. */
export function captureRefusal(relations: CaptureRelation[], target: string): SeamError | undefined {
  const bad = relations.filter((r) => !r.ok);
  if (!bad.length) return undefined;
  const fixes = bad.map((r) => r.fix!).filter((f, i, all) => all.indexOf(f) === i);
  return new SeamError(
    'SEAM_CAPTURE_UNSAFE',
    `Capture on ${target} would break the application's writes, miss rows, or cannot start: ${bad
      .map((r) => `${shown(r)} (${r.note})`)
      .join('; ')}. Nothing was changed.`,
    {
      hint: `Run first: ${fixes.join('; ')}; then run the same command again.`,
      details: { relations: bad },
    },
  );
}

/** One line per relation, for terminal reports. */
export function describeCaptureRelations(relations: CaptureRelation[]): string[] {
  return relations.map((r) => `${r.ok ? '✓' : '✗'} ${shown(r)}: ${r.note}${r.fix ? ` — fix: ${r.fix}` : ''}`);
}
