/** Progress for humans goes to stderr, so stdout stays clean for --json. */
export function say(message: string): void {
  process.stderr.write(`seam infra: ${message}\n`);
}
