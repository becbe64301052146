import { connector } from './generate/emitters/connector.js';
import { grants } from './generate/emitters/grants.js';
import { manifest } from './generate/emitters/manifest.js';
import { migrations } from './generate/emitters/migrations.js';
import { monolithScripts } from './generate/emitters/monolith-scripts.js';
import { readme } from './generate/emitters/readme.js';
import { referenceCapture } from './generate/emitters/reference-capture.js';
import { referenceConnector } from './generate/emitters/reference-connector.js';
import { referenceGrants } from './generate/emitters/reference-grants.js';
import { replicatorConfigs } from './generate/emitters/replicator-configs.js';
import { reverseConnector } from './generate/emitters/reverse-connector.js';
import { runbook } from './generate/emitters/runbook.js';
import { sampleRows } from './generate/emitters/sample-rows.js';
import { serviceScripts } from './generate/emitters/service-scripts.js';
import { startRun } from './generate/run-context.js';
import { serviceArtifacts } from './generate/service-artifacts.js';
import { serviceSummary } from './generate/summary.js';
import type { Emitter, GenerateOptions, GenerateResult, ServiceEmitter } from './generate/types.js';

export type {
  CommandStyle,
  GenerateContext,
  GeneratedFile,
  GenerateOptions,
  GenerateResult,
  GenerateWarning,
  ServiceArtifacts,
  ServiceSummary,
} from './generate/types.js';

/** What the reference tables' shared capture needs, before any service (their runbooks point at it). */
const REFERENCE: Emitter[] = [referenceCapture, referenceConnector, referenceGrants];

/** What each service needs, in the order its files are listed. */
const PER_SERVICE: ServiceEmitter[] = [
  migrations,
  monolithScripts,
  serviceScripts,
  connector,
  reverseConnector,
  replicatorConfigs,
  grants,
  runbook,
];

/** What the whole output folder needs, after the services; the manifest last, as it lists every file. */
const FINALLY: Emitter[] = [sampleRows, readme, manifest];

/**
 * Everything each service of the plan needs to move out of the monolith: its schema as migrations
 * (TypeORM and plain SQL, up and down), what runs on the monolith phase by phase, the Debezium
 * connector and replicator configurations, least-privilege grants, and a runbook. Pure: returns the
 * files (and the manifest `seam migrate` reads), writes nothing.
 */
export function generate(options: GenerateOptions): GenerateResult {
  const run = startRun(options);
  for (const emit of REFERENCE) run.files.push(...emit(run));
  for (const service of run.layout.services) {
    const artifacts = serviceArtifacts(service, run);
    for (const emit of PER_SERVICE) run.files.push(...emit(artifacts, run));
    run.summaries.push(serviceSummary(artifacts));
  }
  for (const emit of FINALLY) run.files.push(...emit(run));
  return { files: run.files, manifest: run.manifest, services: run.summaries, warnings: run.warnings };
}
