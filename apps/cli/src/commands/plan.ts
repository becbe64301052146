import { readPlanFile, SeamError } from '@seam/core';
import {
  compareLines,
  formatAction,
  openPlan,
  PlanSession,
  parseCommand,
  planSummary,
  VERBS,
} from '@seam/plan';
import type { Command } from 'commander';
import { type GlobalOptions, printResult, progress } from '../output.js';
import { type AnalysisInputOptions, loadAnalysisInput, withAnalysisInputs } from './analysis-input.js';
import { renderSummary } from './analyze.js';

/** Whether `seam plan` can draw its UI: both ends of the conversation are a terminal. */
function interactive(global: GlobalOptions): boolean {
  return !global.json && !!process.stdin.isTTY && !!process.stdout.isTTY;
}

async function openUi(file: string, options: AnalysisInputOptions, command: Command): Promise<void> {
  const global = command.optsWithGlobals<GlobalOptions>();
  const say = (m: string) => progress(global, m);
  const { snapshot, workload } = await loadAnalysisInput(options, say);
  const { session, analysis } = await openPlan(snapshot, workload, file, say);
  if (!interactive(global)) {
    if (analysis)
      printResult(global, { ...analysis, plan: session.editor.toPlan() }, () =>
        renderSummary(
          analysis,
          undefined,
          `Not a terminal, so this is the analysis; in a terminal, seam plan opens it for editing (and writes ${file}).`,
        ),
      );
    else printResult(global, planReport(session), () => planSummary(session));
    return;
  }
  // In a terminal, draw: ink would draw only the last frame when CI variables are set, and chalk would
  // drop colour. This process starts no other, so forgetting them here changes nothing else.
  for (const name of Object.keys(process.env))
    if (name === 'CI' || name === 'CONTINUOUS_INTEGRATION' || name.startsWith('CI_'))
      delete process.env[name];
  const { runPlanUi } = await import('@seam/tui');
  process.exitCode = await runPlanUi(session);
}

function planReport(session: PlanSession) {
  const m = session.editor.model;
  return {
    path: session.path,
    totals: session.editor.cost(),
    services: m.services().map((s) => m.serviceFigures(s)),
    stale: session.editor.stale,
    unplanned: session.editor.unplanned,
    violations: m.violations(),
    plan: session.editor.toPlan(),
  };
}

async function runVerb(
  name: string,
  words: string[],
  options: { plan: string; dryRun?: boolean },
  command: Command,
) {
  const global = command.optsWithGlobals<GlobalOptions & AnalysisInputOptions>();
  const say = (m: string) => progress(global, m);
  const plan = await readPlanFile(options.plan).catch((error: unknown) => {
    if (error instanceof SeamError && error.code === 'SEAM_FILE_NOT_FOUND')
      throw new SeamError('SEAM_FILE_NOT_FOUND', `${options.plan} does not exist.`, {
        hint: 'Write a plan first: seam analyze … -o plan.yaml (or seam plan in a terminal), or pass --plan <file>.',
      });
    throw error;
  });
  const { snapshot, workload } = await loadAnalysisInput(global, say);
  const session = PlanSession.open(snapshot, workload, plan, options.plan);
  const action = parseCommand([name, ...words], session.commandContext());
  const outcome = session.perform(action);
  const changes = options.dryRun ? session.pendingChanges() : await session.save();
  const r = outcome.result!;
  printResult(
    global,
    {
      command: formatAction(action),
      plan: options.plan,
      written: !options.dryRun,
      before: r.before,
      after: r.after,
      delta: r.delta,
      changes,
      violations: outcome.violations ?? [],
    },
    () =>
      [
        `${outcome.message}${options.dryRun ? ' (dry run: not written)' : ` — wrote ${options.plan}`}`,
        ...compareLines(r.before, r.after, session.scope).map((l) => `  ${l}`),
        ...(outcome.violations?.length
          ? ['Constraints it cannot meet:', ...outcome.violations.map((v) => `  ${v}`)]
          : []),
      ].join('\n'),
  );
}

const FLAG_HELP: Record<string, string> = {
  seed: 'seed of the clustering (default: the plan’s)',
  resolution: 'Louvain resolution (higher: more, smaller services; default: the plan’s)',
  remove: 'drop the constraint instead of adding it',
  dialect: "the service database's engine: postgres or mysql",
  flavor: 'for a mysql target: mysql (8+) or mariadb (10.2+)',
  database: 'the database name on the target server',
  schema: 'for a postgres target: the schema inside that database (default public)',
  clear: 'drop the setting instead of changing it',
};

const FLAG_VALUE: Record<string, string> = { seed: 'n', resolution: 'r' };

/** The verb's arguments as `seam plan <verb>` takes them: none can come from a selection. */
function cliArguments(usage: string): string {
  return usage
    .replace(/^\S+\s*/u, '')
    .replace(/\[--[^\]]+\]\s*/gu, '')
    .replace('[table table]', '<table> <other-table>')
    .replace(/\[([^\]]+)\]/gu, '<$1>')
    .trim();
}

export function registerPlan(program: Command): void {
  const plan = withAnalysisInputs(
    program
      .command('plan')
      .description(
        'explore and edit the split in a terminal UI; prints the plan (or the analysis) when not in one',
      )
      .argument(
        '[plan]',
        'the plan.yaml to edit (made from an analysis of the schema when it does not exist)',
        'plan.yaml',
      ),
  )
    .addHelpText(
      'after',
      `
Each verb edits a plan.yaml from scripts (the same verbs as the UI's : command line), writes it and
prints the cost before and after: seam plan <verb> --help. In the UI, ? shows every key.
Exit codes: 0 quit · 1 error · 130 Ctrl+C · 143 SIGTERM.`,
    )
    .action(openUi);
  for (const verb of VERBS.filter((v) => v.cli)) {
    const args = cliArguments(verb.usage);
    const command = plan
      .command(verb.name)
      .description(verb.summary)
      .option('--plan <file>', 'the plan.yaml to edit', 'plan.yaml')
      .option('--dry-run', 'print the cost change without writing the plan');
    if (args) command.arguments(args);
    for (const [flag, kind] of Object.entries(verb.flags ?? {}))
      command.option(
        kind === 'switch' ? `--${flag}` : `--${flag} <${FLAG_VALUE[flag] ?? flag}>`,
        FLAG_HELP[flag],
      );
    command.action((...params: unknown[]) => {
      const cmd = params.at(-1) as Command;
      const options = cmd.opts<{ plan: string; dryRun?: boolean } & Record<string, string | boolean>>();
      const flags = Object.entries(verb.flags ?? {}).flatMap(([flag, kind]) => {
        const value = options[flag];
        if (value === undefined || value === false) return [];
        return kind === 'switch' ? [`--${flag}`] : [`--${flag}`, String(value)];
      });
      return runVerb(verb.name, [...cmd.args, ...flags], options, cmd);
    });
  }
}
