import { join } from 'node:path';
import { readTextFile, SeamError, validate } from '@seam/core';
import { z } from 'zod';

/**
 * seam-generate.json: what `seam generate` wrote, in the form `seam migrate` and `seam capture`
 * read back — every migration's steps (the same statements as the .sql files), where each unit's
 * database is, and each connector's file.
 */
export const MANIFEST_FORMAT = 'seam.generated';
export const MANIFEST_VERSION = 1;
export const MANIFEST_FILE = 'seam-generate.json';

const dialect = z.enum(['postgres', 'mysql']);

const stepSchema = z.object({
  sql: z.string().min(1),
  undo: z.array(z.string().min(1)),
  note: z.string().optional(),
});

const migrationSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  dialect,
  steps: z.array(stepSchema),
  irreversible: z.string().optional(),
  checksum: z.string().min(1),
  requires: z
    .object({ applied: z.array(z.string()).optional(), notApplied: z.array(z.string()).optional() })
    .optional(),
  /** capture: the tables it publishes, checked on the monolith before it runs. */
  publishes: z.array(z.object({ schema: z.string(), name: z.string() })).optional(),
  /** drop-tables: the tables it drops, refused while views read them. */
  drops: z.array(z.object({ schema: z.string(), name: z.string() })).optional(),
  /** Runs every time it is asked for, never recorded in the history (sync-sequences). */
  repeatable: z.boolean().optional(),
});
export type ManifestMigration = z.infer<typeof migrationSchema>;

const unitSchema = z.object({
  /** A service of the plan, or `shared-reference` (the connector for reference tables). */
  service: z.string().min(1),
  /** Which database the migrations run against. */
  database: z.enum(['service', 'monolith']),
  dialect,
  /** Environment variable with the database URL (SEAM_TARGET_<SERVICE>_URL or SEAM_SOURCE_URL). */
  urlEnv: z.string().min(1),
  /** Database that replaces the URL's (the plan's `target.database`). */
  databaseName: z.string().min(1).optional(),
  /** PostgreSQL schema of the unit's tables (and of its history table). */
  schema: z.string().min(1).optional(),
  /** chain: applied in order, reverted last first (`--to`); scripts: each applied or reverted by name. */
  kind: z.enum(['chain', 'scripts']),
  migrations: z.array(migrationSchema),
});
export type ManifestUnit = z.infer<typeof unitSchema>;

const connectorSchema = z.object({
  service: z.string().min(1),
  name: z.string().min(1),
  /** The config file, relative to the manifest's folder. */
  file: z.string().min(1),
  topicPrefix: z.string().min(1),
  /** Every table topic the replicators read (created up front: an empty table has none otherwise). */
  topics: z.array(z.string().min(1)),
  /** forward: on the monolith (absent in older manifests); reverse: on the service's database, streaming its writes back after a switch. */
  direction: z.enum(['forward', 'reverse']).optional(),
  /**
   * The initial copy through Debezium's incremental snapshots (the connector starts with
   * `snapshot.mode: no_data`): the signal table an `execute-snapshot` row goes into, the tables it
   * names (Debezium's data-collection ids, `schema.table` / `database.table`), and the topic the
   * connector reports progress on. Absent: the connector copies with its own `initial` snapshot.
   */
  copy: z
    .object({
      signalTable: z.object({ schema: z.string(), name: z.string() }),
      tables: z.array(z.object({ schema: z.string(), name: z.string() })),
      notificationTopic: z.string().min(1),
      chunkSize: z.number().int().positive(),
    })
    .optional(),
});
export type ManifestConnector = z.infer<typeof connectorSchema>;

const replicatorSchema = z.object({
  service: z.string().min(1),
  /** forward: monolith → service; reverse: service → monolith (after a switch). */
  direction: z.enum(['forward', 'reverse']),
  /** The service's own tables, or its copies of reference tables (forward only). */
  tables: z.enum(['owned', 'reference']),
  /** The `seam replicate --config` file, relative to the manifest's folder. */
  file: z.string().min(1),
  /** The connector whose topics it reads. */
  connector: z.string().min(1),
  group: z.string().min(1),
  deadLetterTopic: z.string().min(1),
});
export type ManifestReplicator = z.infer<typeof replicatorSchema>;

export const manifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  version: z.literal(MANIFEST_VERSION),
  plan: z.object({ database: z.string(), dialect, fingerprint: z.string() }),
  source: z.object({ dialect, flavor: z.enum(['postgresql', 'mysql', 'mariadb']), database: z.string() }),
  units: z.array(unitSchema),
  connectors: z.array(connectorSchema),
  /** The replicator configs, each with its direction (absent in older manifests). */
  replicators: z.array(replicatorSchema).optional(),
  /** Every file this run wrote, relative to the manifest's folder: the next run removes those it no longer writes. */
  files: z.array(z.string().min(1)).optional(),
});
export type GeneratedManifest = z.infer<typeof manifestSchema>;

/** Reads `<dir>/seam-generate.json`. */
export async function readManifest(dir: string): Promise<GeneratedManifest> {
  const path = join(dir, MANIFEST_FILE);
  let text: string;
  try {
    text = await readTextFile(path);
  } catch (error) {
    if (error instanceof SeamError && error.code === 'SEAM_FILE_NOT_FOUND') {
      throw new SeamError('SEAM_FILE_NOT_FOUND', `${path} does not exist.`, {
        hint: 'Point --dir at the folder `seam generate -o <dir>` wrote.',
      });
    }
    throw error;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new SeamError('SEAM_GENERATED_INVALID', `${path} is not JSON: ${(error as Error).message}.`);
  }
  return validate(manifestSchema, data, 'SEAM_GENERATED_INVALID', path);
}

/**
 * The unit `seam migrate` works on: a service's migrations (its database, `chain`), its scripts on
 * the monolith, or its scripts on its own database (`seam move`'s capture, write block, counters).
 */
export function findUnit(
  manifest: GeneratedManifest,
  service: string,
  database: ManifestUnit['database'],
  kind: ManifestUnit['kind'] = database === 'monolith' ? 'scripts' : 'chain',
): ManifestUnit {
  const unit = manifest.units.find(
    (u) => u.service === service && u.database === database && u.kind === kind,
  );
  if (!unit) {
    const names = [...new Set(manifest.units.map((u) => u.service))].join(', ');
    const side =
      database === 'monolith'
        ? 'the monolith side of '
        : kind === 'scripts'
          ? 'the service-side scripts of '
          : '';
    throw new SeamError('SEAM_USAGE', `Nothing was generated for ${side}"${service}".`, {
      hint:
        kind === 'scripts' && database === 'service'
          ? 'Generate again with this version of seam: it writes the scripts seam move needs.'
          : `Generated: ${names || 'nothing'}.`,
    });
  }
  return unit;
}
