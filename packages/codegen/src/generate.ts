import { type BoundaryExplanation, PlanEditor } from '@seam/analyzer';
import {
  type ConnectionSpec,
  type NotCarried,
  notCarried,
  type Plan,
  type SchemaSnapshot,
  snapshotFingerprint,
  type TableKey,
  type TableName,
  type Workload,
  withInheritanceChildren,
} from '@seam/core';
import type { DdlWarning } from '@seam/ddl';
import { debeziumTopic, replicatorConfigToYaml } from '@seam/replicator';
import { type CaptureEndpoint, connectorConfig } from './capture/connector.js';
import { replicatorConfig } from './capture/replicator-config.js';
import { engineFor, sameEngine } from './engine.js';
import { monolithGrants, ROLES, serviceGrants } from './grants/grants.js';
import type { CaptureNames } from './layout/names.js';
import { SHARED_REFERENCE } from './layout/names.js';
import {
  type Layout,
  type LayoutOptions,
  layoutPlan,
  type PlacedTable,
  type ServiceLayout,
} from './layout/service-layout.js';
import {
  type GeneratedManifest,
  MANIFEST_FILE,
  MANIFEST_FORMAT,
  MANIFEST_VERSION,
  type ManifestConnector,
  type ManifestUnit,
} from './manifest.js';
import { sqlMigrationFiles } from './migration/sql-file.js';
import { typeormFileName, typeormMigrationFile } from './migration/typeorm-file.js';
import {
  captureScript,
  type MonolithScript,
  mainSchema,
  serviceMonolithScripts,
} from './monolith/scripts.js';
import { renderReadme } from './runbook/readme.js';
import { renderRunbook } from './runbook/runbook.js';
import { sampleRowsSql } from './sample/sample-rows.js';
import { type CrossingFk, crossingFks } from './schema/crossing.js';
import { type ServiceSchema, serviceSchema } from './schema/service-schema.js';

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
    replicate: string;
    replicateReference?: string;
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

// biome-ignore lint/suspicious/noTemplateCurlyInString: a Kafka Connect config-provider reference, not a template
const DEFAULT_PASSWORD_REF = '${env:SEAM_SOURCE_PASSWORD}';

