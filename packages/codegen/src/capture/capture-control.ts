import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type ConnectClient, type ConnectorStatus, validationErrors } from '@seam/connect';
import { readTextFile, SeamError } from '@seam/core';
import { checkKafkaAccess, createKafkaClient, kafkaError } from '@seam/kafka';
import { deadLetterTopicOf, groupIdOf, readReplicatorConfigFile } from '@seam/replicator/config';
import type { Admin } from 'kafkajs';
import type { GeneratedManifest, ManifestConnector } from '../manifest.js';

export interface CaptureControlOptions {
  connect: ConnectClient;
  /** The service's forward connector (on the monolith, the default) or its reverse one (on its database). */
  direction?: 'forward' | 'reverse';
  brokers: string[];
  onProgress?: (message: string) => void;
  timeoutMs?: number;
}

export interface CaptureStartReport {
  connector: string;
  createdTopics: string[];
  state: string;
}

export function findConnector(
  manifest: GeneratedManifest,
  service: string,
  direction: 'forward' | 'reverse' = 'forward',
): ManifestConnector {
  const c = manifest.connectors.find(
    (x) => x.service === service && (x.direction ?? 'forward') === direction,
  );
  if (!c) {
    throw new SeamError(
      'SEAM_USAGE',
      `No ${direction === 'reverse' ? 'reverse ' : ''}connector was generated for "${service}".`,
      {
        hint:
          direction === 'reverse' && manifest.connectors.some((x) => x.service === service)
            ? 'Generate again with this version of seam: it writes the reverse connector seam move needs.'
            : `Generated: ${manifest.connectors.map((x) => x.service).join(', ') || 'none'}.`,
      },
    );
  }
  return c;
}

/** The connector config as generated; refuses one in which someone wrote a literal password. */
export async function readConnectorConfig(
  dir: string,
  c: ManifestConnector,
): Promise<Record<string, string>> {
  const path = join(dir, c.file);
  let config: Record<string, string>;
  try {
    config = JSON.parse(await readTextFile(path)) as Record<string, string>;
  } catch (error) {
    if (error instanceof SeamError) throw error;
    throw new SeamError('SEAM_GENERATED_INVALID', `${path} is not JSON: ${(error as Error).message}.`);
  }
  const password = config['database.password'];
  if (password !== undefined && !/^\$\{[^}]+\}$/.test(password)) {
    throw new SeamError('SEAM_CREDENTIALS_IN_FILE', `${path} holds a literal database.password.`, {
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a Kafka Connect config-provider reference
      hint: 'Use a Kafka Connect config-provider reference such as ${env:SEAM_SOURCE_PASSWORD} instead.',
    });
  }
  return config;
}

async function kafkaAdmin(brokers: string[]): Promise<Admin> {
  await checkKafkaAccess({ clientId: 'seam-capture', brokers });
  const kafka = createKafkaClient({ clientId: 'seam-capture', brokers });
  const admin = kafka.admin();
  try {
    await admin.connect();
  } catch (error) {
    throw kafkaError(error, brokers);
  }
  return admin;
}

async function createTopics(brokers: string[], topics: string[]): Promise<string[]> {
  const admin = await kafkaAdmin(brokers);
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((t) => !existing.has(t));
    if (missing.length) {
      // numPartitions -1: the broker's default, as Debezium's own topic creation would use.
      await admin.createTopics({ topics: missing.map((topic) => ({ topic })), waitForLeaders: true });
    }
    return missing;
  } finally {
    await admin.disconnect();
  }
}

/**
 * Starts a generated connector: Connect validates its config, the table topics are created up front
 * (an empty table has no topic until its first change, and the replicator waits for every one),
 * then the connector is created (or updated) and awaited until it and its task run.
 */
