import { SeamError } from '@seam/core';
import { derivedName } from '@seam/ddl';

/**
 * The names generation gives to what it creates outside the tables: connectors, replication slots,
 * publications, topic prefixes, consumer groups, heartbeat tables. Derived from service names
 * (lower case letters, digits, - and _), so they are plain identifiers; PostgreSQL slot names allow
 * only [a-z0-9_] and 63 bytes.
 */
export interface CaptureNames {
  /** Kafka Connect connector name. */
  connector: string;
  /** PostgreSQL replication slot (and publication) name; MariaDB: unused. */
  slot: string;
  publication: string;
  /** Debezium topic.prefix: topics are `<prefix>.<schema>.<table>`. */
  topicPrefix: string;
  /** Table the connector's heartbeat query writes, so its offset moves when captured tables are quiet. */
  heartbeatTable: string;
  /**
   * Debezium's signal table beside the heartbeat table: an `execute-snapshot` row starts the
   * incremental initial copy, and the connector writes its chunk watermarks there.
   */
  signalTable: string;
}

export const SHARED_REFERENCE = 'shared-reference';

function ident(name: string): string {
  return name.replace(/-/g, '_');
}

/** A prefix for every generated name: lower case letters, digits, _ and -, starting with a letter. */
export const NAME_PREFIX = /^[a-z][a-z0-9_-]{0,29}$/;

/** `seam` + `orders` → connector seam-orders, slot seam_orders, topics seam.orders.<schema>.<table>. */
export function captureNames(prefix: string, unit: string): CaptureNames {
  if (!NAME_PREFIX.test(prefix)) {
    throw new SeamError(
      'SEAM_USAGE',
      `The name prefix "${prefix}" is not usable in slot, topic and connector names.`,
      {
        hint: 'Use lower case letters, digits, _ and -, starting with a letter (at most 30).',
      },
    );
  }
  const slot = derivedName('postgres', [ident(prefix), ident(unit)]);
  return {
    connector: `${prefix}-${unit}`,
    slot,
    publication: slot,
    topicPrefix: `${prefix}.${unit}`,
    heartbeatTable: derivedName('postgres', [ident(prefix), 'heartbeat', ident(unit)]),
    signalTable: derivedName('postgres', [ident(prefix), 'signal', ident(unit)]),
  };
}

/**
 * The reverse replicator's offsets table in the monolith: one per service (created and dropped by
 * its `reverse-offsets` script), as several services' tables may share a schema.
 */
export function reverseOffsetsTable(prefix: string, service: string): string {
  return derivedName('postgres', [ident(prefix), 'offsets', ident(service)]);
}

/** Collects generated names and refuses two equal ones (a service named like another's derived name). */
export class NameRegistry {
  readonly #seen = new Map<string, string>();

  add(kind: string, name: string, owner: string): string {
    const key = `${kind}\u0000${name}`;
    const other = this.#seen.get(key);
    if (other !== undefined && other !== owner) {
      throw new SeamError(
        'SEAM_PLAN_INVALID',
        `The ${kind} name "${name}" would be used for both ${other} and ${owner}.`,
        { hint: 'Rename one of the services in plan.yaml (seam plan), then generate again.' },
      );
    }
    this.#seen.set(key, owner);
    return name;
  }

  addCapture(names: CaptureNames, owner: string): CaptureNames {
    this.add('connector', names.connector, owner);
    this.add('replication slot', names.slot, owner);
    this.add('topic prefix', names.topicPrefix, owner);
    this.add('heartbeat table', names.heartbeatTable, owner);
    this.add('signal table', names.signalTable, owner);
    return names;
  }
}
