import type { ConnectionSpec, Dialect, SchemaSnapshot, TableName } from '@seam/core';
import type { MappedTable, MysqlFlavor } from '@seam/ddl';
import type { KafkaSecurity } from '@seam/kafka/security';
import type { CaptureSafetyEngine } from './apply/capture-safety.js';
import type { MigrationDb } from './apply/database.js';
import type { DependentsReader } from './apply/drop-dependents.js';
import type { CaptureEndpoint } from './capture/connector.js';
import type { CaptureNames } from './layout/names.js';
import type { Step } from './migration/migration.js';
import type { MonolithDialect } from './monolith/dialect.js';
import { mysqlEngine } from './mysql/engine.js';
import { postgresEngine } from './postgres/engine.js';

/**
 * What `seam generate` and `seam migrate` need of an engine, whichever side it is on. An engine is
 * either the monolith's (the source: capture, scripts run on the monolith, the runbook's wording
 * about it) or a service database's (the target: its schema and its wording); `monolith` and
 * `target` hold what is specific to each side, the rest is the same on both.
 */
export interface CodegenEngine {
  readonly dialect: Dialect;
  /** The engine's name in prose: `PostgreSQL`, `MySQL/MariaDB`. */
  readonly displayName: string;
  /** The scheme of an example URL: `postgres`, `mysql`. */
  readonly urlScheme: string;
  readonly defaultPort: number;
  /** DDL runs in one transaction (PostgreSQL); otherwise each statement commits on its own. */
  readonly ddlTransactional: boolean;
  /** One statement as a plain SQL file holds it, with its terminator (MySQL's client splits at `;`: a body holding one goes between DELIMITER lines). */
  sqlFileStatement(sql: string): string;
  /** The header line of a plain SQL up file: how the file runs (sanitized title given). */
  sqlUpNote(id: string, title: string): string;
  /** A boolean as an SQL literal: `true` / `1`. */
  booleanLiteral(value: boolean): string;
  /** The i-th sample row's value of a boolean column, as the driver takes it. */
  sampleBoolean(i: number): unknown;
  /** The command line client reading SQL from stdin, connected through `env` (or the spec known when generating). */
  client(env: string, spec: ConnectionSpec | undefined): string;
  /** The client's flag for one statement on the command line: `-c`, `-e`. */
  readonly clientStatementFlag: string;
  grants: GrantsSql;
  history: HistorySql;
  admin: AdminSql;
  monolith: MonolithEngine;
  target: TargetEngine;
}

/** Least-privilege grant statements (on either side). */
export interface GrantsSql {
  /** A user as GRANT names it: `"role"`, `'role'@'%'`. */
  account(role: string): string;
  /** A comment line saying how to create the user (`replication`: it may replicate, PostgreSQL). */
  createUserHint(role: string, replication: boolean): string;
  onTables(privileges: string, tables: TableName[], role: string): string[];
  /** USAGE on the schemas of the tables (PostgreSQL), none where schemas need no grant. */
  schemaUsage(tables: TableName[], role: string): string[];
  /** What the replicator may do to the service's tables. */
  readonly replicatorPrivileges: string;
  /** What makes the capture user able to stream changes. */
  captureUserGrants(role: string): string[];
}

/** The migration history table's SQL (seam_migrations). */
export interface HistorySql {
  /** The history table's qualified name (a schema only where the engine has schemas). */
  table(schema: string | undefined, name: string): string;
  /** The i-th query parameter: `$1`, `?`. */
  param(i: number): string;
  exists(db: MigrationDb, table: string, name: string): Promise<boolean>;
  createTable(table: string): string;
  /** Serialises runs on one database (PostgreSQL: until the transaction ends; MySQL: until release()). */
  lock(db: MigrationDb): Promise<void>;
  release(db: MigrationDb): Promise<void>;
}

/** Creating and dropping a whole database, through the server's maintenance database. */
export interface AdminSql {
  /** The database an administrative connection opens (`postgres`; none on MySQL). */
  readonly maintenanceDatabase: string;
  databaseExists(admin: MigrationDb, name: string): Promise<boolean>;
  createDatabase(admin: MigrationDb, name: string): Promise<void>;
  dropDatabase(name: string): string;
}

