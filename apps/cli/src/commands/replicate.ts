import { homedir } from 'node:os';
import { join } from 'node:path';
import {
  printable,
  printableLines,
  readPlanFile,
  readSnapshotFile,
  type SchemaSnapshot,
  SeamError,
} from '@seam/core';
import {
  configFromPlan,
  createLogger,
  parseReplicatorConfig,
  Replicator,
  type ReplicatorConfig,
  type ReplicatorConfigInput,
  readReplicatorConfigFile,
  replicatorConfigToYaml,
} from '@seam/replicator';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { EXIT, type GlobalOptions, reportError, toJsonText } from '../output.js';
import { LiveScreen, renderStatus } from './replicate-screen.js';

interface ReplicateOptions {
  config?: string;
  plan?: string;
  service?: string;
  topicPrefix?: string;
  target?: string;
  snapshot?: string;
  kafka?: string;
  group?: string;
  mode?: 'batch' | 'transaction';
  maxBatch?: number;
  concurrency?: number;
  decodeThreads?: number;
  onPoison?: 'dead-letter' | 'fail';
  deadLetterTopic?: string;
  onSchemaChange?: 'apply' | 'stop';
  createTables: boolean;
  metricsPort?: number;
  metricsHost?: string;
  sessionTimeout?: number;
  topicWait?: number;
  logFile?: string;
  logLevel?: string;
  untilCaughtUp?: boolean;
  printConfig?: boolean;
}

const int = (name: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`${name} must be a whole number.`);
  return n;
};

/** Flags override the file/plan: only what was given on the command line. */
function overrides(o: ReplicateOptions): Partial<ReplicatorConfigInput> {
  const kafka = {
    ...(o.kafka ? { brokers: o.kafka.split(',').map((b) => b.trim()) } : {}),
    ...(o.group ? { groupId: o.group } : {}),
    ...(o.sessionTimeout !== undefined ? { sessionTimeoutMs: o.sessionTimeout } : {}),
  };
  const apply = {
    ...(o.mode ? { mode: o.mode } : {}),
    ...(o.maxBatch !== undefined ? { maxBatchEvents: o.maxBatch } : {}),
    ...(o.concurrency !== undefined ? { concurrency: o.concurrency } : {}),
    ...(o.decodeThreads !== undefined ? { decodeThreads: o.decodeThreads } : {}),
    ...(o.onPoison ? { onPoison: o.onPoison } : {}),
    ...(o.deadLetterTopic ? { deadLetterTopic: o.deadLetterTopic } : {}),
    ...(o.onSchemaChange ? { onSchemaChange: o.onSchemaChange } : {}),
    ...(o.topicWait !== undefined ? { topicWaitMs: o.topicWait } : {}),
  };
  const metrics = {
    ...(o.metricsPort !== undefined ? { port: o.metricsPort } : {}),
    ...(o.metricsHost ? { host: o.metricsHost } : {}),
  };
  return {
    ...(Object.keys(kafka).length ? { kafka } : {}),
    ...(Object.keys(apply).length ? { apply } : {}),
    ...(Object.keys(metrics).length ? { metrics } : {}),
    ...(o.createTables === false ? { target: { createTables: false } } : {}),
    ...(o.snapshot ? { snapshot: o.snapshot } : {}),
  };
}

function merge(base: ReplicatorConfigInput, extra: Partial<ReplicatorConfigInput>): ReplicatorConfigInput {
  return {
    ...base,
    ...extra,
    kafka: { ...base.kafka, ...extra.kafka },
    apply: { ...base.apply, ...extra.apply },
    metrics: { ...base.metrics, ...extra.metrics },
    target: { ...base.target, ...extra.target },
  } as ReplicatorConfigInput;
}