export async function startCapture(
  manifest: GeneratedManifest,
  dir: string,
  service: string,
  options: CaptureControlOptions,
): Promise<CaptureStartReport> {
  const log = options.onProgress ?? (() => {});
  const c = findConnector(manifest, service, options.direction);
  const config = await readConnectorConfig(dir, c);
  log(`validating ${c.name} with Kafka Connect`);
  const result = await options.connect.validate(config['connector.class'] ?? '', { name: c.name, ...config });
  const errors = validationErrors(result);
  if (errors.length) {
    throw new SeamError('SEAM_CONNECT_FAILED', `Kafka Connect refuses ${c.name}: ${errors.join('; ')}`);
  }
  log(`creating ${c.topics.length} table topic(s) under ${c.topicPrefix}`);
  const createdTopics = await createTopics(options.brokers, c.topics);
  log(`registering ${c.name}`);
  await options.connect.put(c.name, config);
  const status = await options.connect.waitRunning(c.name, options.timeoutMs);
  return { connector: c.name, createdTopics, state: status.connector.state };
}

/** The consumer groups and dead-letter topics of the generated replicators that read a connector's topics. */
async function replicatorsOf(
  dir: string,
  topicPrefix: string,
): Promise<{ groups: string[]; deadLetter: string[] }> {
  const groups = new Set<string>();
  const deadLetter = new Set<string>();
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    for (const file of await readdir(join(dir, entry.name))) {
      if (!/^replicate.*\.yaml$/u.test(file)) continue;
      const config = await readReplicatorConfigFile(join(dir, entry.name, file));
      if (config.source.topicPrefix !== topicPrefix) continue;
      groups.add(groupIdOf(config));
      deadLetter.add(deadLetterTopicOf(config));
    }
  }
  return { groups: [...groups], deadLetter: [...deadLetter] };
}

/**
 * Deletes a generated connector; with `deleteTopics`, also every topic it wrote (its tables', its
 * transaction metadata, heartbeats and schema history) and, given the generated folder, the
 * dead-letter topics and consumer groups of the replicators that read them: starting again then
 * begins from nothing.
 */
export async function stopCapture(
  manifest: GeneratedManifest,
  service: string,
  options: Pick<CaptureControlOptions, 'connect' | 'brokers' | 'direction'> & {
    deleteTopics?: boolean;
    dir?: string;
  },
): Promise<{ connector: string; deletedTopics: string[]; deletedGroups: string[] }> {
  const c = findConnector(manifest, service, options.direction);
  await options.connect.delete(c.name);
  if (!options.deleteTopics) return { connector: c.name, deletedTopics: [], deletedGroups: [] };
  const replicators = options.dir
    ? await replicatorsOf(options.dir, c.topicPrefix)
    : { groups: [], deadLetter: [] };
  const admin = await kafkaAdmin(options.brokers);
  try {
    const existing = await admin.listTopics();
    const mine = existing.filter(
      (t) =>
        t.startsWith(`${c.topicPrefix}.`) ||
        t === `__debezium-heartbeat.${c.topicPrefix}` ||
        replicators.deadLetter.includes(t),
    );
    if (mine.length) await admin.deleteTopics({ topics: mine });
    const known = new Set((await admin.listGroups()).groups.map((g) => g.groupId));
    const groups = replicators.groups.filter((g) => known.has(g));
    if (groups.length) {
      try {
        await admin.deleteGroups(groups);
      } catch (error) {
        throw new SeamError(
          'SEAM_USAGE',
          `The topics are deleted, but the consumer groups ${groups.join(', ')} could not be: ${(error as Error).message}.`,
          {
            hint: 'Stop the replicators of these groups first (a group with members cannot be deleted), then run this again.',
          },
        );
      }
    }
    return { connector: c.name, deletedTopics: mine.sort(), deletedGroups: groups.sort() };
  } finally {
    await admin.disconnect();
  }
}

export async function captureStatus(
  manifest: GeneratedManifest,
  service: string,
  options: Pick<CaptureControlOptions, 'connect' | 'direction'>,
): Promise<{ connector: string; status: ConnectorStatus | null }> {
  const c = findConnector(manifest, service, options.direction);
  try {
    return { connector: c.name, status: await options.connect.status(c.name) };
  } catch (error) {
    if (error instanceof SeamError && error.details.status === 404)
      return { connector: c.name, status: null };
    throw error;
  }
}
