import { createHash } from 'node:crypto';
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import {
  createDatabaseIfMissing,
  findUnit,
  type GeneratedManifest,
  MANIFEST_FILE,
  type ManifestConnector,
  type ManifestUnit,
  readManifest,
  SHARED_REFERENCE,
} from '@seam/codegen';
import { ConnectClient } from '@seam/connect';
import {
  type ConnectionSpec,
  parseConnectionUrl,
  readTextFile,
  SeamError,
  serviceUrlEnvVar,
  withDatabase,
} from '@seam/core';
import { MoveStore } from '../store/move-store.js';

/** Where a move's pieces are: flags and environment, as the CLI (or a test) gives them. */
export interface MoveOptions {
  service: string;
  /** The folder `seam generate -o` wrote. */
  dir: string;
  /** plan.yaml (verify compares the plan's tables). */
  plan?: string;
  /** The monolith (default $SEAM_SOURCE_URL). */
  source?: string;
  /** The service's database (default $SEAM_TARGET_<SERVICE>_URL). */
  target?: string;
  connectUrl?: string;
  brokers?: string[];
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
  /** `seam move <action>`, for the lock holder and application_name. */
  label?: string;
}

/** The replicator config files of a service, relative to the generated folder. */
export interface MoveFiles {
  forward: string;
  /** Its copies of reference tables (absent when it keeps none). */
  reference?: string;
}

/** Everything an action needs, resolved once. */
export interface MoveContext {
  service: string;
  dir: string;
  plan?: string;
  manifest: GeneratedManifest;
  /** sha256 of seam-generate.json: the move refuses generated files changed after create. */
  fingerprint: string;
  monolith: ConnectionSpec;
  /** The service's database (the plan's target.database applied). */
  target: ConnectionSpec;
  serviceUnit: ManifestUnit;
  monolithUnit: ManifestUnit;
  /** The shared reference connector's monolith unit, when the service keeps reference copies. */
  referenceUnit?: ManifestUnit;
  forwardConnector: ManifestConnector;
  referenceConnector?: ManifestConnector;
  files: MoveFiles;
  connect: ConnectClient;
  brokers: string[];
  env: NodeJS.ProcessEnv;
  store: MoveStore;
  log: (line: string) => void;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

function required(value: string | undefined, what: string, hint: string): ConnectionSpec {
  if (!value) throw new SeamError('SEAM_USAGE', `No ${what} database URL.`, { hint });
  return parseConnectionUrl(value);
}

/**
 * Reads the generated folder and the environment, and opens the state store in the service's
 * database (`createDatabase`: creates that database first, for create).
 */
export async function openMoveContext(
  options: MoveOptions,
  open: { createDatabase?: boolean } = {},
): Promise<MoveContext> {
  const env = options.env ?? process.env;
  const manifest = await readManifest(options.dir);
  const fingerprint = createHash('sha256')
    .update(await readTextFile(join(options.dir, MANIFEST_FILE)))
    .digest('hex');
  const serviceUnit = findUnit(manifest, options.service, 'service');
  const monolithUnit = findUnit(manifest, options.service, 'monolith');
  const forwardConnector = manifest.connectors.find((c) => c.service === options.service);
  if (!forwardConnector) {
    throw new SeamError('SEAM_GENERATED_INVALID', `No connector was generated for "${options.service}".`);
  }
  const referenceFile = join(options.service, 'replicate-reference.yaml');
  const hasReference = await exists(join(options.dir, referenceFile));
  const referenceConnector = hasReference
    ? manifest.connectors.find((c) => c.service === SHARED_REFERENCE)
    : undefined;
  const referenceUnit = referenceConnector
    ? manifest.units.find((u) => u.service === SHARED_REFERENCE && u.database === 'monolith')
    : undefined;
  const monolith = required(
    options.source ?? env[monolithUnit.urlEnv],
    'monolith',
    `Set ${monolithUnit.urlEnv} or pass --source.`,
  );
  let target = required(
    options.target ?? env[serviceUnit.urlEnv] ?? env[serviceUrlEnvVar(options.service)],
    `service ${options.service}`,
    `Set ${serviceUnit.urlEnv} or pass --target.`,
  );
  if (serviceUnit.databaseName) target = withDatabase(target, serviceUnit.databaseName);
  if (open.createDatabase) await createDatabaseIfMissing(target);
  const store = await MoveStore.open({
    spec: target,
    service: options.service,
    label: options.label ?? 'seam move',
  });
  return {
    service: options.service,
    dir: options.dir,
    ...(options.plan ? { plan: options.plan } : {}),
    manifest,
    fingerprint,
    monolith,
    target,
    serviceUnit,
    monolithUnit,
    ...(referenceUnit ? { referenceUnit } : {}),
    forwardConnector,
    ...(referenceConnector ? { referenceConnector } : {}),
    files: {
      forward: join(options.service, 'replicate.yaml'),
      ...(referenceConnector ? { reference: referenceFile } : {}),
    },
    connect: new ConnectClient(options.connectUrl ?? env.SEAM_CONNECT_URL ?? 'http://127.0.0.1:8083'),
    brokers: options.brokers ?? (env.SEAM_KAFKA_BROKERS ?? '127.0.0.1:9092').split(','),
    env,
    store,
    log: options.log ?? (() => {}),
  };
}

/** Refuses generated files that differ from the ones the move was created from. */
export function checkFingerprint(
  ctx: Pick<MoveContext, 'fingerprint' | 'service' | 'dir'>,
  recorded?: string,
): void {
  if (recorded === undefined || recorded === ctx.fingerprint) return;
  throw new SeamError(
    'SEAM_MOVE_CHANGED',
    `The generated files in ${ctx.dir} changed since the move of ${ctx.service} was created (${recorded.slice(0, 12)}… then, ${ctx.fingerprint.slice(0, 12)}… now).`,
    {
      hint: `Restore the files the move was created from (git), or \`seam move cancel --service ${ctx.service} --dir ${ctx.dir}\` and create it again.`,
    },
  );
}