async function loadConfig(o: ReplicateOptions): Promise<ReplicatorConfig> {
  const defaults: Partial<ReplicatorConfigInput> = process.env.SEAM_KAFKA_BROKERS
    ? { kafka: { brokers: process.env.SEAM_KAFKA_BROKERS.split(',') } }
    : {};
  if (o.config) {
    if (o.plan) throw new SeamError('SEAM_USAGE', 'Give either --config or --plan, not both.');
    const file = await readReplicatorConfigFile(o.config);
    return parseReplicatorConfig(merge(file as ReplicatorConfigInput, overrides(o)), o.config);
  }
  if (!o.plan || !o.service || !o.topicPrefix) {
    throw new SeamError(
      'SEAM_USAGE',
      'seam replicate needs --config <file>, or --plan <plan.yaml> with --service <name> and --topic-prefix <prefix>.',
    );
  }
  const plan = await readPlanFile(o.plan);
  const input = configFromPlan(plan, o.service, { topicPrefix: o.topicPrefix });
  return parseReplicatorConfig(merge(merge(input, defaults), overrides(o)), 'The configuration');
}

function defaultLogFile(service: string): string {
  const state = process.env.XDG_STATE_HOME ?? join(homedir(), '.local', 'state');
  return join(state, 'seam', `replicate-${service}.log`);
}

