import { closeSync, openSync, writeSync } from 'node:fs';
import { ConnectClient } from '@seam/connect';
import {
  type ConnectionSpec,
  describeConnection,
  parseConnectionUrl,
  printable,
  readPlanFile,
  SeamError,
} from '@seam/core';
import {
  adHocJob,
  Barrier,
  exitCodeOf,
  planJobs,
  RepairSql,
  type TableReport,
  type VerifyJob,
  type VerifyReport,
  verify,
} from '@seam/parity';
import type { Command } from 'commander';

export { adHocJob, planJobs };

import { type GlobalOptions, printResult, progress } from '../output.js';

interface VerifyFlags {
  plan?: string;
  service: string[];
  source?: string;
  target?: string;
  table: string[];
  recheckTimeout: string;
  connector?: string;
  group?: string;
  brokers: string;
  connect: string;
  topics?: string;
  repairSql?: string;
  maxRows: string;
  segmentRows?: string;
  concurrency: string;
}

const collect = (v: string, list: string[]) => [...list, v];

function url(value: string | undefined, what: string, hint: string): ConnectionSpec {
  if (!value) throw new SeamError('SEAM_USAGE', `No ${what} database given.`, { hint });
  return parseConnectionUrl(value);
}

function human(report: VerifyReport, maxShown = 20): string {
  const lines: string[] = [];
  const mark = (t: TableReport) => (t.status === 'equal' ? '✓' : '✗');
  for (const t of report.tables) {
    const head = `${mark(t)} ${t.service ? `[${printable(t.service)}] ` : ''}${printable(t.table)} → ${printable(t.target)}: `;
    if (t.status === 'error') {
      lines.push(`${head}error ${t.error?.code}: ${t.error?.message}\n    hint: ${t.error?.hint}`);
      continue;
    }
    if (t.status === 'missing-table') {
      lines.push(`${head}${t.problems.join('; ')}`);
      continue;
    }
    const { missing, extra, changed } = t.differences;
    const rows = `${t.rows.source.toLocaleString('en-US')} source rows, ${t.rows.target.toLocaleString('en-US')} target rows`;
    lines.push(
      `${head}${t.status === 'equal' ? 'equal' : `${missing} missing, ${extra} extra, ${changed} changed`} (${rows}, ${t.stats.ms} ms)`,
    );
    for (const p of t.problems) lines.push(`    problem: ${p}`);
    for (const n of t.notes) lines.push(`    note: ${n}`);
    if (t.recheck) {
      const r = t.recheck;
      lines.push(
        `    re-checked after the replicator passed ${r.positions[0]}: ${r.inFlight} in flight, ${r.diverged} diverged, ${r.unresolved} unresolved${r.reason ? ` (${r.reason})` : ''}`,
      );
    }
    const key = (k: Record<string, string | null>) =>
      Object.entries(k)

        .map(
          ([c, v]) =>
            `${printable(c)}=${v === null ? 'NULL' : /^[\w.:+-]+$/.test(v) ? v : JSON.stringify(v)}`,
        )
        .join(' ');
    for (const d of t.details.slice(0, maxShown)) {
      const state = d.state ? ` [${d.state}]` : '';
      const count = d.count && d.count > 1 ? ` ×${d.count}` : '';
      if (d.kind !== 'changed') lines.push(`    ${d.kind}${state} ${key(d.key)}${count}`);
      else {
        const cols = (d.columns ?? []).map(
          (c) => `${printable(c.column)}: ${JSON.stringify(c.source)} → ${JSON.stringify(c.targetValue)}`,
        );
        lines.push(`    changed${state} ${key(d.key)}: ${cols.join(', ')}`);
      }
    }
    if (t.details.length > maxShown)
      lines.push(`    … ${t.details.length - maxShown} more (--json lists them all)`);
  }
  return lines.join('\n');
}

