import { describeCaptureRelations, inspectCaptureAt, MONOLITH_SCRIPTS, readManifest } from '@seam/codegen';
import { ConnectClient } from '@seam/connect';
import { parseConnectionUrl, SeamError, toSeamError } from '@seam/core';
import { probeDatabase } from '@seam/core/sql';
import { createKafkaClient, describeKafkaSecurity, kafkaError, kafkaSecurityFromEnv } from '@seam/kafka';
import type { Command } from 'commander';
import { EXIT, type GlobalOptions, printResult } from '../output.js';

interface Check {
  name: string;
  ok: boolean;
  detail: string;
  code?: string;
  hint?: string;
  /** capture checks: every relation capture publishes or leaves out. */
  relations?: unknown[];
}

async function check(name: string, fn: () => Promise<string>): Promise<Check> {
  try {
    return { name, ok: true, detail: await fn() };
  } catch (error) {
    const e = toSeamError(error);
    return { name, ok: false, detail: e.message, code: e.code, hint: e.hint };
  }
}

function database(name: string, url: string): Promise<Check> {
  return check(name, async () => {
    const p = await probeDatabase(parseConnectionUrl(url));
    const cdc = p.cdcProblems.length
      ? `change capture not ready: ${p.cdcProblems.join('; ')}`
      : 'change capture ready';
    return `${p.target}: ${p.flavor} ${p.version}; ${cdc}`;
  });
}

/**
 * What each service's capture publishes on the monolith as it is now — partitions and inheritance
 * children added since `seam generate` included — and whether the application's writes keep working.
 */
async function captureChecks(dir: string, sourceUrl: string): Promise<Check[]> {
  const manifest = await readManifest(dir);
  const spec = parseConnectionUrl(sourceUrl);
  const checks: Check[] = [];
  for (const unit of manifest.units.filter((u) => u.database === 'monolith')) {
    const tables = unit.migrations.find((m) => m.id === MONOLITH_SCRIPTS.capture)?.publishes;
    if (!tables) continue;
    const name = `capture ${unit.service}`;
    try {
      const relations = await inspectCaptureAt(spec, tables);
      const bad = relations.filter((r) => !r.ok);
      checks.push({
        name,
        ok: bad.length === 0,
        detail: [
          `${relations.filter((r) => r.published).length} relation(s) published`,
          ...describeCaptureRelations(relations).map((l) => `    ${l}`),
        ].join('\n'),
        relations,
        ...(bad.length
          ? {
              code: 'SEAM_CAPTURE_UNSAFE',
              hint: `Run first: ${[...new Set(bad.map((r) => r.fix))].join('; ')}.`,
            }
          : {}),
      });
    } catch (error) {
      const e = toSeamError(error);
      checks.push({ name, ok: false, detail: e.message, code: e.code, hint: e.hint });
    }
  }
  return checks;
}

export function registerDoctor(program: Command): void {
  program
    .command('doctor')
    .description('check that Node, the databases, Kafka and Kafka Connect are reachable and ready')
    .option('--source <url>', 'the monolith database (postgres://… or mysql://…); default $SEAM_SOURCE_URL')
    .option(
      '--kafka <brokers>',
      'Kafka bootstrap servers',
      process.env.SEAM_KAFKA_BROKERS ?? '127.0.0.1:9092',
    )
    .option(
      '--connect <url>',
      'Kafka Connect REST URL',
      process.env.SEAM_CONNECT_URL ?? 'http://127.0.0.1:8083',
    )
    .option(
      '--dir <dir>',
      'the folder `seam generate -o` wrote: also show what each capture publishes on the monolith, and whether its writes keep working',
    )
    .action(
      async (
        options: { source?: string; kafka: string; connect: string; dir?: string },
        command: Command,
      ) => {
        const global = command.optsWithGlobals<GlobalOptions>();
        const checks: Check[] = [];
        const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
        checks.push({
          name: 'node',
          ok: major > 20 || (major === 20 && minor >= 19),
          detail: `Node.js ${process.versions.node} (needs >= 20.19)`,
        });
        const sourceUrl = options.source ?? process.env.SEAM_SOURCE_URL;
        if (sourceUrl) checks.push(await database('source', sourceUrl));
        if (options.dir && !sourceUrl)
          throw new SeamError(
            'SEAM_USAGE',
            '--dir needs the monolith: pass --source <url> or set SEAM_SOURCE_URL.',
          );
        if (options.dir && sourceUrl) checks.push(...(await captureChecks(options.dir, sourceUrl)));
        checks.push(
          await check('kafka', async () => {
            const admin = createKafkaClient({
              clientId: 'seam-doctor',
              brokers: options.kafka.split(','),
              retry: { retries: 1 },
              connectionTimeoutMs: 3000,
            }).admin();
            try {
              await admin.connect();
              const c = await admin.describeCluster();
              return `${c.brokers.length} broker(s) at ${options.kafka} over ${describeKafkaSecurity(kafkaSecurityFromEnv())}, cluster ${c.clusterId}`;
            } catch (error) {
              throw kafkaError(error, options.kafka.split(','));
            } finally {
              await admin.disconnect().catch(() => {});
            }
          }),
        );
        checks.push(
          await check('connect', async () => {
            const client = new ConnectClient(options.connect);
            const info = await client.info();
            const debezium = (await client.plugins()).filter((p) => p.class.startsWith('io.debezium'));
            return `Kafka Connect ${info.version} at ${options.connect}; ${debezium.map((p) => `${p.class.split('.').pop()} ${p.version}`).join(', ')}`;
          }),
        );
        const ok = checks.every((c) => c.ok);
        printResult(global, { ok, checks }, () =>
          checks
            .map(
              (c) =>
                `${c.ok ? '✓' : '✗'} ${c.name.padEnd(8)} ${c.detail}${c.ok ? '' : `\n  ${c.code}: ${c.hint}`}`,
            )
            .join('\n'),
        );
        process.exitCode = ok ? EXIT.ok : EXIT.error;
      },
    );
}
