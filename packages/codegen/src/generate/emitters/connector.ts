import { securityForFile } from '@seam/kafka/security';
import { connectorConfig, DEFAULT_COPY_CHUNK_SIZE, notificationTopic } from '../../capture/connector.js';
import { heartbeatSchema, json, relations, topicsOf } from '../relations.js';
import type { ServiceEmitter } from '../types.js';

/**
 * The service's Debezium source connector, and its manifest entry. It copies the tables through
 * incremental snapshots (chunked, resumable, while changes stream), started by a signal once it
 * streams (`seam capture start`, `seam move create`).
 */
export const connector: ServiceEmitter = (a, run) => {
  const service = a.layout;
  const schema = heartbeatSchema(a.replicated, service.owned);
  const chunkSize =
    run.options.plan.services.find((s) => s.name === service.name)?.move?.copyChunkSize ??
    DEFAULT_COPY_CHUNK_SIZE;
  const tables = relations(a.replicated);
  run.manifest.connectors.push({
    service: service.name,
    name: service.capture.connector,
    file: a.files.connector,
    topicPrefix: service.capture.topicPrefix,
    topics: topicsOf(service.capture.topicPrefix, a.replicated),
    direction: 'forward',
    copy: {
      signalTable: { schema, name: service.capture.signalTable },
      tables,
      notificationTopic: notificationTopic(service.capture),
      chunkSize,
    },
  });
  return [
    {
      path: a.files.connector,
      content: json(
        connectorConfig(run.endpoint, service.capture, tables, schema, {
          brokers: run.brokers,
          kafkaSecurity: securityForFile(run.options.kafkaSecurity),
          ...(run.options.heartbeatMs ? { heartbeatMs: run.options.heartbeatMs } : {}),
          copy: { chunkSize },
        }),
      ),
    },
  ];
};
