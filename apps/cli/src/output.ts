import { formatError, toSeamError } from '@seam/core';

/** Exit codes, stable: 0 ok, 1 error, 2 differences found (verify, plan drift), 130 interrupted. */
export const EXIT = { ok: 0, error: 1, differences: 2, interrupted: 130 } as const;

export interface GlobalOptions {
  json?: boolean;
  debug?: boolean;
  color?: boolean;
}

/** stdout carries data (one JSON document with --json); stderr carries people's messages. */
export function printResult(options: GlobalOptions, value: unknown, human: () => string): void {
  if (options.json) process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  else process.stdout.write(`${human()}\n`);
}

export function progress(options: GlobalOptions, message: string): void {
  if (!options.json || process.stderr.isTTY) process.stderr.write(`${message}\n`);
}

/** Prints an error the way every command does: code, message, hint; JSON on stdout with --json. */
export function reportError(error: unknown, options: GlobalOptions): number {
  const e = toSeamError(error);
  if (options.json) process.stdout.write(`${JSON.stringify({ error: e.toJSON() }, null, 2)}\n`);
  process.stderr.write(`${formatError(e, { debug: options.debug || process.env.SEAM_DEBUG === '1' })}\n`);
  return EXIT.error;
}
