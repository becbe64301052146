import { resolve } from 'node:path';
import { type GenerateWarning, generate, type ServiceSummary, writeGenerated } from '@seam/codegen';
import {
  type ConnectionSpec,
  countNotCarried,
  type Dialect,
  parseConnectionUrl,
  readPlanFile,
  SeamError,
  serviceUrlEnvVar,
  snapshotFingerprint,
} from '@seam/core';
import { kafkaSecurityFromEnv } from '@seam/kafka';
import { type Command, Option } from 'commander';
import { type GlobalOptions, printResult, progress } from '../output.js';
import { type AnalysisInputOptions, loadAnalysisInput, withAnalysisInputs } from './analysis-input.js';
import { list } from './source.js';

interface GenerateCommandOptions extends AnalysisInputOptions {
  plan: string;
  output: string;
  service?: string[];
  targetDialect?: Dialect;
  targetFlavor?: 'mysql' | 'mariadb';
  prefix?: string;
  connectPassword?: string;
  kafka?: string;
  connect?: string;
  timestamp?: number;
  heartbeatMs?: number;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** `env:NAME` → `${env:NAME}`, `file:/path:key` → `${file:/path:key}`, `none` → no password key. */
export function passwordRef(value: string | undefined): string | null | undefined {
  if (value === undefined) return undefined;
  if (value === 'none') return null;
  // An explicit ${provider:…} reference, or the shapes of Kafka's own providers; anything else may
  // be a password typed by mistake, and is refused without being echoed.
  if (/^\$\{[a-zA-Z][\w.-]*:[^{}\s]+\}$/.test(value)) return value;
  if (/^env:[A-Za-z_][A-Za-z0-9_]*$/.test(value) || /^(file|directory):\/[^{}\s:]+:[^{}\s]+$/.test(value))
    return `\${${value}}`;
  throw new SeamError(
    'SEAM_USAGE',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: names the reference syntax
    '--connect-password takes a Kafka Connect config-provider reference (env:NAME, file:/path:key, directory:/path:key, ${provider:…}) or none.',
    { hint: 'A password itself never goes into a generated file.' },
  );
}

const TYPE_LINES = 20;

/** A catalog name as plain text when it is plain, else as a JSON string (control characters escaped). */
const shown = (name: string) => (/^[\w.$-]+$/.test(name) ? name : JSON.stringify(name));

/** The type mappings generate chose that are not exact, one line each, with their codes. */
function typeLines(warnings: GenerateWarning[]): string[] {
  const typed = warnings.filter((w) => w.code);
  if (!typed.length) return [];
  const lines = typed
    .slice(0, TYPE_LINES)
    .map(
      (w) =>
        `  ${w.code} ${shown(w.service)} ${shown(w.table)}${w.column === undefined ? '' : `.${shown(w.column)}`}: ${w.message}`,
    );
  const more = typed.length - lines.length;
  return [
    `Type mappings that are not exact (${typed.length}; docs/codegen.md lists every mapping):`,
    ...lines,
    ...(more > 0 ? [`  … and ${more} more (--json lists all)`] : []),
  ];
}

function summaryLine(s: ServiceSummary): string {
  const parts = [
    `${s.tables} tables`,
    s.referenceCopies ? `+${s.referenceCopies} reference copies` : '',
    `${s.foreignKeysKept} FKs kept`,
    `${s.crossing.length} crossing`,
    s.noPrimaryKey.length ? `${s.noPrimaryKey.length} without primary key` : '',
    s.notCarried.length ? `not carried: ${countNotCarried(s.notCarried)} (RUNBOOK.md)` : '',
  ].filter(Boolean);
  return `  ${s.name.padEnd(16)} ${s.target.dialect.padEnd(8)} ${parts.join(', ')}`;
}

export function registerGenerate(program: Command): void {
  withAnalysisInputs(
    program
      .command('generate')
      .description(
        'write what each service needs: schema migrations (TypeORM + SQL, up/down), connector and replicator configs, grants, a runbook',
      ),
  )
    .requiredOption('--plan <file>', 'the plan (plan.yaml)')
    .requiredOption('-o, --output <dir>', 'folder to write into (created when missing)')
    .option('--service <name>', 'only this service (repeatable; default all)', collect)
    .addOption(
      new Option(
        '--target-dialect <dialect>',
        "every service's database engine (default: the plan's, else the source's)",
      ).choices(['postgres', 'mysql']),
    )
    .addOption(
      new Option(
        '--target-flavor <server>',
        "the server behind mysql targets, for its byte-exact NO PAD collation (default: the plan's, else the source's, else mariadb)",
      ).choices(['mysql', 'mariadb']),
    )
    .option(
      '--prefix <name>',
      'first part of every connector, replication slot, publication, topic, consumer group and heartbeat table name (default seam)',
    )
    .option(
      '--connect-password <ref>',
      'database.password of the connectors: env:NAME, file:/path:key, or none (default env:SEAM_SOURCE_PASSWORD, none when the source URL has no password)',
    )
    .option('--kafka <brokers>', 'Kafka bootstrap servers (default $SEAM_KAFKA_BROKERS or 127.0.0.1:9092)')
    .option(
      '--connect <url>',
      'Kafka Connect REST URL for the runbook (default $SEAM_CONNECT_URL or http://127.0.0.1:8083)',
    )
    .option('--timestamp <ms>', 'TypeORM migration timestamp (default now)', (v) => {
      const n = Number(v);
      if (!Number.isSafeInteger(n) || n < 1e12 || n >= 1e13)
        throw new SeamError('SEAM_USAGE', '--timestamp is a 13-digit JavaScript timestamp (ms).');
      return n;
    })
    .option(
      '--heartbeat-ms <ms>',
      "every connector's heartbeat interval: how soon a quiet capture shows it has passed a position (default 10000)",
      (v) => {
        const n = Number(v);
        if (!Number.isSafeInteger(n) || n < 100 || n > 3_600_000)
          throw new SeamError(
            'SEAM_USAGE',
            '--heartbeat-ms is a whole number of milliseconds, 100 to 3600000.',
          );
        return n;
      },
    )
    .addHelpText(
      'after',
      `
Connectors reach the monolith at --source, else $SEAM_SOURCE_URL (its password is never written).
Then: seam migrate --dir <dir> --service <name>; each service's RUNBOOK.md has every step.`,
    )
    .action(async (options: GenerateCommandOptions, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>();
      const plan = await readPlanFile(options.plan);
      const { snapshot, workload } = await loadAnalysisInput(options, (m) => progress(global, m));
      if (plan.snapshot.fingerprint !== snapshotFingerprint(snapshot)) {
        progress(
          global,
          `warning: the plan was made for another version of this schema (fingerprint ${plan.snapshot.fingerprint}, now ${snapshotFingerprint(snapshot)}): review it with \`seam plan\` if tables or columns changed`,
        );
      }
      const sourceUrl = options.source ?? process.env.SEAM_SOURCE_URL;
      const source: ConnectionSpec | undefined = sourceUrl ? parseConnectionUrl(sourceUrl) : undefined;
      const targets: Record<string, ConnectionSpec> = {};
      for (const s of plan.services) {
        const url = process.env[serviceUrlEnvVar(s.name)];
        if (url) targets[s.name] = parseConnectionUrl(url);
      }
      const brokers = list(options.kafka ?? process.env.SEAM_KAFKA_BROKERS);
      const ref = passwordRef(options.connectPassword);
      const kafkaSecurity = kafkaSecurityFromEnv();
      const result = generate({
        plan,
        snapshot,
        ...(workload ? { workload } : {}),
        ...(options.service ? { services: options.service } : {}),
        ...(options.targetDialect ? { targetDialect: options.targetDialect } : {}),
        ...(options.targetFlavor ? { targetFlavor: options.targetFlavor } : {}),
        ...(options.prefix ? { namePrefix: options.prefix } : {}),
        ...(source ? { source } : {}),
        targets,
        ...(ref !== undefined ? { passwordRef: ref } : {}),
        ...(brokers ? { brokers } : {}),
        ...(kafkaSecurity ? { kafkaSecurity } : {}),
        connectUrl: options.connect ?? process.env.SEAM_CONNECT_URL ?? 'http://127.0.0.1:8083',
        ...(options.timestamp ? { timestamp: options.timestamp } : {}),
        ...(options.heartbeatMs ? { heartbeatMs: options.heartbeatMs } : {}),
        commands: { dir: options.output.replace(/\/+$/, '') || '.', plan: options.plan },
        origin: options.sample
          ? 'the bundled sample'
          : (options.snapshot ?? snapshot.source ?? snapshot.database),
        sample: !!options.sample,
      });
      progress(global, `writing ${result.files.length} files into ${options.output}`);
      const { removed } = await writeGenerated(resolve(options.output), result.files);
      printResult(
        global,
        {
          output: options.output,
          services: result.services,
          warnings: result.warnings,
          files: result.files.map((f) => f.path),
          removed,
        },
        () =>
          [
            `Generated ${result.services.length} service(s) into ${options.output}:`,
            ...result.services.map(summaryLine),
            ...typeLines(result.warnings),
            ...(result.warnings.length
              ? [
                  `${result.warnings.length} warning(s): lossy types, defaults not carried, tables without a primary key (--json, and each RUNBOOK.md)`,
                ]
              : []),
            ...(removed.length
              ? [`Removed ${removed.length} file(s) an earlier run wrote that this plan no longer produces.`]
              : []),
            `Start with ${options.output.replace(/\/+$/, '')}/<service>/RUNBOOK.md; apply with \`seam migrate --dir ${options.output.replace(/\/+$/, '')} --service <name>\`.`,
          ].join('\n'),
      );
    });
}
