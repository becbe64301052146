/**
 * How the replicator's sessions mark themselves, so that the write blocks `seam generate` writes
 * (monolith and service side) let the replicator's writes through and refuse everyone else's:
 * PostgreSQL, the custom setting `seam.origin` set at connection start; MySQL/MariaDB, the session
 * user variable `@seam_origin`. Any session can set the same mark: it guards against an
 * application's mistakes, it is not a security boundary (that is what grants are for).
 */
export const REPLICATOR_ORIGIN = {
  /** The mark's value. */
  value: 'replicator',
  /** PostgreSQL: the session setting (read with current_setting('seam.origin', true)). */
  postgresSetting: 'seam.origin',
  /** MySQL/MariaDB: the session user variable, without its `@`. */
  mysqlVariable: 'seam_origin',
} as const;
