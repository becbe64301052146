import type { BoundaryExplanation } from '@seam/analyzer';
import type { ConnectionSpec, NotCarried, Plan, SchemaSnapshot, Workload } from '@seam/core';
import type { DdlWarning } from '@seam/ddl';
import type { KafkaSecurity } from '@seam/kafka/security';
import type { CaptureEndpoint } from '../capture/connector.js';
import type { CaptureNames } from '../layout/names.js';
import type { Layout, LayoutOptions, PlacedTable, ServiceLayout } from '../layout/service-layout.js';
import type { GeneratedManifest } from '../manifest.js';
import type { MonolithScript } from '../monolith/scripts.js';
import type { CrossingFk } from '../schema/crossing.js';
import type { ServiceSchema } from '../schema/service-schema.js';

export interface GeneratedFile {
  /** Relative to the output folder. */
  path: string;
  content: string;
}

/** How the runbook writes its commands. */
export interface CommandStyle {
  /** The seam command (default `pnpm seam`: from a Seam checkout). */
  cli: string;
  /** The output folder as the user named it (default `out`). */
  dir: string;
  /** The plan file as the user named it (default `plan.yaml`). */
  plan: string;
}

export interface GenerateOptions extends LayoutOptions {
  plan: Plan;
  snapshot: SchemaSnapshot;
  workload?: Workload;
  /** The monolith, as the connectors reach it (its password is never written). */
  source?: ConnectionSpec;
  /** Service databases known when generating (from SEAM_TARGET_<SERVICE>_URL), for examples and MySQL database names. */
  targets?: Record<string, ConnectionSpec>;
  /**
   * `database.password` of the connectors: a Kafka Connect config-provider reference. Default
   * `${env:SEAM_SOURCE_PASSWORD}`, or none when `source` is known and has no password.
   */
  passwordRef?: string | null;
  brokers?: string[];
  /**
   * How the generated clients reach Kafka (TLS, SASL): the replicator configs' kafka.ssl/kafka.sasl
   * and the MySQL/MariaDB connectors' schema-history clients. Files and variable names only.
   */
  kafkaSecurity?: KafkaSecurity;
  connectUrl?: string;
  /** Connector heartbeat interval (default 10 s). */
  heartbeatMs?: number;
  /** TypeORM migration timestamp (ms); default now. */
  timestamp?: number;
  commands?: Partial<CommandStyle>;
  /** Where the schema came from, for headers: `the bundled sample`, a file, a redacted URL. */
  origin?: string;
  /** The schema is the bundled sample: the runbook says how to load it into a database. */
  sample?: boolean;
}

export interface GenerateWarning extends DdlWarning {
  service: string;
}

export interface ServiceSummary {
  name: string;
  target: ServiceLayout['target'];
  tables: number;
  referenceCopies: number;
  foreignKeysKept: number;
  crossing: CrossingFk[];
  noPrimaryKey: string[];
  connector: string;
  topicPrefix: string;
  groups: ServiceLayout['groups'];
  runbook: string;
  /** What the monolith's database does for these tables that is not carried, and what to do. */
  notCarried: NotCarried[];
}

export interface GenerateResult {
  files: GeneratedFile[];
  manifest: GeneratedManifest;
  services: ServiceSummary[];
  warnings: GenerateWarning[];
}

/** Everything generated for one service, handed to the runbook. */
export interface ServiceArtifacts {
  layout: ServiceLayout;
  schema: ServiceSchema;
  crossing: CrossingFk[];
  monolith: MonolithScript[];
  /** Scripts on the service's own database for `seam move`: reverse capture, write block, counters. */
  serviceScripts: MonolithScript[];
  /** Where the reverse connector reads: the service's database, and the schema/database its tables are in. */
  reverse: { endpoint: CaptureEndpoint; namespace: string; guessed: boolean };
  /** Tables replicated (owned tables with a primary key), and those that cannot be. */
  replicated: PlacedTable[];
  noPrimaryKey: PlacedTable[];
  notCarried: NotCarried[];
  boundaries: BoundaryExplanation[];
  files: {
    dir: string;
    typeorm: string[];
    sql: string[];
    connector: string;
    connectorReverse: string;
    replicate: string;
    replicateReference?: string;
    replicateReverse: string;
    grantsService: string;
    grantsMonolith: string;
  };
}

export interface GenerateContext {
  options: GenerateOptions;
  layout: Layout;
  commands: CommandStyle;
  endpoint: CaptureEndpoint;
  endpointGuessed: boolean;
  brokers: string[];
  connectUrl: string;
  reference: { names: CaptureNames; tables: PlacedTable[]; connectorFile: string } | null;
}

/** One run of `generate()`: the context every emitter reads, and what the emitters have produced so far. */
export interface RunContext extends GenerateContext {
  snapshot: SchemaSnapshot;
  /** The TypeORM migrations' timestamp (ms). */
  timestamp: number;
  /** The boundary explanations' source, when the plan opens over the snapshot and workload. */
  explainBoundary: ((a: string, b: string) => BoundaryExplanation) | undefined;
  /** How many services hold each table (a table two services split by columns stays until both moved). */
  owners: Map<string, number>;
  files: GeneratedFile[];
  warnings: GenerateWarning[];
  summaries: ServiceSummary[];
  manifest: GeneratedManifest;
  /** The two header lines of every generated file. */
  header(service: string, what: string): string[];
}

/** Writes the files of one artifact of the whole run (reference capture, README, manifest…). */
export type Emitter = (run: RunContext) => GeneratedFile[];

/** Writes the files of one artifact of a service (migrations, connector, runbook…). */
export type ServiceEmitter = (service: ServiceArtifacts, run: RunContext) => GeneratedFile[];
