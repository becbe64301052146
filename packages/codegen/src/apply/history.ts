import { engineFor, type HistorySql } from '../engine.js';
import type { MigrationDb } from './database.js';

/**
 * `seam_migrations`: which migrations of which unit a database holds, with the checksum they were
 * applied with and, for a MySQL revert that stopped half-way, how many undo statements already ran.
 * Created on first use and dropped when the last row goes, so that a full revert leaves no trace.
 */
export const HISTORY_TABLE = 'seam_migrations';

export interface HistoryRow {
  id: string;
  checksum: string;
  appliedAt: string;
  /** Undo statements already run by an unfinished revert (MySQL/MariaDB only). */
  undone: number;
}

export class History {
  readonly table: string;

  constructor(
    private readonly db: MigrationDb,
    private readonly unit: string,
    schema: string | undefined,
  ) {
    this.sql = engineFor(db.dialect).history;
    this.table = this.sql.table(schema, HISTORY_TABLE);
  }

  private readonly sql: HistorySql;

  private p(i: number): string {
    return this.sql.param(i);
  }

  exists(): Promise<boolean> {
    return this.sql.exists(this.db, this.table, HISTORY_TABLE);
  }

  /** Creates the table when missing; says whether it did. */
  async ensure(): Promise<boolean> {
    if (await this.exists()) return false;
    await this.db.exec(this.sql.createTable(this.table));
    return true;
  }

  async read(): Promise<Map<string, HistoryRow>> {
    if (!(await this.exists())) return new Map();
    const rows = await this.db.exec(
      `SELECT id, checksum, applied_at, undone FROM ${this.table} WHERE unit = ${this.p(1)} ORDER BY id`,
      [this.unit],
    );
    return new Map(
      rows.map((r) => [
        String(r.id),
        {
          id: String(r.id),
          checksum: String(r.checksum),
          appliedAt: r.applied_at instanceof Date ? r.applied_at.toISOString() : String(r.applied_at),
          undone: Number(r.undone),
        },
      ]),
    );
  }

  async record(id: string, checksum: string): Promise<void> {
    await this.db.exec(
      `INSERT INTO ${this.table} (unit, id, checksum) VALUES (${this.p(1)}, ${this.p(2)}, ${this.p(3)})`,
      [this.unit, id, checksum],
    );
  }

  async setUndone(id: string, undone: number): Promise<void> {
    await this.db.exec(
      `UPDATE ${this.table} SET undone = ${this.p(1)} WHERE unit = ${this.p(2)} AND id = ${this.p(3)}`,
      [undone, this.unit, id],
    );
  }

  async remove(id: string): Promise<void> {
    await this.db.exec(`DELETE FROM ${this.table} WHERE unit = ${this.p(1)} AND id = ${this.p(2)}`, [
      this.unit,
      id,
    ]);
  }

  /** Drops the table when no unit has a row left in it. */
  async dropIfEmpty(): Promise<boolean> {
    if (!(await this.exists())) return false;
    const rows = await this.db.exec(`SELECT COUNT(*) AS n FROM ${this.table}`);
    if (Number(rows[0]?.n) > 0) return false;
    await this.db.exec(`DROP TABLE ${this.table}`);
    return true;
  }

  /** Serialises runs on one database (PostgreSQL: until the transaction ends; MySQL: until release()). */
  lock(): Promise<void> {
    return this.sql.lock(this.db);
  }

  release(): Promise<void> {
    return this.sql.release(this.db);
  }
}
