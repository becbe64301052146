import { formatError, printableLines, terminalSafeJson, toSeamError } from '@seam/core';

/** Exit codes, stable: 0 ok, 1 error, 2 differences found (verify, plan drift), 130 interrupted. */
export const EXIT = { ok: 0, error: 1, differences: 2, interrupted: 130 } as const;

export interface GlobalOptions {
  json?: boolean;
  debug?: boolean;
  color?: boolean;
}

/** A JSON document as printed: no raw C1 or bidi control even inside its strings. */
export const toJsonText = (value: unknown): string => terminalSafeJson(JSON.stringify(value, null, 2));

/**
 * stdout carries data (one JSON document with --json); stderr carries people's messages. Every
 * text goes through printableLines(): names from a catalog may hold terminal escapes.
 */
export function printResult(options: GlobalOptions, value: unknown, human: () => string): void {
  if (options.json) process.stdout.write(`${toJsonText(value)}\n`);
  else process.stdout.write(`${printableLines(human())}\n`);
}

export function progress(options: GlobalOptions, message: string): void {
  if (!options.json || process.stderr.isTTY) process.stderr.write(`${printableLines(message)}\n`);
}

/** Prints an error the way every command does: code, message, hint; JSON on stdout with --json. */
export function reportError(error: unknown, options: GlobalOptions): number {
  const e = toSeamError(error);
  if (options.json) process.stdout.write(`${toJsonText({ error: e.toJSON() })}\n`);
  process.stderr.write(
    `${printableLines(formatError(e, { debug: options.debug || process.env.SEAM_DEBUG === '1' }))}\n`,
  );
  return EXIT.error;
}
