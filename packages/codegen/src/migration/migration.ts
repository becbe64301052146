import { createHash } from 'node:crypto';
import type { Dialect } from '@seam/core';

/**
 * One statement of a migration and what undoes it. `undo` is empty when an earlier step of the same
 * migration undoes it already (an index or a default goes with its table's DROP TABLE). Undo
 * statements run in reverse step order: on MySQL/MariaDB, whose DDL commits on its own, that is how
 * a migration that fails half-way is rolled back.
 */
export interface Step {
  sql: string;
  undo: string[];
  /** What the step does, in words, for reports and comments. */
  note?: string;
}

/** Which database a migration runs against. */
export type MigrationDatabase = 'service' | 'monolith';

export interface Migration {
  /** `001_tables`: ordered by id; stable across regeneration so that history matches. */
  id: string;
  /** One line for people. */
  title: string;
  dialect: Dialect;
  steps: Step[];
  /** Set when the migration cannot be undone by statements (dropping tables): why, and what to do instead. */
  irreversible?: string;
  /** sha256 of the steps: a migration applied with another checksum was generated differently. */
  checksum: string;
}

export function migration(
  id: string,
  title: string,
  dialect: Dialect,
  steps: Step[],
  irreversible?: string,
): Migration {
  const checksum = createHash('sha256')
    .update(JSON.stringify(steps.map((s) => [s.sql, s.undo])))
    .digest('hex');
  return { id, title, dialect, steps, ...(irreversible ? { irreversible } : {}), checksum };
}

/** The statements that undo a whole migration, last step first. */
export function downStatements(m: Pick<Migration, 'steps'>): string[] {
  return [...m.steps].reverse().flatMap((s) => s.undo);
}
