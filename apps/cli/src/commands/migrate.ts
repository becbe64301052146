import {
  describeCaptureRelations,
  findUnit,
  type ManifestUnit,
  type MigrateOptions,
  type MigrateReport,
  migrate,
  readManifest,
} from '@seam/codegen';
import { parseConnectionUrl, SeamError } from '@seam/core';
import type { Command } from 'commander';
import { EXIT, type GlobalOptions, printResult, progress } from '../output.js';

interface MigrateCommandOptions {
  dir: string;
  service?: string;
  monolith?: string;
  serviceScript?: string;
  to?: string;
  down?: boolean;
  status?: boolean;
  dryRun?: boolean;
  createDatabase?: boolean;
  target?: string;
  source?: string;
}

function urlOrNothing(unit: ManifestUnit, options: MigrateCommandOptions): string | undefined {
  return (unit.database === 'monolith' ? options.source : options.target) ?? process.env[unit.urlEnv];
}

function urlFor(unit: ManifestUnit, options: MigrateCommandOptions): string {
  const url = urlOrNothing(unit, options);
  if (!url) {
    throw new SeamError(
      'SEAM_USAGE',
      `No database URL for ${unit.database === 'monolith' ? 'the monolith' : `service ${unit.service}`}.`,
      {
        hint: `Set ${unit.urlEnv} (or pass ${unit.database === 'monolith' ? '--source' : '--target'} <url>); keep the password in ~/.pgpass or ~/.my.cnf.`,
      },
    );
  }
  return url;
}

function render(reports: MigrateReport[]): string {
  const out: string[] = [];
  for (const r of reports) {
    out.push(
      `${r.unit} on ${r.target}${r.dryRun ? ' (dry run: nothing changed)' : ''}${r.createdDatabase ? ` — created database ${r.createdDatabase}` : ''}${r.wouldCreateDatabase ? ` — would create database ${r.wouldCreateDatabase}` : ''}`,
    );
    if (!r.migrations.length) out.push('  nothing to do');
    for (const m of r.migrations) {
      const time = m.ms !== undefined ? ` in ${m.ms} ms` : '';
      const when = m.appliedAt ? ` (${m.appliedAt})` : '';
      out.push(`  ${m.state.padEnd(15)} ${m.id}: ${m.title} — ${m.statements} statement(s)${time}${when}`);
      for (const sql of m.sql ?? []) out.push(`${sql.replace(/^/gm, '      ')};`);
    }
    if (r.capture) {
      out.push('  capture would publish (and leave out):');
      for (const line of describeCaptureRelations(r.capture.relations)) out.push(`    ${line}`);
      if (r.capture.refused)
        out.push(
          `  ${r.capture.refused.code}: refused: ${r.capture.refused.hint ?? r.capture.refused.message}`,
        );
    }
  }
  return out.join('\n');
}

export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description(
      "apply (or revert) the generated migrations on a service's database, or a script on the monolith",
    )
    .requiredOption('--dir <dir>', 'the folder `seam generate -o` wrote')
    .option('--service <name>', 'the service (default: every service, on its own database)')
    .option(
      '--monolith <script>',
      "run one of the service's scripts on the monolith instead: capture, block-writes, drop-foreign-keys, drop-tables, sync-sequences",
    )
    .option(
      '--service-script <script>',
      "run one of seam move's scripts on the service's own database instead: capture (reverse), block-writes, sync-sequences",
    )
    .option(
      '--to <migration>',
      'up: apply through this migration; down: revert back to it ("none": revert all)',
    )
    .option('--down', 'revert instead of apply (default: the last applied migration)')
    .option('--status', 'list what is applied, change nothing')
    .option('--dry-run', 'show the statements that would run, change nothing')
    .option('--create-database', "create the service's database when it does not exist")
    .option('--target <url>', "the service's database (default $SEAM_TARGET_<SERVICE>_URL)")
    .option('--source <url>', 'the monolith, for --monolith (default $SEAM_SOURCE_URL)')
    .addHelpText(
      'after',
      `
PostgreSQL runs the whole run in one transaction. MySQL/MariaDB commit DDL statement by statement:
a failing step makes seam migrate undo the steps it did, last first. Applied migrations are kept in
a seam_migrations table (dropped again when the last one is reverted).`,
    )
    .action(async (options: MigrateCommandOptions, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>();
      if ((options.monolith || options.serviceScript) && !options.service)
        throw new SeamError(
          'SEAM_USAGE',
          `${options.monolith ? '--monolith' : '--service-script'} needs --service: whose script is it?`,
        );
      if (options.monolith && options.serviceScript)
        throw new SeamError('SEAM_USAGE', 'Give --monolith or --service-script, not both.');
      const script = options.monolith ?? options.serviceScript;
      if (options.down && options.status)
        throw new SeamError('SEAM_USAGE', 'Give --down or --status, not both.');
      const manifest = await readManifest(options.dir);
      // --status of a service covers both its database and its scripts on the monolith.
      const units = options.service
        ? options.status && !script
          ? manifest.units.filter((u) => u.service === options.service)
          : [
              findUnit(
                manifest,
                options.service,
                options.monolith ? 'monolith' : 'service',
                script ? 'scripts' : 'chain',
              ),
            ]
        : manifest.units.filter((u) => u.database === 'service' && u.kind === 'chain');
      if (!units.length) findUnit(manifest, options.service ?? '', 'service');
      // --target names the service's database; the monolith's units take --source.
      if (
        options.target &&
        new Set(units.filter((u) => u.database === 'service').map((u) => u.service)).size > 1
      )
        throw new SeamError('SEAM_USAGE', '--target names one database: add --service.');
      const migrateOptions: MigrateOptions = {
        direction: options.status ? 'status' : options.down ? 'down' : 'up',
        ...(options.to ? { to: options.to } : {}),
        ...(script ? { script } : {}),
        ...(options.dryRun ? { dryRun: true } : {}),
        ...(options.createDatabase ? { createDatabase: true } : {}),
        onProgress: (m) => progress(global, m),
      };
      const reports: MigrateReport[] = [];
      for (const unit of units) {
        if (options.status && units.length > 1 && !urlOrNothing(unit, options)) {
          progress(
            global,
            `${unit.database === 'monolith' ? 'the monolith' : unit.service}: ${unit.urlEnv} is not set, skipped`,
          );
          continue;
        }
        reports.push(await migrate(unit, parseConnectionUrl(urlFor(unit, options)), migrateOptions));
      }
      if (!reports.length) urlFor(units[0]!, options);
      printResult(global, { reports }, () => render(reports));
      // A dry run that found what a real run would refuse fails as the real run would.
      if (reports.some((r) => r.capture?.refused)) process.exitCode = EXIT.error;
    });
}
