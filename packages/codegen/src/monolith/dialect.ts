import type { ColumnSnapshot, ForeignKeySnapshot, TableName } from '@seam/core';
import type { CaptureNames } from '../layout/names.js';
import type { Step } from '../migration/migration.js';

/** What differs between engines in the statements run on the monolith. */
export interface MonolithDialect {
  heartbeatTable(schema: string, table: string): Step;
  /** Debezium's signal table (id, type, data): the initial copy's `execute-snapshot` row and its watermarks. */
  signalTable(schema: string, table: string): Step;
  /** PostgreSQL: the publication the connector reads (and, on undo, its replication slot). */
  publication(names: CaptureNames, tables: TableName[]): Step[];
  /**
   * Triggers that refuse writes to the tables unless the session carries the replicator's origin
   * mark (REPLICATOR_ORIGIN): the side that does not own the tables now takes only the
   * replicator's writes. `reason` is the error's text. Run on the monolith (cut-over) and on a
   * service's database (before a switch, after a reverse).
   */
  blockWrites(service: string, tables: TableName[], functionSchema: string, reason: string): Step[];
  dropForeignKey(child: TableName, name: string): string;
  addForeignKey(child: TableName, fk: ForeignKeySnapshot): string[];
  dropTables(tables: TableName[]): string;
  /**
   * Statements that move the counter feeding `column` (a sequence, identity or AUTO_INCREMENT) past
   * the largest key the table holds — never backwards: rows copied back from a service after a
   * rollback must not collide with the monolith's next inserts.
   */
  syncCounter(table: TableName, column: ColumnSnapshot): Step[];
}