function sourceEndpoint(options: GenerateOptions): { endpoint: CaptureEndpoint; guessed: boolean } {
  const s = options.source;
  const snapshot = options.snapshot;
  const passwordRef =
    options.passwordRef !== undefined ? options.passwordRef : s && !s.password ? null : DEFAULT_PASSWORD_REF;
  if (s && sameEngine(s.dialect, snapshot.engine.dialect)) {
    return {
      endpoint: {
        dialect: s.dialect,
        flavor: snapshot.engine.flavor,
        host: s.host,
        port: s.port,
        user: s.user ?? ROLES.capture,
        database: s.database || snapshot.database,
        passwordRef,
      },
      guessed: false,
    };
  }
  return {
    endpoint: {
      dialect: snapshot.engine.dialect,
      flavor: snapshot.engine.flavor,
      host: 'localhost',
      port: engineFor(snapshot.engine.dialect).defaultPort,
      user: ROLES.capture,
      database: snapshot.database,
      passwordRef,
    },
    guessed: true,
  };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function names(tables: PlacedTable[]): TableName[] {
  return tables.map((t) => ({ schema: t.source.schema, name: t.source.name }));
}

/** The tables' names with their inheritance children's: every relation capture publishes and grants reach. */
function relations(tables: PlacedTable[]): TableName[] {
  return tables.flatMap((t) => withInheritanceChildren(t.source));
}

function header(options: GenerateOptions, service: string, what: string): string[] {
  return [
    `Generated by \`seam generate\` for service ${service}: ${what}.`,
    `Plan ${options.plan.snapshot.database} (${options.plan.snapshot.fingerprint}); schema from ${options.origin ?? options.snapshot.source ?? options.snapshot.database}. Review before running.`,
  ];
}

/** The boundary explanations of a service against every other (statements and transactions the application must change). */
function boundariesOf(editor: PlanEditor | undefined, service: string, plan: Plan): BoundaryExplanation[] {
  if (!editor) return [];
  const out: BoundaryExplanation[] = [];
  for (const other of plan.services) {
    if (other.name === service) continue;
    const b = editor.explainBoundary(service, other.name);
    if (b.fks.length || b.joins.length || b.transactions.length) out.push(b);
  }
  return out;
}

/**
 * Everything each service of the plan needs to move out of the monolith: its schema as migrations
 * (TypeORM and plain SQL, up and down), what runs on the monolith phase by phase, the Debezium
 * connector and replicator configurations, least-privilege grants, and a runbook. Pure: returns the
 * files (and the manifest `seam migrate` reads), writes nothing.
 */
export function generate(options: GenerateOptions): GenerateResult {
  const layout = layoutPlan(options.plan, options.snapshot, options);
  const commands: CommandStyle = { cli: 'pnpm seam', dir: 'out', plan: 'plan.yaml', ...options.commands };
  const { endpoint, guessed } = sourceEndpoint(options);
  const brokers = options.brokers ?? ['127.0.0.1:9092'];
  const connectUrl = options.connectUrl ?? 'http://127.0.0.1:8083';
  const timestamp = options.timestamp ?? Date.now();
  const snapshot = options.snapshot;
  const files: GeneratedFile[] = [];
  const warnings: GenerateWarning[] = [];
  const units: ManifestUnit[] = [];
  const connectors: ManifestConnector[] = [];
  const sourceDialect = snapshot.engine.dialect;
  const editor = (() => {
    try {
      return PlanEditor.open(snapshot, options.workload, options.plan);
    } catch {
      return undefined; // explanations are a help for the runbook, not a requirement
    }
  })();

  const topicsOf = (prefix: string, tables: PlacedTable[]) =>
    relations(tables).map((t) => debeziumTopic(prefix, t.schema, t.name));

  // Reference tables: one connector for all services that keep copies.
  let reference: GenerateContext['reference'] = null;
  if (layout.reference) {
    const r = layout.reference;
    const dir = SHARED_REFERENCE;
    const capturable = r.tables.filter((t) => t.source.primaryKey.length > 0);
    const script = captureScript(sourceDialect, r.capture, relations(capturable), 'the reference tables');
    units.push({
      service: SHARED_REFERENCE,
      database: 'monolith',
      dialect: sourceDialect,
      urlEnv: 'SEAM_SOURCE_URL',
      kind: 'scripts',
      migrations: [script],
    });
    const sql = sqlMigrationFiles(
      script,
      header(options, 'shared-reference', 'capture of the reference tables'),
    );
    files.push(
      { path: `${dir}/monolith/capture.up.sql`, content: sql.up },
      { path: `${dir}/monolith/capture.down.sql`, content: sql.down },
    );
    const connectorFile = `${dir}/connector.json`;
    files.push({
      path: connectorFile,
      content: json(
        connectorConfig(endpoint, r.capture, relations(capturable), mainSchema(names(capturable)), {
          brokers,
          ...(options.heartbeatMs ? { heartbeatMs: options.heartbeatMs } : {}),
        }),
      ),
    });
    connectors.push({
      service: SHARED_REFERENCE,
      name: r.capture.connector,
      file: connectorFile,
      topicPrefix: r.capture.topicPrefix,
      topics: topicsOf(r.capture.topicPrefix, capturable),
    });
    files.push({
      path: `${dir}/grants/monolith.sql`,
      content: monolithGrants(
        sourceDialect,
        'the reference tables',
        relations(capturable),
        { schema: mainSchema(names(capturable)), name: r.capture.heartbeatTable },
        relations(r.tables),
        header(options, 'shared-reference', 'least-privilege grants'),
      ),
    });
    reference = { names: r.capture, tables: capturable, connectorFile };
  }

  const context: GenerateContext = {
    options,
    layout,
    commands,
    endpoint,
    endpointGuessed: guessed,
    brokers,
    connectUrl,
    reference,
  };

  // A table two services split by columns stays on the monolith until both have moved.
  const owners = new Map<string, number>();
  for (const s of options.plan.services)
    for (const t of s.tables) owners.set(t.table, (owners.get(t.table) ?? 0) + 1);

  const summaries: ServiceSummary[] = [];
  for (const service of layout.services) {
    const dir = service.name;
    const dialect = service.target.dialect;
    const schema = serviceSchema(service, snapshot);
    for (const w of schema.warnings) warnings.push({ service: service.name, ...w });
    const crossing = crossingFks(service, snapshot, layout.placeOf);
    const replicated = service.owned.filter((t) => t.source.primaryKey.length > 0);
    const noPrimaryKey = service.owned.filter((t) => t.source.primaryKey.length === 0);
    for (const t of noPrimaryKey) {
      warnings.push({
        service: service.name,
        table: t.name,
        message: `${t.key} has no primary key: it is created but not captured or replicated (see the runbook)`,
      });
    }
    const shared = new Set(
      service.owned
        .filter((t) => (owners.get(t.key) ?? 0) > 1)
        .map((t) => `${t.source.schema}\u0000${t.source.name}`),
    );
    const monolith = serviceMonolithScripts(
      sourceDialect,
      service.name,
      service.capture,
      replicated,
      service.owned,
      crossing,
      snapshot,
      shared,
    );

    // Migrations of the service's database.
    const what = `${dialect} target`;
    const migrations = [schema.tables, schema.constraints];
    const typeorm: string[] = [];
    const sqlFiles: string[] = [];
    migrations.forEach((m, i) => {
      const ts = timestamp + i;
      const path = `${dir}/migrations/typeorm/${typeormFileName(service.name, m, ts)}`;
      files.push({
        path,
        content: typeormMigrationFile(service.name, m, ts, header(options, service.name, `${m.id}, ${what}`)),
      });
      typeorm.push(path);
      const sql = sqlMigrationFiles(m, header(options, service.name, `${m.id}, ${what}`));
      for (const [kind, content] of [
        ['up', sql.up],
        ['down', sql.down],
      ] as const) {
        const p = `${dir}/migrations/sql/${m.id}.${kind}.sql`;
        files.push({ path: p, content });
        sqlFiles.push(p);
      }
    });
    units.push({
      service: service.name,
      database: 'service',
      dialect,
      urlEnv: service.target.urlEnv,
      ...(service.target.database ? { databaseName: service.target.database } : {}),
      ...(service.target.schema ? { schema: service.target.schema } : {}),
      kind: 'chain',
      migrations,
    });
    units.push({
      service: service.name,
      database: 'monolith',
      dialect: sourceDialect,
      urlEnv: 'SEAM_SOURCE_URL',
      kind: 'scripts',
      migrations: monolith,
    });
    for (const script of monolith) {
      const sql = sqlMigrationFiles(script, header(options, service.name, `monolith script ${script.id}`));
      files.push(
        { path: `${dir}/monolith/${script.id}.up.sql`, content: sql.up },
        { path: `${dir}/monolith/${script.id}.down.sql`, content: sql.down },
      );
    }

    // Change capture and replication.
    const connectorFile = `${dir}/connector.json`;
    const capturedNames = names(replicated);
    const heartbeatSchema = capturedNames.length
      ? mainSchema(capturedNames)
      : mainSchema(names(service.owned));
    files.push({
      path: connectorFile,
      content: json(
        connectorConfig(endpoint, service.capture, relations(replicated), heartbeatSchema, {
          brokers,
          ...(options.heartbeatMs ? { heartbeatMs: options.heartbeatMs } : {}),
        }),
      ),
    });
    connectors.push({
      service: service.name,
      name: service.capture.connector,
      file: connectorFile,
      topicPrefix: service.capture.topicPrefix,
      topics: topicsOf(service.capture.topicPrefix, replicated),
    });
    const flavor = snapshot.engine.flavor;
    const replicate = `${dir}/replicate.yaml`;
    files.push({
      path: replicate,
      content: replicatorYaml(
        replicatorConfig(service, replicated, service.capture, service.groups.forward, {
          brokers,
          sourceFlavor: flavor,
        }),
        `the tables ${service.name} owns, from connector ${service.capture.connector}`,
      ),
    });
    let replicateReference: string | undefined;
    const copies = service.reference.filter((t) => t.source.primaryKey.length > 0);
    if (copies.length && reference) {
      replicateReference = `${dir}/replicate-reference.yaml`;
      files.push({
        path: replicateReference,
        content: replicatorYaml(
          replicatorConfig(service, copies, reference.names, service.groups.reference, {
            brokers,
            sourceFlavor: flavor,
          }),
          `the reference tables ${service.name} keeps copies of, from connector ${reference.names.connector}`,
        ),
      });
    }

    // Grants.
    const targetTables = [...service.owned, ...service.reference].map((t) => ({
      schema: engineFor(dialect).target.namespace(service.target.schema, service.target.database, ''),
      name: t.name,
    }));
    const grantsService = `${dir}/grants/service.sql`;
    const grantsMonolith = `${dir}/grants/monolith.sql`;
    files.push({
      path: grantsService,
      content: serviceGrants(
        dialect,
        service.name,
        targetTables,
        service.target.schema,
        header(options, service.name, 'least-privilege grants on its database'),
      ),
    });
    files.push({
      path: grantsMonolith,
      content: monolithGrants(
        sourceDialect,
        `service ${service.name}`,
        relations(replicated),
        { schema: heartbeatSchema, name: service.capture.heartbeatTable },
        relations(service.owned),
        header(options, service.name, 'least-privilege grants on the monolith'),
      ),
    });

    const artifacts: ServiceArtifacts = {
      layout: service,
      schema,
      crossing,
      monolith,
      replicated,
      noPrimaryKey,
      notCarried: notCarried(
        snapshot,
        service.owned.map((t) => t.key as TableKey),
        { checksCarried: sameEngine(dialect, sourceDialect) },
      ),
      boundaries: boundariesOf(editor, service.name, options.plan),
      files: {
        dir,
        typeorm,
        sql: sqlFiles,
        connector: connectorFile,
        replicate,
        ...(replicateReference ? { replicateReference } : {}),
        grantsService,
        grantsMonolith,
      },
    };
    const runbook = `${dir}/RUNBOOK.md`;
    files.push({ path: runbook, content: renderRunbook(artifacts, context) });
    summaries.push({
      name: service.name,
      target: service.target,
      tables: service.owned.length,
      referenceCopies: service.reference.length,
      foreignKeysKept: schema.constraints.steps.filter((s) => s.note?.startsWith('foreign key')).length,
      crossing,
      noPrimaryKey: noPrimaryKey.map((t) => t.key),
      connector: service.capture.connector,
      topicPrefix: service.capture.topicPrefix,
      groups: service.groups,
      runbook,
      notCarried: artifacts.notCarried,
    });
  }

  const manifest: GeneratedManifest = {
    format: MANIFEST_FORMAT,
    version: MANIFEST_VERSION,
    plan: {
      database: options.plan.snapshot.database,
      dialect: options.plan.snapshot.dialect,
      fingerprint: options.plan.snapshot.fingerprint,
    },
    source: { dialect: sourceDialect, flavor: snapshot.engine.flavor, database: snapshot.database },
    units,
    connectors,
  };
  if (options.sample) {
    // Rehearsal rows for the bundled sample, which has a schema and no data.
    for (const d of ['postgres', 'mysql'] as const)
      files.push({ path: `sample/rows.${d}.sql`, content: sampleRowsSql(snapshot, d) });
  }
  files.push({ path: 'README.md', content: renderReadme(summaries, context, snapshotFingerprint(snapshot)) });
  manifest.files = [...files.map((f) => f.path), MANIFEST_FILE].sort();
  files.push({ path: MANIFEST_FILE, content: json(manifest) });
  return { files, manifest, services: summaries, warnings };
}

function replicatorYaml(config: unknown, what: string): string {
  return `# seam replicate --config for ${what}. Generated by seam generate.\n${replicatorConfigToYaml(config)}`;
}
