import { captureStatus, findConnector, readManifest, startCapture, stopCapture } from '@seam/codegen';
import { ConnectClient } from '@seam/connect';
import { describeCopyTable, initialCopyProgress, sendCopySignal } from '@seam/move';
import type { Command } from 'commander';
import { type GlobalOptions, printResult, progress } from '../output.js';
import { list, sourceConnection } from './source.js';

interface CaptureOptions {
  dir: string;
  service: string;
  connect: string;
  kafka: string;
  deleteTopics?: boolean;
  timeout?: string;
  reverse?: boolean;
  source?: string;
}

function shared(command: Command): Command {
  return command
    .requiredOption('--dir <dir>', 'the folder `seam generate -o` wrote')
    .requiredOption('--service <name>', 'whose connector (a service, or shared-reference)')
    .option(
      '--connect <url>',
      'Kafka Connect REST URL',
      process.env.SEAM_CONNECT_URL ?? 'http://127.0.0.1:8083',
    )
    .option(
      '--kafka <brokers>',
      'Kafka bootstrap servers',
      process.env.SEAM_KAFKA_BROKERS ?? '127.0.0.1:9092',
    )
    .option('--reverse', "the service's reverse connector (on its own database, for seam move) instead");
}

const direction = (options: CaptureOptions) => (options.reverse ? { direction: 'reverse' as const } : {});

export function registerCapture(program: Command): void {
  const capture = program
    .command('capture')
    .description('start, stop or check the Debezium connector `seam generate` wrote for a service');

  shared(capture.command('start'))
    .description(
      "validate the connector config, create its table topics, register it, wait until it runs, then start the initial copy (a service's connector: Debezium's incremental snapshot, one signal)",
    )
    .option('--timeout <s>', 'how long to wait for the connector to run, then to stream (default 120)')
    .option('--source <url>', 'the monolith, where the copy signal goes (default $SEAM_SOURCE_URL)')
    .action(async (options: CaptureOptions, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>();
      const manifest = await readManifest(options.dir);
      const connect = new ConnectClient(options.connect);
      const timeoutMs = options.timeout ? Number(options.timeout) * 1000 : undefined;
      const started = await startCapture(manifest, options.dir, options.service, {
        connect,
        brokers: list(options.kafka) ?? [],
        onProgress: (m) => progress(global, m),
        ...direction(options),
        ...(timeoutMs ? { timeoutMs } : {}),
      });
      const connector = findConnector(manifest, options.service, options.reverse ? 'reverse' : 'forward');
      // A connector that copies through incremental snapshots gets its signal now: the same
      // step as `seam move create`'s initial-copy (sent once; a re-run sends nothing).
      const copy =
        connector.copy && !options.reverse
          ? await sendCopySignal({
              connector,
              monolith: sourceConnection(options.source),
              connect,
              log: (m) => progress(global, m),
              ...(timeoutMs ? { timeoutMs } : {}),
            })
          : undefined;
      const report = { ...started, ...(copy ? { copy } : {}) };
      printResult(
        global,
        report,
        () =>
          `${report.connector} is ${report.state}${report.createdTopics.length ? ` (created ${report.createdTopics.length} topic(s))` : ''}${copy ? `; initial copy: ${copy.detail}` : ''}; start the replicator next.`,
      );
    });

  shared(capture.command('stop'))
    .description(
      'delete the connector (its replication slot stays until `seam migrate --monolith capture --down`)',
    )
    .option(
      '--delete-topics',
      'also delete every topic it wrote, the replicators’ dead-letter topics and consumer groups: start again from nothing',
    )
    .action(async (options: CaptureOptions, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>();
      const manifest = await readManifest(options.dir);
      const report = await stopCapture(manifest, options.service, {
        connect: new ConnectClient(options.connect),
        brokers: list(options.kafka) ?? [],
        ...(options.deleteTopics ? { deleteTopics: true, dir: options.dir } : {}),
        ...direction(options),
      });
      printResult(
        global,
        report,
        () =>
          `${report.connector} deleted${report.deletedTopics.length ? `, with ${report.deletedTopics.length} topic(s)` : ''}${report.deletedGroups.length ? ` and the consumer group(s) ${report.deletedGroups.join(', ')}` : ''}.`,
      );
    });

  shared(capture.command('status'))
    .description("the connector's state and its task's")
    .action(async (options: CaptureOptions, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>();
      const manifest = await readManifest(options.dir);
      const status = await captureStatus(manifest, options.service, {
        connect: new ConnectClient(options.connect),
        ...direction(options),
      });
      const connector = findConnector(manifest, options.service, options.reverse ? 'reverse' : 'forward');
      const copy = status.status
        ? await initialCopyProgress(connector, list(options.kafka) ?? [])
        : undefined;
      const report = { ...status, ...(copy ? { copy } : {}) };
      printResult(global, report, () =>
        [
          report.status
            ? `${report.connector}: ${report.status.connector.state}; tasks ${report.status.tasks.map((t) => t.state).join(', ') || 'none'}`
            : `${report.connector}: not registered`,
          ...(copy
            ? [
                `initial copy: ${copy.state}${copy.starts > 1 ? ` (started ${copy.starts} times)` : ''}`,
                ...copy.tables.map((t) => `  ${describeCopyTable(t)}`),
              ]
            : []),
        ].join('\n'),
      );
    });
}
