import { tableKey } from '@seam/core';
import type { KafkaSecurity } from '@seam/kafka/security';
import { REPLICATOR_CONFIG_FORMAT, type ReplicatorConfigInput } from '@seam/replicator/config';
import { type CaptureEndpoint, type ConnectorOptions, connectorConfig } from '../capture/connector.js';
import type { PlacedTable, ServiceLayout } from '../layout/service-layout.js';
import { mainSchema } from '../monolith/scripts.js';
import { serviceTables } from './service-scripts.js';

/**
 * The reverse connector: Debezium on the service's database, for the service's moved tables and
 * its heartbeat table. It takes no initial copy (`snapshot.mode: no_data`): the monolith has every
 * row already, and only what the service writes after a switch flows back.
 */
export function reverseConnectorConfig(
  endpoint: CaptureEndpoint,
  service: ServiceLayout,
  replicated: PlacedTable[],
  namespace: string,
  options: ConnectorOptions,
): Record<string, string> {
  return {
    ...connectorConfig(endpoint, service.reverse, serviceTables(namespace, replicated), namespace, options),
    'snapshot.mode': 'no_data',
  };
}

/**
 * The reverse replicator's config: the service's tables (read from the reverse connector's topics)
 * written back into the monolith's tables — names, renames and column subsets mapped back; the
 * columns are listed, so that a column the service adds later is not carried into the monolith.
 * Its offsets table is in the monolith (created by the `reverse-offsets` script).
 */
export function reverseReplicatorConfig(
  service: ServiceLayout,
  replicated: PlacedTable[],
  namespace: string,
  options: {
    brokers: string[];
    sourceFlavor: CaptureEndpoint['flavor'];
    kafkaSecurity?: KafkaSecurity | undefined;
  },
): ReplicatorConfigInput {
  const monolith = mainSchema(
    (replicated.length ? replicated : service.owned).map((t) => ({
      schema: t.source.schema,
      name: t.source.name,
    })),
  );
  return {
    format: REPLICATOR_CONFIG_FORMAT,
    version: 1,
    service: service.name,
    kafka: {
      brokers: options.brokers,
      groupId: service.groups.reverse,
      ...(options.kafkaSecurity?.ssl ? { ssl: options.kafkaSecurity.ssl } : {}),
      ...(options.kafkaSecurity?.sasl ? { sasl: options.kafkaSecurity.sasl } : {}),
    },
    source: { topicPrefix: service.reverse.topicPrefix, flavor: options.sourceFlavor },
    target: {
      urlEnv: 'SEAM_SOURCE_URL',
      schema: monolith,
      createTables: false,
      offsetsTable: service.reverseOffsetsTable,
      // The monolith keeps its foreign keys; each table comes on its own topic (a child may come first).
      replicaSession: true,
    },
    tables: replicated.map((t) => {
      const back = Object.fromEntries(Object.entries(t.rename).map(([from, to]) => [to, from]));
      return {
        source: tableKey(namespace, t.name),
        ...(t.source.name !== t.name ? { table: t.source.name } : {}),
        ...(t.source.schema !== monolith ? { schema: t.source.schema } : {}),
        columns: t.columns.map((c) => t.rename[c] ?? c),
        ...(Object.keys(back).length ? { rename: back } : {}),
      };
    }),
    apply: { mode: 'batch', onPoison: 'dead-letter', deadLetterTopic: service.deadLetter.reverse },
  };
}