export function registerReplicate(program: Command): void {
  program
    .command('replicate')
    .description("apply Debezium change events from Kafka to a service's database, losing nothing")
    .option('--config <file>', 'a replicator configuration (YAML/JSON, as `seam generate` writes)')
    .option('--plan <file>', 'plan.yaml: the tables the service owns, with renames and column subsets')
    .option('--service <name>', 'the service of the plan to replicate')
    .option('--topic-prefix <prefix>', "the Debezium connector's topic.prefix")
    .option('--target <url>', 'the service database (default $SEAM_TARGET_<SERVICE>_URL)')
    .option('--snapshot <file>', 'a schema snapshot to create missing target tables from')
    .option('--kafka <brokers>', 'Kafka bootstrap servers (default $SEAM_KAFKA_BROKERS or 127.0.0.1:9092)')
    .option(
      '--group <id>',
      'consumer group (default seam-replicate-<service>); replicators of a group share partitions',
    )
    .addOption(
      new Option(
        '--mode <mode>',
        'batch: net changes per batch; transaction: whole source transactions',
      ).choices(['batch', 'transaction']),
    )
    .option('--max-batch <events>', 'events per target transaction (default 5000)', int('--max-batch'))
    .option('--concurrency <n>', 'partitions applied at once (default 1)', int('--concurrency'))
    .option(
      '--decode-threads <n>',
      'threads decoding events off the main thread, batch mode (default 1; 0: none)',
      int('--decode-threads'),
    )
    .addOption(
      new Option('--on-poison <action>', 'an event the target refuses: set it aside, or stop').choices([
        'dead-letter',
        'fail',
      ]),
    )
    .option('--dead-letter-topic <topic>', 'default seam.dlq.<service>')
    .addOption(
      new Option('--on-schema-change <action>', 'a column added on the source: add it, or stop').choices([
        'apply',
        'stop',
      ]),
    )
    .option('--no-create-tables', 'never create a missing target table')
    .option(
      '--metrics-port <port>',
      'serve /metrics, /status and /healthz on this port (0: any free port)',
      int('--metrics-port'),
    )
    .option('--metrics-host <host>', 'address for the metrics server (default 127.0.0.1)')
    .option(
      '--session-timeout <ms>',
      'Kafka group session timeout: how soon a dead replicator’s partitions move',
      int('--session-timeout'),
    )
    .option(
      '--topic-wait <ms>',
      'how long to wait for the tables’ topics to appear (default 30000)',
      int('--topic-wait'),
    )
    .option(
      '--log-file <path>',
      'write the JSON log here (default: stderr, or a file while the live screen draws)',
    )
    .option('--log-level <level>', 'trace, debug, info, warn, error (default info; $SEAM_LOG_LEVEL)')
    .option('--until-caught-up', 'stop once every partition has applied what was in Kafka at start')
    .option('--print-config', 'print the resolved configuration as YAML and exit')
    .addHelpText(
      'after',
      `
Runs until SIGTERM or Ctrl+C, which finish the batch in flight and exit 0. A restart resumes from
the offsets stored in the target. Exit 1 with a stable error code when something is wrong.`,
    )
    .action(async (options: ReplicateOptions, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>();
      const config = await loadConfig(options);
      if (options.printConfig) {
        process.stdout.write(
          global.json ? `${toJsonText(config)}\n` : printableLines(replicatorConfigToYaml(config)),
        );
        return;
      }
      const snapshotPath = options.snapshot ?? config.snapshot;
      const snapshot: SchemaSnapshot | undefined = snapshotPath
        ? await readSnapshotFile(snapshotPath)
        : undefined;
      const live = !!process.stderr.isTTY && !global.json && process.env.CI !== 'true';
      const logFile = options.logFile ?? (live ? defaultLogFile(config.service) : undefined);
      const logger = createLogger({
        ...(options.logLevel ? { level: options.logLevel } : {}),
        ...(logFile ? { destination: logFile } : {}),
      });
      const replicator = new Replicator({
        config,
        ...(options.target ? { targetUrl: options.target } : {}),
        ...(snapshot ? { snapshot } : {}),
        logger,
      });

      // Ctrl+C and SIGTERM both stop gracefully: the batch in flight commits, then everything closes.
      let interrupted = false;
      process.removeAllListeners('SIGINT');
      const stop = (signal: NodeJS.Signals) => {
        if (signal === 'SIGINT') interrupted = true;
        logger.info({ signal }, 'stopping: finishing the batch in flight');
        replicator.stop().catch(() => {});
      };
      process.on('SIGTERM', stop);
      process.on('SIGINT', stop);

      if (!live && !global.json)
        process.stderr.write(`seam replicate: starting service ${printable(config.service)}\n`);
      await replicator.start();

      const screen = live ? new LiveScreen(process.stderr) : undefined;
      const timers: NodeJS.Timeout[] = [];
      if (screen) {
        const draw = () =>
          screen.draw(
            renderStatus(replicator.status(), process.stderr.columns ?? 100, process.stderr.rows ?? 30),
          );
        draw();
        timers.push(setInterval(draw, 1000));
      } else {
        timers.push(
          setInterval(() => {
            const s = replicator.status();
            logger.info(
              {
                state: s.state,
                eventsPerSecond: Math.round(s.events.perSecond),
                applied: s.events.applied,
                deadLettered: s.events.deadLettered,
                lag: s.partitions.reduce((sum, p) => sum + (p.lag ?? 0), 0),
              },
              'status',
            );
          }, 10_000),
        );
      }
      if (options.untilCaughtUp) {
        const targets = new Map<string, number>();
        timers.push(
          setInterval(() => {
            const s = replicator.status();
            if (s.state !== 'running') return;
            for (const p of s.partitions) {
              const key = `${p.topic}/${p.partition}`;
              if (!targets.has(key) && p.highWatermark !== undefined)
                targets.set(key, Number(p.highWatermark));
            }
            const caughtUp =
              targets.size > 0 &&
              s.partitions.every(
                (p) =>
                  p.stopped || Number(p.applied) >= (targets.get(`${p.topic}/${p.partition}`) ?? Infinity),
              );
            if (caughtUp) replicator.stop().catch(() => {});
          }, 500),
        );
      }
      try {
        const summary = await replicator.done;
        if (screen)
          screen.draw(
            renderStatus(replicator.status(), process.stderr.columns ?? 100, process.stderr.rows ?? 30),
          );
        if (global.json) process.stdout.write(`${toJsonText(summary)}\n`);
        else
          process.stderr.write(
            `seam replicate: stopped after ${summary.applied.toLocaleString('en-US')} events.\n`,
          );
        // A table that stopped on a schema change is a failure even when the rest ran to the end.
        for (const t of summary.tablesStopped ?? [])
          if (!global.json) process.stderr.write(`seam replicate: ${t.code}: ${printable(t.message)}\n`);
        process.exitCode = interrupted
          ? EXIT.interrupted
          : summary.tablesStopped?.length
            ? EXIT.error
            : EXIT.ok;
      } catch (error) {
        if (screen)
          screen.draw(
            renderStatus(replicator.status(), process.stderr.columns ?? 100, process.stderr.rows ?? 30),
          );
        process.exitCode = reportError(error, global);
      } finally {
        for (const t of timers) clearInterval(t);
        logger.flush();
      }
    });
}
