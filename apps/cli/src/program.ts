// The `seam` command line: every command, its options and help (main.ts runs it).
import { Command } from 'commander';
import { registerAnalyze } from './commands/analyze.js';
import { registerCapture } from './commands/capture.js';
import { registerDoctor } from './commands/doctor.js';
import { registerGenerate } from './commands/generate.js';
import { registerIntrospect } from './commands/introspect.js';
import { registerMigrate } from './commands/migrate.js';
import { registerMove } from './commands/move.js';
import { registerPlan } from './commands/plan.js';
import { registerReplicate } from './commands/replicate.js';
import { registerReport } from './commands/report.js';
import { registerVerify } from './commands/verify.js';
import { registerWorkload } from './commands/workload.js';

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
  registerReport(program);
  registerGenerate(program);
  registerMigrate(program);
  registerCapture(program);
  registerReplicate(program);
  registerVerify(program);
  registerMove(program);
  return program;
}
