import { redactText } from '../redact/redact.js';
import { type ErrorCode, errorCodes } from './codes.js';

export interface SeamErrorOptions {
  /** What the user can do about it; defaults to the code's general hint. */
  hint?: string;
  /** The underlying error, kept for --debug output; never shown by default. */
  cause?: unknown;
  /** Machine-readable facts (table, port, ...). Must not hold secrets. */
  details?: Record<string, unknown>;
  /** Overrides the code's default retryability. */
  retryable?: boolean;
}

/**
 * The one error family of Seam. The message says what went wrong in words a user can act on,
 * the code is stable, the hint says what to do. Messages and hints are redacted on construction,
 * so a password that slipped into a driver message never reaches a terminal or a log.
 */
export class SeamError extends Error {
  readonly code: ErrorCode;
  readonly hint: string;
  readonly retryable: boolean;
  readonly details: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, options: SeamErrorOptions = {}) {
    super(redactText(message), options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'SeamError';
    this.code = code;
    this.hint = redactText(options.hint ?? errorCodes[code].hint);
    this.retryable = options.retryable ?? errorCodes[code].retryable;
    this.details = options.details ?? {};
  }

  toJSON(): {
    code: ErrorCode;
    message: string;
    hint: string;
    retryable: boolean;
    details: Record<string, unknown>;
  } {
    return {
      code: this.code,
      message: this.message,
      hint: this.hint,
      retryable: this.retryable,
      details: this.details,
    };
  }
}

export function isSeamError(error: unknown): error is SeamError {
  return error instanceof SeamError;
}

/** Whether trying the same operation again may succeed. Unknown errors are not retried. */
export function isRetryable(error: unknown): boolean {
  return isSeamError(error) && error.retryable;
}

/** Turns anything thrown into a SeamError; what is not one already becomes SEAM_INTERNAL. */
export function toSeamError(error: unknown): SeamError {
  if (isSeamError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new SeamError('SEAM_INTERNAL', `Unexpected error: ${message}`, { cause: error });
}

/** The two or three lines a CLI prints for an error: never a stack trace unless asked for. */
export function formatError(error: unknown, options: { debug?: boolean } = {}): string {
  const e = toSeamError(error);
  const lines = [`error ${e.code}: ${e.message}`, `hint: ${e.hint}`];
  if (options.debug) {
    const cause = e.cause instanceof Error ? e.cause : e;
    lines.push(redactText(cause.stack ?? String(cause)));
  }
  return lines.join('\n');
}
