import { terminalSafeJson } from '@seam/core';
import { type DestinationStream, type Logger, pino } from 'pino';

export type { Logger } from 'pino';

/** Paths pino blanks out in every line: a second line of defence after redaction at the source. */
export const REDACT_PATHS = [
  'password',
  '*.password',
  'url',
  '*.url',
  'connectionString',
  '*.connectionString',
  'config.target.url',
];

/** A pino logger writing JSON lines to a stream (stderr by default, a file while a live screen draws). */
export function createLogger(
  options: { level?: string; destination?: DestinationStream | number | string } = {},
): Logger {
  const stream =
    typeof options.destination === 'object'
      ? options.destination
      : pino.destination({ dest: options.destination ?? 2, sync: false, mkdir: true });
  // JSON escapes C0 but leaves C1 and bidi controls raw: names in a line must not reach a terminal so.
  const target = stream as DestinationStream & {
    flush?: (cb?: (error?: Error) => void) => void;
    flushSync?: () => void;
    end?: () => void;
  };
  const destination = {
    write: (line: string) => target.write(terminalSafeJson(line)),
    flush: (cb?: (error?: Error) => void) => (target.flush ? target.flush(cb) : cb?.()),
    flushSync: () => target.flushSync?.(),
    end: () => target.end?.(),
  };
  return pino(
    {
      level: options.level ?? process.env.SEAM_LOG_LEVEL ?? 'info',
      base: { pid: process.pid },
      redact: { paths: REDACT_PATHS, censor: '***' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}
