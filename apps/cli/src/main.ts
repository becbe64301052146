// NO_COLOR is read by neither chalk nor ink: map it before anything that colours loads.
if (process.env.NO_COLOR || process.argv.includes('--no-color')) process.env.FORCE_COLOR = '0';

import { SeamError } from '@seam/core';
import { Command, CommanderError } from 'commander';
import { registerAnalyze } from './commands/analyze.js';
import { registerCapture } from './commands/capture.js';
import { registerDoctor } from './commands/doctor.js';
import { registerGenerate } from './commands/generate.js';
import { registerIntrospect } from './commands/introspect.js';
import { registerMigrate } from './commands/migrate.js';
import { registerPlan } from './commands/plan.js';
import { registerReplicate } from './commands/replicate.js';
import { registerVerify } from './commands/verify.js';
import { registerWorkload } from './commands/workload.js';
import { EXIT, type GlobalOptions, reportError } from './output.js';

export function buildProgram(): Command {
  const program = new Command('seam')
    .description("Split a monolith's relational database into service-owned databases, safely.")
    .version('0.0.0')
    .option('--json', 'print the result as JSON on stdout')
    .option('--no-color', 'no colour in the output (also NO_COLOR=1)')
    .option('--debug', 'show stack traces of unexpected errors')
    .showHelpAfterError()
    .addHelpText(
      'after',
      `
Exit codes: 0 ok · 1 error · 2 differences found (verify) · 130 interrupted.
Connections: --source <url> or SEAM_SOURCE_URL; PG*/MYSQL_* environment variables also work.`,
    );
  // In the order of a split: look, decide, generate, move the data, prove it.
  registerDoctor(program);
  registerIntrospect(program);
  registerWorkload(program);
  registerAnalyze(program);
  registerPlan(program);
  registerGenerate(program);
  registerMigrate(program);
  registerCapture(program);
  registerReplicate(program);
  registerVerify(program);
  return program;
}

/** Every command throws instead of exiting, and under --json writes its usage errors as JSON. */
function forEveryCommand(command: Command, json: boolean): void {
  command.exitOverride();
  if (json) command.configureOutput({ writeErr: () => {}, outputError: () => {} });
  for (const sub of command.commands) forEveryCommand(sub, json);
}

async function main(): Promise<void> {
  const program = buildProgram();
  const json = process.argv.includes('--json');
  forEveryCommand(program, json);
  process.on('SIGINT', () => process.exit(EXIT.interrupted));
  try {
    await program.parseAsync(process.argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode !== 0 && json) {
        const usage = new SeamError('SEAM_USAGE', error.message.replace(/^error: /u, ''), {
          details: { commander: error.code },
        });
        process.exitCode = reportError(usage, { json: true });
        return;
      }
      process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.error;
      return;
    }
    process.exitCode = reportError(error, program.opts<GlobalOptions>());
  }
}

await main();
