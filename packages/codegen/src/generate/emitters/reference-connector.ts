import { securityForFile } from '@seam/kafka/security';
import { connectorConfig } from '../../capture/connector.js';
import { SHARED_REFERENCE } from '../../layout/names.js';
import { mainSchema } from '../../monolith/scripts.js';
import { json, names, relations, topicsOf } from '../relations.js';
import type { Emitter } from '../types.js';

/** The Debezium connector every service's reference copies are read from. */
export const referenceConnector: Emitter = (run) => {
  const reference = run.reference;
  if (!reference) return [];
  const capturable = reference.tables;
  run.manifest.connectors.push({
    service: SHARED_REFERENCE,
    name: reference.names.connector,
    file: reference.connectorFile,
    topicPrefix: reference.names.topicPrefix,
    topics: topicsOf(reference.names.topicPrefix, capturable),
    direction: 'forward',
  });
  return [
    {
      path: reference.connectorFile,
      content: json(
        connectorConfig(run.endpoint, reference.names, relations(capturable), mainSchema(names(capturable)), {
          brokers: run.brokers,
          kafkaSecurity: securityForFile(run.options.kafkaSecurity),
          ...(run.options.heartbeatMs ? { heartbeatMs: run.options.heartbeatMs } : {}),
        }),
      ),
    },
  ];
};
