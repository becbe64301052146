import { securityForFile } from '@seam/kafka/security';
import { debeziumTopic } from '@seam/replicator/config';
import { reverseConnectorConfig } from '../../reverse/reverse-config.js';
import { json } from '../relations.js';
import type { ServiceEmitter } from '../types.js';

/** The reverse connector (Debezium on the service's database), and its manifest entry. */
export const reverseConnector: ServiceEmitter = (a, run) => {
  const service = a.layout;
  const { endpoint, namespace } = a.reverse;
  run.manifest.connectors.push({
    service: service.name,
    name: service.reverse.connector,
    file: a.files.connectorReverse,
    topicPrefix: service.reverse.topicPrefix,
    topics: a.replicated.map((t) => debeziumTopic(service.reverse.topicPrefix, namespace, t.name)),
    direction: 'reverse',
  });
  return [
    {
      path: a.files.connectorReverse,
      content: json(
        reverseConnectorConfig(endpoint, service, a.replicated, namespace, {
          brokers: run.brokers,
          kafkaSecurity: securityForFile(run.options.kafkaSecurity),
          ...(run.options.heartbeatMs ? { heartbeatMs: run.options.heartbeatMs } : {}),
        }),
      ),
    },
  ];
};
