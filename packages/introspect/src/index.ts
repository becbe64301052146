export { mysqlLogicalType, pgLogicalType } from '@seam/catalog';
export { type IntrospectOptions, introspect } from './introspect.js';
export { compileLogLinePrefix, DEFAULT_LOG_LINE_PREFIX } from './postgres/log-line-prefix.js';
export type { ProgressCallback, ProgressEvent, Warning } from './progress.js';
export { isQueryable, type Queryable } from './queryable.js';
export {
  loadSample,
  SAMPLE_DATABASE,
  SAMPLE_DIR,
  type Sample,
  type SampleOptions,
} from './sample/load-sample.js';
export { type AnalyzeSqlOptions, analyzeSql } from './workload/analyze-sql.js';
export {
  detectWorkloadKind,
  type ReadWorkloadOptions,
  readWorkload,
  sniffWorkloadFile,
  type WorkloadFileKind,
  type WorkloadInput,
} from './workload/read-workload.js';
export type { StatementAnalysis } from './workload/statement-analysis.js';
