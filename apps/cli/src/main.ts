// NO_COLOR is read by neither chalk nor ink: map it before anything that colours loads.
if (process.env.NO_COLOR || process.argv.includes('--no-color')) process.env.FORCE_COLOR = '0';

import { CommanderError } from 'commander';
import { EXIT, type GlobalOptions, reportError } from './output.js';
import { buildProgram } from './program.js';

async function main(): Promise<void> {
  const program = buildProgram();
  program.exitOverride();
  process.on('SIGINT', () => process.exit(EXIT.interrupted));
  try {
    await program.parseAsync(process.argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.error;
      return;
    }
    process.exitCode = reportError(error, program.opts<GlobalOptions>());
  }
}

await main();
