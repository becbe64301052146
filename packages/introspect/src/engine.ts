import type { ConnectionSpec, Dialect, SchemaSnapshot } from '@seam/core';
import { mysqlEngine } from './mysql/mysql-engine.js';
import { postgresEngine } from './postgres/postgres-engine.js';
import type { ProgressCallback } from './progress.js';
import type { WorkloadFileKind } from './workload/read-workload.js';
import type { TableResolver } from './workload/resolver.js';
import type { StatementReader } from './workload/statement-reader.js';
import type { WorkloadBuilder } from './workload/workload-builder.js';

export interface EngineIntrospectOptions {
  schemas?: string[];
  progress?: ProgressCallback;
  /** What the snapshot records as its source. */
  source: string | null;
}

/** What introspection and workload reading need of an engine. */
export interface IntrospectEngine {
  /** Connects to `spec`, reads its catalog and statistics into a snapshot, and disconnects. */
  introspect(spec: ConnectionSpec, options: EngineIntrospectOptions): Promise<SchemaSnapshot>;
  /** Connects to `spec` and reads its statement statistics (pg_stat_statements, digests) into `builder`. */
  readLiveWorkload(
    spec: ConnectionSpec,
    builder: WorkloadBuilder,
    reader: StatementReader,
    label: string,
    schemas: string[] | undefined,
  ): Promise<void>;
  /** Splits and parses SQL with the engine's own parser. */
  statementReader(resolver: TableResolver): StatementReader;
  /** The schema of an unqualified name when none is given: PostgreSQL's public, MySQL's database. */
  defaultSchema(snapshot: SchemaSnapshot | null | undefined): string | null;
  /** Schemas whose tables are the engine's own (catalog views, statistics), lower-case. */
  systemSchemas: ReadonlySet<string>;
  /** Whether an unqualified name is one of the engine's own tables (without a snapshot to ask). */
  isSystemTable(name: string): boolean;
  /** The workload files this engine writes (besides plain SQL, which any engine reads). */
  workloadKinds: readonly WorkloadFileKind[];
}

const engines: Record<Dialect, IntrospectEngine> = { postgres: postgresEngine, mysql: mysqlEngine };

export function engineFor(dialect: Dialect): IntrospectEngine {
  return engines[dialect];
}
