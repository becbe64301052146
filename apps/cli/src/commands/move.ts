import { SeamError } from '@seam/core';
import {
  type ActionReport,
  copyStateText,
  DEFAULT_MAX_LAG_EVENTS,
  type HandoverOptions,
  MOVE_ACTION_NAMES,
  type MoveAction,
  MoveAgent,
  type MoveContext,
  type MoveOptions,
  type MoveStatusReport,
  moveActions,
  moveStatus,
  openMoveContext,
  reverseAction,
  runAction,
  switchAction,
  verifyMove,
} from '@seam/move';
import { exitCodeOf } from '@seam/parity';
import { createLogger } from '@seam/replicator';
import { type Command, InvalidArgumentError } from 'commander';
import { EXIT, type GlobalOptions, printResult, progress, toJsonText } from '../output.js';
import { list } from './source.js';

interface MoveFlags {
  service: string;
  dir: string;
  plan?: string;
  source?: string;
  target?: string;
  connect: string;
  kafka: string;
  dryRun?: boolean;
  watch?: boolean;
  verifyFreshness?: number;
  recheckTimeout?: number;
  metricsPort?: number;
  metricsHost?: string;
  logFile?: string;
  logLevel?: string;
  maxLag?: number;
  wait?: number;
}

const number = (name: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError(`${name} must be a non-negative number.`);
  return n;
};

/** The actions that take handover options (--max-lag, --wait). */
const HANDOVER: Partial<
  Record<(typeof MOVE_ACTION_NAMES)[number], (o: HandoverOptions) => MoveAction<MoveContext>>
> = {
  switch: switchAction,
  reverse: reverseAction,
};

const DESCRIPTIONS: Record<(typeof MOVE_ACTION_NAMES)[number], string> = {
  create: "create the service's schema, start capture and the initial copy; the agent then streams",
  switch: 'block the monolith, drain, verify, start reverse replication: the service becomes the writer',
  reverse: 'roll back a switch: the monolith becomes the writer again, forward replication resumes',
  complete: "after a switch: tear down the move and apply the plan's choice for the monolith's copies",
  cancel: 'before a switch: tear down everything of the move; the monolith ends as before create',
};

function shared(command: Command): Command {
  return command
    .requiredOption('--service <name>', 'the service that moves')
    .requiredOption('--dir <dir>', 'the folder `seam generate -o` wrote')
    .option('--plan <file>', 'plan.yaml (verify compares its tables; complete reads move.monolithCopies)')
    .option('--source <url>', 'the monolith (default $SEAM_SOURCE_URL)')
    .option('--target <url>', "the service's database (default $SEAM_TARGET_<SERVICE>_URL)")
    .option(
      '--connect <url>',
      'Kafka Connect REST URL',
      process.env.SEAM_CONNECT_URL ?? 'http://127.0.0.1:8083',
    )
    .option(
      '--kafka <brokers>',
      'Kafka bootstrap servers',
      process.env.SEAM_KAFKA_BROKERS ?? '127.0.0.1:9092',
    );
}

function moveOptions(flags: MoveFlags, global: GlobalOptions, label: string): MoveOptions {
  return {
    service: flags.service,
    dir: flags.dir,
    ...(flags.plan ? { plan: flags.plan } : {}),
    ...(flags.source ? { source: flags.source } : {}),
    ...(flags.target ? { target: flags.target } : {}),
    connectUrl: flags.connect,
    brokers: list(flags.kafka) ?? [],
    log: (line) => progress(global, line),
    label,
  };
}

async function withContext<T>(
  flags: MoveFlags,
  global: GlobalOptions,
  label: string,
  fn: (ctx: MoveContext) => Promise<T>,
  open: { createDatabase?: boolean } = {},
): Promise<T> {
  const ctx = await openMoveContext(moveOptions(flags, global, label), open);
  try {
    return await fn(ctx);
  } finally {
    await ctx.store.close();
  }
}

function renderAction(r: ActionReport): string {
  const head =
    r.result === 'noop'
      ? `seam move ${r.action}: nothing to do — ${r.detail ?? ''}`
      : r.result === 'dry-run'
        ? `seam move ${r.action} would run (dry run: nothing changed):`
        : `seam move ${r.action} ${r.result === 'resumed' ? 'finished (resumed an interrupted run)' : 'done'} in ${(r.ms / 1000).toFixed(1)} s — phase ${r.phase}`;
  const lines = [head];
  for (const s of r.steps) {
    const time = s.ms !== undefined ? ` (${s.ms} ms)` : '';
    lines.push(`  ${s.outcome.padEnd(8)} ${s.name}${s.detail ? `: ${s.detail}` : ''}${time}`);
  }
  return lines.join('\n');
}