/** The engine as the monolith: change capture, the scripts run on it, the runbook's wording about it. */
export interface MonolithEngine {
  scripts: MonolithDialect;
  /** What capture would publish, and whether the application's writes keep working (`seam migrate`, `seam doctor`). */
  captureSafety: CaptureSafetyEngine;
  /** The views that read tables about to be dropped. */
  dependentViews: DependentsReader;
  /** The Debezium source connector's config, around the settings every engine shares. */
  connectorConfig(
    endpoint: CaptureEndpoint,
    names: CaptureNames,
    captured: TableName[],
    common: Record<string, string>,
    options: { brokers: string[]; kafkaSecurity?: KafkaSecurity | undefined },
  ): Record<string, string>;
  /** The heartbeat the connector writes. */
  heartbeatQuery(schema: string, table: string): string;
  /** The catalog reports string defaults unquoted (MySQL 8, unlike MariaDB). */
  unquotedStringDefaults(flavor: SchemaSnapshot['engine']['flavor']): boolean;
  wording: MonolithWording;
  /** The backup command of some tables before they are dropped (phase 7). */
  backupCommand(tables: TableName[], spec: ConnectionSpec | undefined, file: string): string;
}

/** The runbook's sentences that differ with the monolith's engine. */
export interface MonolithWording {
  /** What `seam doctor` checks for change capture, in parentheses. */
  readonly captureReadiness: string;
  /** What the capture script creates, after `heartbeat table`: ` and publication`. */
  readonly captureObjectsAnd: string;
  /** Same, in a command comment: ` + publication`. */
  readonly captureObjectsPlus: string;
  /** What the capture dry run also shows, after `lists every relation capture publishes`. */
  readonly captureDryRunNote: string;
  /** Where the connector streams from, after `then streams each change`. */
  streamsFrom(slot: string): string;
  /** What reverting capture removes before `heartbeat table` (phase 2 rollback). */
  readonly captureDownObjects: string;
  /** Same, when replication stops for good (phase 6). */
  captureStopObjects(slot: string): string;
  /** The error a blocked write gets. */
  readonly blockedWriteError: string;
  /** A sentence on what the write block cannot refuse (with its leading space), or empty. */
  readonly blockedWriteGap: string;
  /** How re-added foreign keys are checked, with its leading space, or empty. */
  readonly foreignKeyReAdd: string;
  /** What feeds new keys: `sequences`, `AUTO_INCREMENT counters`. */
  readonly counters: string;
}

/** The engine as a service's database. */
export interface TargetEngine {
  /** The MySQL-family server of a target (`{}` where there is no choice). */
  flavor(
    chosen: MysqlFlavor | undefined,
    source: SchemaSnapshot['engine']['flavor'],
  ): { mysqlFlavor?: MysqlFlavor };
  /** The plan's schema, where tables live in schemas (PostgreSQL). */
  schema(planned: string | undefined): { schema?: string };
  /** Where the service's tables are: the schema (default `public`) or the database (else `unknownDatabase`). */
  namespace(schema: string | undefined, database: string | undefined, unknownDatabase: string): string;
  /** What a replicator config names as the target's schema: the schema or the database. */
  configNamespace(schema: string | undefined, database: string | undefined): string | undefined;
  /** A table's name as `seam verify --table x=<place>` gives it. */
  tablePlace(namespace: string, name: string): string;
  dropForeignKey(table: string, name: string): string;
  /** The engine makes an index for a foreign key itself, which dropping the key leaves behind (MySQL). */
  readonly indexesForeignKeys: boolean;
  /** Steps moving identity counters past explicitly inserted keys (PostgreSQL), none where they follow. */
  identityCounterSteps(table: MappedTable, name: string, sourceDialect: Dialect): Step[];
  /** Why the constraints migration also matters, with its leading comma, or empty. */
  readonly constraintsAlso: string;
  /** The DEFAULT for the current time in a column of `type`. */
  currentTimeDefault(type: string): string;
  /** The engine allows no literal default on a column of `type` (MySQL's TEXT, BLOB, JSON). */
  refusesLiteralDefault(type: string): boolean;
}

const engines: Record<Dialect, CodegenEngine> = { postgres: postgresEngine, mysql: mysqlEngine };

export function engineFor(dialect: Dialect): CodegenEngine {
  return engines[dialect];
}

/** Both sides run the same engine (what one writes, the other reads as is: CHECKs, native types, literals). */
export function sameEngine(a: Dialect, b: Dialect): boolean {
  return engines[a] === engines[b];
}
