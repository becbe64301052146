import { inheritanceChildren, tableKey } from '@seam/core';
import type { KafkaSecurity } from '@seam/kafka/security';
import { REPLICATOR_CONFIG_FORMAT, type ReplicatorConfigInput } from '@seam/replicator/config';
import { engineFor } from '../engine.js';
import type { CaptureNames } from '../layout/names.js';
import type { PlacedTable, ServiceLayout } from '../layout/service-layout.js';

export interface ReplicatorConfigOptions {
  brokers: string[];
  sourceFlavor: 'postgresql' | 'mysql' | 'mariadb';
  /** kafka.ssl / kafka.sasl (files and variable names only, see securityForFile). */
  kafkaSecurity?: KafkaSecurity | undefined;
}

/**
 * A `seam replicate --config` file for some of a service's tables, read from one connector's topics.
 * Tables are created by `seam migrate`, never by the replicator (createTables: false): a missing one
 * stops it with SEAM_REPL_TABLE_MISSING instead of appearing with another shape.
 */
export function replicatorConfig(
  service: ServiceLayout,
  tables: PlacedTable[],
  names: CaptureNames,
  group: string,
  options: ReplicatorConfigOptions,
): ReplicatorConfigInput {
  const target = service.target;
  const schema = engineFor(target.dialect).target.configNamespace(target.schema, target.database);
  const reference = tables.some((t) => t.kind === 'reference');
  return {
    format: REPLICATOR_CONFIG_FORMAT,
    version: 1,
    service: service.name,
    kafka: {
      brokers: options.brokers,
      groupId: group,
      ...(options.kafkaSecurity?.ssl ? { ssl: options.kafkaSecurity.ssl } : {}),
      ...(options.kafkaSecurity?.sasl ? { sasl: options.kafkaSecurity.sasl } : {}),
    },
    source: { topicPrefix: names.topicPrefix, flavor: options.sourceFlavor },
    target: {
      urlEnv: target.urlEnv,
      ...(schema ? { schema } : {}),
      createTables: false,
    },
    tables: tables.flatMap((t) => {
      const rename = Object.keys(t.rename).length ? { rename: t.rename } : {};
      return [
        {
          source: t.key,
          ...(t.name !== t.source.name ? { table: t.name } : {}),
          ...(t.columns.length !== t.source.columns.length ? { columns: t.columns } : {}),
          ...rename,
        },
        // Rows routed into an inheritance child (rules, triggers) arrive on the child's topic and
        // belong to the parent's one target table; a child's own extra columns are not carried.
        ...inheritanceChildren(t.source).map((c) => ({
          source: tableKey(c.schema, c.name),
          table: t.name,
          columns: [...t.columns],
          ...rename,
        })),
      ];
    }),
    apply: {
      mode: 'batch',
      onPoison: 'dead-letter',
      deadLetterTopic: reference ? service.deadLetter.reference : service.deadLetter.forward,
    },
  };
}
