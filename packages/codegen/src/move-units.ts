import { SeamError } from '@seam/core';
import type { GeneratedManifest, ManifestConnector, ManifestReplicator, ManifestUnit } from './manifest.js';
import { findUnit } from './manifest.js';

/** One direction of a service's replication: the connector, its topics and the replicator reading them. */
export interface MoveDirection {
  connector: ManifestConnector;
  replicator: ManifestReplicator;
}

/**
 * Everything `seam move` drives for one service, found by role in the manifest rather than by
 * name: both directions' connectors (topics, prefix, config file) and replicators (config file,
 * consumer group, dead-letter topic), the reference copies' replicator when it keeps any, and the
 * units of migrations and scripts on each side.
 */
export interface MoveUnits {
  service: string;
  forward: MoveDirection;
  reverse: MoveDirection;
  /** The reference copies' replicator and the shared connector it reads, when the service keeps copies. */
  reference?: MoveDirection;
  /** The service's migrations (001_tables, 002_constraints) on its database. */
  migrations: ManifestUnit;
  /** Its scripts on the monolith: capture, block-writes, drop-foreign-keys, drop-tables, sync-sequences, reverse-offsets. */
  monolith: ManifestUnit;
  /** Its scripts on its own database: capture (reverse), block-writes, sync-sequences. */
  serviceScripts: ManifestUnit;
}

function stale(service: string, what: string): SeamError {
  return new SeamError('SEAM_GENERATED_INVALID', `The generated folder has no ${what} for "${service}".`, {
    hint: 'Generate again with this version of seam (seam generate): it writes both directions seam move needs.',
  });
}

/** Both directions of a service's move, as `seam generate` wrote them. */
export function moveUnits(manifest: GeneratedManifest, service: string): MoveUnits {
  const migrations = findUnit(manifest, service, 'service', 'chain');
  const replicators = manifest.replicators ?? [];
  const direction = (
    dir: 'forward' | 'reverse',
    tables: 'owned' | 'reference',
  ): MoveDirection | undefined => {
    const replicator = replicators.find(
      (r) => r.service === service && r.direction === dir && r.tables === tables,
    );
    if (!replicator) return undefined;
    const connector = manifest.connectors.find((c) => c.name === replicator.connector);
    if (!connector) throw stale(service, `connector ${replicator.connector}`);
    return { connector, replicator };
  };
  const forward = direction('forward', 'owned');
  const reverse = direction('reverse', 'owned');
  if (!forward) throw stale(service, 'forward replicator');
  if (!reverse) throw stale(service, 'reverse replicator');
  const reference = direction('forward', 'reference');
  const monolith = findUnit(manifest, service, 'monolith', 'scripts');
  let serviceScripts: ManifestUnit;
  try {
    serviceScripts = findUnit(manifest, service, 'service', 'scripts');
  } catch {
    throw stale(service, 'scripts on the service database');
  }
  return {
    service,
    forward,
    reverse,
    ...(reference ? { reference } : {}),
    migrations,
    monolith,
    serviceScripts,
  };
}
