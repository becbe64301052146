/** An event that cannot be decoded: it goes to the dead-letter topic (or stops the replicator when fail-fast). */
export class DecodeError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(field ? `field ${JSON.stringify(field)}: ${message}` : message);
    this.name = 'DecodeError';
  }
}
