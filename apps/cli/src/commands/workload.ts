import { isDialect, readSnapshotFile, SeamError, type Workload, writeTextFileAtomic } from '@seam/core';
import { readWorkload, sniffWorkloadFile, type WorkloadFileKind, type WorkloadInput } from '@seam/introspect';
import type { Command } from 'commander';
import { type GlobalOptions, printResult, progress } from '../output.js';
import { list, printWarnings, sourceConnection } from './source.js';

const KINDS: WorkloadFileKind[] = [
  'pg-log',
  'pg-stat-statements',
  'mysql-digests',
  'mysql-general-log',
  'sql',
];

interface WorkloadOptions {
  source?: string;
  live?: boolean;
  snapshot?: string;
  format?: string;
  dialect?: string;
  logLinePrefix?: string;
  defaultSchema?: string;
  database?: string;
  schemas?: string;
  output?: string;
}

function summary(workload: Workload) {
  return {
    sources: workload.sources,
    statements: workload.statements.length,
    calls: workload.statements.reduce((n, s) => n + s.calls, 0),
    joins: new Set(workload.statements.flatMap((s) => s.joins.map((j) => JSON.stringify(j)))).size,
    transactionShapes: workload.transactions.length,
    transactions: workload.transactions.reduce((n, t) => n + t.count, 0),
    unparsed: workload.unparsed.count,
    warnings: workload.warnings ?? [],
  };
}

export function registerWorkload(program: Command): void {
  program
    .command('workload')
    .description(
      'read query statistics and logs into a workload file: tables read and written, joins, transactions',
    )
    .argument('[files...]', 'PostgreSQL logs, pg_stat_statements or digest exports (CSV/JSON), or SQL files')
    .option(
      '--source <url>',
      'read pg_stat_statements (PostgreSQL) or performance_schema digests (MySQL/MariaDB) live',
    )
    .option('--snapshot <file>', 'a snapshot (seam introspect) to resolve table and column names against')
    .option('--format <kind>', `the files' kind: ${KINDS.join(', ')} (default: guessed per file)`)
    .option('--dialect <dialect>', 'postgres or mysql, for SQL files when no snapshot tells')
    .option('--log-line-prefix <prefix>', "the server's log_line_prefix for PostgreSQL logs", '%m [%p] ')
    .option(
      '--default-schema <name>',
      'schema of unqualified table names (default public, or the MySQL database)',
    )
    .option('--database <name>', 'PostgreSQL logs: keep only this database (needs %d in the prefix)')
    .option('--schemas <list>', 'MySQL digests: keep only these databases')
    .option('-o, --output <file>', 'write the workload here (default: the workload JSON on stdout)')
    .action(async (files: string[], options: WorkloadOptions, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>();
      if (options.format && !KINDS.includes(options.format as WorkloadFileKind)) {
        throw new SeamError('SEAM_USAGE', `--format must be one of ${KINDS.join(', ')}.`);
      }
      if (options.dialect && !isDialect(options.dialect)) {
        throw new SeamError('SEAM_USAGE', '--dialect must be postgres or mysql.');
      }
      const inputs: WorkloadInput[] = [];
      for (const path of files) {
        const kind = (options.format as WorkloadFileKind | undefined) ?? (await sniffWorkloadFile(path));
        progress(global, `workload: reading ${path} as ${kind}`);
        inputs.push({
          kind,
          path,
          ...(kind === 'sql' && options.dialect ? { dialect: options.dialect as 'postgres' | 'mysql' } : {}),
        } as WorkloadInput);
      }
      if (options.source || inputs.length === 0) {
        inputs.push({ kind: 'live', source: sourceConnection(options.source) });
      }
      const snapshot = options.snapshot ? await readSnapshotFile(options.snapshot) : null;
      const workload = await readWorkload(inputs, {
        snapshot,
        ...(options.dialect ? { dialect: options.dialect as 'postgres' | 'mysql' } : {}),
        ...(options.defaultSchema ? { defaultSchema: options.defaultSchema } : {}),
        ...(options.logLinePrefix ? { logLinePrefix: options.logLinePrefix } : {}),
        ...(options.database ? { database: options.database } : {}),
        ...(list(options.schemas) ? { schemas: list(options.schemas) } : {}),
        progress: (e) => progress(global, `workload: ${e.message}`),
      });
      printWarnings(workload.warnings);
      const facts = summary(workload);
      if (!options.output) {
        process.stdout.write(`${JSON.stringify(workload, null, 1)}\n`);
        progress(
          global,
          `workload: ${facts.statements} statements, ${facts.transactions} transactions, ${facts.unparsed} unparsable`,
        );
        return;
      }
      await writeTextFileAtomic(options.output, `${JSON.stringify(workload, null, 1)}\n`);
      printResult(global, { file: options.output, ...facts }, () =>
        [
          `${options.output}: ${facts.statements} statements (${facts.calls} calls), ${facts.joins} join predicates`,
          `  ${facts.transactions} transactions in ${facts.transactionShapes} shapes, ${facts.unparsed} unparsable statement(s)`,
        ].join('\n'),
      );
    });
}
