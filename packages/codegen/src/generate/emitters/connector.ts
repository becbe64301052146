import { securityForFile } from '@seam/kafka/security';
import { connectorConfig } from '../../capture/connector.js';
import { heartbeatSchema, json, relations, topicsOf } from '../relations.js';
import type { ServiceEmitter } from '../types.js';

/** The service's Debezium source connector, and its manifest entry. */
export const connector: ServiceEmitter = (a, run) => {
  const service = a.layout;
  run.manifest.connectors.push({
    service: service.name,
    name: service.capture.connector,
    file: a.files.connector,
    topicPrefix: service.capture.topicPrefix,
    topics: topicsOf(service.capture.topicPrefix, a.replicated),
    direction: 'forward',
  });
  return [
    {
      path: a.files.connector,
      content: json(
        connectorConfig(
          run.endpoint,
          service.capture,
          relations(a.replicated),
          heartbeatSchema(a.replicated, service.owned),
          {
            brokers: run.brokers,
            kafkaSecurity: securityForFile(run.options.kafkaSecurity),
            ...(run.options.heartbeatMs ? { heartbeatMs: run.options.heartbeatMs } : {}),
          },
        ),
      ),
    },
  ];
};
