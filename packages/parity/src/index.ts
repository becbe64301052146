export { Barrier, type BarrierOptions, type BarrierResult } from './barrier/barrier.js';
export { describePosition, offsetPassed, snapshotRunning } from './barrier/positions.js';
export { type PublishedResult, waitPublished } from './barrier/published.js';
export { type ColumnPair, pairColumns } from './column-class.js';
export { type CompareOptions, sameHash } from './compare-table.js';
export { type DbConnection, openConnection, readPosition, type SourcePosition } from './connection.js';
export { floatFromCanon, floatToCanon } from './float-canon.js';
export { canonicalJson, isJsonEqual } from './json-canon.js';
export { type MappingOptions, mapTable, type TableMapping } from './mapping.js';
export { readMysqlTable } from './mysql/catalog.js';
export { mysqlSql } from './mysql/sql.js';
export { adHocJob, planJobs } from './plan-jobs.js';
export { readPgTable } from './postgres/catalog.js';
export { postgresSql } from './postgres/sql.js';
export { RepairSql } from './repair-sql.js';
export {
  exitCodeOf,
  type RowDifference,
  type TableReport,
  type TableStatus,
  type VerifyReport,
} from './report.js';
export { Side } from './side.js';
export type {
  CanonColumn,
  ColumnInfo,
  KeyRange,
  KeyTuple,
  NativeKind,
  SegmentHash,
  TableInfo,
} from './types.js';
export { type VerifyJob, type VerifyOptions, type VerifyTable, verify } from './verify.js';
