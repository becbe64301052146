#!/usr/bin/env node
// NO_COLOR is read by neither chalk nor ink: map it before anything that colours loads.
if (process.env.NO_COLOR || process.argv.includes('--no-color')) process.env.FORCE_COLOR = '0';

import { SeamError } from '@seam/core';
import { type Command, CommanderError } from 'commander';
import { EXIT, type GlobalOptions, reportError } from './output.js';
import { buildProgram } from './program.js';

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