const pct = (p: number | null) => (p === null ? '?' : `${Math.min(p, 999).toFixed(p >= 100 ? 0 : 1)}%`);
const secs = (ms: number | null | undefined) =>
  ms === null || ms === undefined
    ? '?'
    : ms < 120_000
      ? `${Math.round(ms / 1000)} s`
      : ms < 7_200_000
        ? `${Math.round(ms / 60_000)} min`
        : `${(ms / 3_600_000).toFixed(1)} h`;

/** The status as text; every name goes through printableLines in printResult. */
export function renderStatus(s: MoveStatusReport): string {
  const lines: string[] = [];
  lines.push(
    `service ${s.service}: ${s.phase}${s.phase !== s.storedPhase ? ` (stored: ${s.storedPhase})` : ''}, replication ${s.direction}`,
  );
  if (s.action)
    lines.push(
      `  unfinished: seam move ${s.action.name} (started ${s.action.startedAt}, ${s.action.attempts} run(s); done: ${s.action.stepsDone.join(', ') || 'nothing'})`,
    );
  if (s.lock) lines.push(`  lock: ${s.lock.holder}${s.lock.since ? ` since ${s.lock.since}` : ''}`);
  if (s.agent)
    lines.push(
      `  agent: ${s.agent.alive ? 'alive' : 'NOT RUNNING'} (pid ${s.agent.pid} on ${s.agent.host}, seen ${secs(s.agent.seenAgoMs)} ago), runs ${s.agent.replicators.join(', ') || 'nothing'}${s.agent.error ? ` — ${s.agent.error}` : ''}`,
    );
  else lines.push('  agent: never seen (start `seam move replicate`)');
  if (s.connector)
    lines.push(
      `  connector ${s.connector.name}: ${s.connector.state ?? 'absent'}${s.connector.snapshotting ? ', initial snapshot running' : ''}`,
    );
  if (s.initialCopy)
    lines.push(
      `  initial copy (incremental snapshot): ${s.initialCopy.state}${s.initialCopy.starts > 1 ? ` (started ${s.initialCopy.starts} times)` : ''}`,
    );
  if (s.tables.length) {
    lines.push(
      `  copy: ${s.copy.targetRows.toLocaleString('en-US')} of ${s.copy.sourceRows.toLocaleString('en-US')} rows (${pct(s.copy.percent)})`,
    );
    for (const t of s.tables) {
      lines.push(
        t.error
          ? `    ${t.table} → ${t.target}: ${t.error}`
          : `    ${t.table} → ${t.target}: ${t.exact ? '' : '~'}${t.targetRows?.toLocaleString('en-US')} / ${t.sourceRows?.toLocaleString('en-US')} (${pct(t.percent)}${t.exact ? '' : ', estimated'})${t.copy ? ` — ${copyStateText(t.copy)}` : ''}`,
      );
    }
  }
  for (const [name, lag] of Object.entries(s.lag)) {
    if (!lag) continue;
    lines.push(
      `  lag ${name}: ${lag.events.toLocaleString('en-US')} event(s), ${lag.seconds === null ? '?' : `${lag.seconds.toFixed(1)} s`}${lag.unstarted ? `, ${lag.unstarted} partition(s) not started` : ''} (group ${lag.group})`,
    );
  }
  const v = s.verify;
  lines.push(
    v.freshness === 'none'
      ? '  verify: never'
      : `  verify: ${v.equal ? 'equal' : `${v.differences} of ${v.tables} table(s) differ`}, ${secs(v.ageMs)} ago (${v.freshness})`,
  );
  if (s.nextSteps.length) {
    lines.push('next:');
    for (const step of s.nextSteps) lines.push(`  ${step}`);
  }
  return lines.join('\n');
}