export function registerVerify(program: Command): void {
  program
    .command('verify')
    .description(
      "prove each service's copy holds exactly the monolith's rows (exit 0 equal, 2 different, 1 error)",
    )
    .option('--plan <file>', 'plan.yaml: verify the tables each service owns')
    .option('--service <name>', 'only this service of the plan (repeatable)', collect, [])
    .option('--source <url>', 'the monolith database; default $SEAM_SOURCE_URL')
    .option('--target <url>', 'the copy; default $SEAM_TARGET_<SERVICE>_URL per service')
    .option(
      '--table <schema.table[=target]>',
      'ad hoc: a table to compare, optionally named differently on the target (repeatable)',
      collect,
      [],
    )
    .option(
      '--recheck-timeout <seconds>',
      'lag-aware: how long differences are re-checked while replication runs',
      '60',
    )
    .option('--connector <name>', 'lag-aware: the Debezium source connector (Kafka Connect)')
    .option('--group <id>', 'lag-aware: the replicator consumer group (a Connect sink: connect-<name>)')
    .option('--brokers <list>', 'Kafka bootstrap servers', process.env.SEAM_KAFKA_BROKERS ?? '127.0.0.1:9092')
    .option(
      '--connect <url>',
      'Kafka Connect REST URL',
      process.env.SEAM_CONNECT_URL ?? 'http://127.0.0.1:8083',
    )
    .option(
      '--topics <list>',
      'lag-aware: topics the replicator consumes (default: those its group committed)',
    )
    .option('--repair-sql <file>', 'write SQL that would make each target equal to the source')
    .option('--max-rows <n>', 'differing rows listed per table (counts stay exact); 0 = all', '10000')
    .option('--segment-rows <n>', 'rows per top-level segment (default: rows / 500, 10k–250k)')
    .option('--concurrency <n>', 'segment queries in flight per side', '1')
    .addHelpText(
      'after',
      '\nExit codes: 0 every table equal · 2 differences (or a table/column missing) · 1 error.',
    )
    .action(async (flags: VerifyFlags, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>();
      const source = url(
        flags.source ?? process.env.SEAM_SOURCE_URL,
        'source',
        'Pass --source or set SEAM_SOURCE_URL.',
      );
      let jobs: VerifyJob[];
      if (flags.plan) {
        if (flags.table.length) throw new SeamError('SEAM_USAGE', 'Give either --plan or --table, not both.');
        jobs = planJobs(await readPlanFile(flags.plan), source, flags);
      } else {
        jobs = [
          adHocJob(
            source,
            url(flags.target, 'target', 'Pass --target (or use --plan with SEAM_TARGET_<SERVICE>_URL).'),
            flags.table,
          ),
        ];
      }
      const number = (v: string | undefined, name: string): number | undefined => {
        if (v === undefined) return undefined;
        const n = Number(v);
        if (!Number.isFinite(n) || n < 0)
          throw new SeamError('SEAM_USAGE', `${name} must be a non-negative number, not "${v}".`);
        return n;
      };
      let barrier: Barrier | undefined;
      if (flags.connector || flags.group) {
        if (!flags.connector || !flags.group) {
          throw new SeamError('SEAM_USAGE', 'Lag-aware mode needs both --connector and --group.');
        }
        barrier = new Barrier({
          connect: new ConnectClient(flags.connect),
          connector: flags.connector,
          group: flags.group,
          brokers: flags.brokers.split(','),
          ...(flags.topics ? { topics: flags.topics.split(',') } : {}),
        });
      }
      const fd = flags.repairSql ? openSync(flags.repairSql, 'w') : undefined;
      const repairs = new Map<VerifyJob, RepairSql>();
      const lastShown = new Map<string, number>();
      try {
        const report = await verify(jobs, {
          maxRows: number(flags.maxRows, '--max-rows') ?? 10_000,
          concurrency: Math.max(1, number(flags.concurrency, '--concurrency') ?? 1),
          ...(flags.segmentRows ? { segmentRows: number(flags.segmentRows, '--segment-rows') } : {}),
          ...(barrier
            ? {
                lag: { barrier, timeoutMs: (number(flags.recheckTimeout, '--recheck-timeout') ?? 60) * 1000 },
              }
            : {}),
          onTableProgress: (t, p) => {
            const id = printable(`${t.source.schema}.${t.source.name}`);
            const now = Date.now();
            if (p.done !== p.total && now - (lastShown.get(id) ?? 0) < 1000) return;
            lastShown.set(id, now);
            const rate = Math.round((p.rows * 1000) / Math.max(1, p.ms));
            progress(
              global,
              `verify ${id}: ${p.done}/${p.total} segments, ${p.rows.toLocaleString('en-US')} rows (${rate.toLocaleString('en-US')} rows/s)`,
            );
          },
          ...(fd !== undefined
            ? {
                onDifference: (t, mapping) => {
                  const job = jobs.find((j) => j.tables.includes(t))!;
                  let repair = repairs.get(job);
                  if (!repair) {
                    writeSync(fd, `-- target: ${describeConnection(job.target)}\n`);
                    repair = new RepairSql(job.target.dialect, (s) => writeSync(fd, s));
                    repairs.set(job, repair);
                  }
                  return repair.table(t.target.schema, t.target.name, mapping);
                },
              }
            : {}),
        });
        printResult(global, report, () => human(report));
        process.exitCode = exitCodeOf(report);
      } finally {
        if (fd !== undefined) closeSync(fd);
        await barrier?.close();
      }
    });
}