export function registerMove(program: Command): void {
  const move = program
    .command('move')
    .description('carry a service out of the monolith as one resumable workflow (state in its database)');

  for (const name of MOVE_ACTION_NAMES) {
    const handover = HANDOVER[name];
    const command = shared(move.command(name))
      .description(DESCRIPTIONS[name])
      .option('--dry-run', 'list the steps and which are done, change nothing');
    if (handover) {
      command.option(
        '--wait <s>',
        'how long each wait (drain, publication, the agent) may take (default 120)',
        number('--wait'),
      );
      if (name === 'switch')
        command.option(
          '--max-lag <events>',
          `most events the forward replicator may be behind for the switch to start (default ${DEFAULT_MAX_LAG_EVENTS})`,
          number('--max-lag'),
        );
    }
    command.action(async (flags: MoveFlags, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>();
      const action =
        handover && (flags.maxLag !== undefined || flags.wait !== undefined)
          ? handover({
              ...(flags.maxLag !== undefined ? { maxLagEvents: flags.maxLag } : {}),
              ...(flags.wait !== undefined ? { waitMs: flags.wait * 1000 } : {}),
            })
          : moveActions[name];
      if (!action) {
        throw new SeamError('SEAM_USAGE', `seam move ${name} is not available in this build.`, {
          hint: 'See docs/move.md for the actions this version has.',
        });
      }
      const controller = new AbortController();
      const stop = () => controller.abort();
      process.removeAllListeners('SIGINT');
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
      const report = await withContext(
        flags,
        global,
        `seam move ${name}`,
        (ctx) =>
          runAction(ctx.store, action, ctx, {
            ...(flags.dryRun ? { dryRun: true } : {}),
            log: ctx.log,
            signal: controller.signal,
          }),
        { createDatabase: name === 'create' && !flags.dryRun },
      );
      printResult(global, report, () => renderAction(report));
    });
  }

  shared(move.command('status'))
    .description('phase, agent, copy progress, lag, last verify and the next step')
    .option('--watch', 'redraw every 2 s until Ctrl+C')
    .option(
      '--verify-freshness <hours>',
      'a verify older than this is stale (default 24)',
      number('--verify-freshness'),
    )
    .action(async (flags: MoveFlags, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>();
      await withContext(flags, global, 'seam move status', async (ctx) => {
        const args = { service: flags.service, dir: flags.dir, ...(flags.plan ? { plan: flags.plan } : {}) };
        const options =
          flags.verifyFreshness !== undefined ? { freshnessMs: flags.verifyFreshness * 3_600_000 } : {};
        if (!flags.watch) {
          const report = await moveStatus(ctx, args, options);
          printResult(global, report, () => renderStatus(report));
          return;
        }
        let stopped = false;
        process.removeAllListeners('SIGINT');
        process.on('SIGINT', () => {
          stopped = true;
        });
        while (!stopped) {
          const report = await moveStatus(ctx, args, options);
          if (global.json) process.stdout.write(`${JSON.stringify(report)}\n`);
          else {
            if (process.stdout.isTTY) process.stdout.write('\x1b[H\x1b[2J');
            printResult(global, report, () => `${new Date().toISOString()}\n${renderStatus(report)}`);
          }
          for (let i = 0; i < 20 && !stopped; i++) await new Promise((r) => setTimeout(r, 100));
        }
      });
    });

  shared(move.command('verify'))
    .description('seam verify for the service, recorded in the move (exit 0 equal, 2 different, 1 error)')
    .option(
      '--recheck-timeout <seconds>',
      'how long differences are re-checked while replication runs',
      number('--recheck-timeout'),
      60,
    )
    .action(async (flags: MoveFlags, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>();
      await withContext(flags, global, 'seam move verify', async (ctx) => {
        const { report, record } = await verifyMove(ctx, {
          recheckTimeoutMs: (flags.recheckTimeout ?? 60) * 1000,
          onProgress: ctx.log,
        });
        printResult(global, { ...report, recorded: record }, () =>
          [
            ...report.tables.map(
              (t) =>
                `${t.status === 'equal' ? '✓' : '✗'} ${t.table} → ${t.target}: ${t.status} (${t.rows.source} source rows, ${t.rows.target} target rows)`,
            ),
            record.equal
              ? `equal: recorded at ${record.at}`
              : `${record.differences} table(s) differ: recorded; \`seam verify --plan … --service ${flags.service} --repair-sql fix.sql\` writes the repair`,
          ].join('\n'),
        );
        process.exitCode = exitCodeOf(report) === 0 && !record.equal ? EXIT.differences : exitCodeOf(report);
      });
    });

  shared(move.command('replicate'))
    .description('the agent: run the replicator of the active direction until SIGTERM')
    .option(
      '--metrics-port <port>',
      'serve /status, /metrics and /healthz on this port (0: any free port)',
      number('--metrics-port'),
    )
    .option('--metrics-host <host>', 'address for the metrics server (default 127.0.0.1)')
    .option('--log-file <path>', 'write the JSON log here (default stderr)')
    .option('--log-level <level>', 'trace, debug, info, warn, error (default info; $SEAM_LOG_LEVEL)')
    .action(async (flags: MoveFlags, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>();
      await withContext(flags, global, 'seam move replicate', async (ctx) => {
        const logger = createLogger({
          ...(flags.logLevel ? { level: flags.logLevel } : {}),
          ...(flags.logFile ? { destination: flags.logFile } : {}),
        });
        const agent = new MoveAgent({
          store: ctx.store,
          dir: ctx.dir,
          env: ctx.env,
          ...(flags.target ? { targetUrl: flags.target } : {}),
          ...(flags.metricsPort !== undefined ? { metricsPort: flags.metricsPort } : {}),
          ...(flags.metricsHost ? { metricsHost: flags.metricsHost } : {}),
          logger,
        });
        const controller = new AbortController();
        process.removeAllListeners('SIGINT');
        const stop = () => controller.abort();
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
        if (!global.json) process.stderr.write(`seam move replicate: agent of ${flags.service} started\n`);
        await agent.run(controller.signal);
        logger.flush();
        if (global.json) process.stdout.write(`${toJsonText(agent.status())}\n`);
        else process.stderr.write('seam move replicate: stopped\n');
      });
    });
}
