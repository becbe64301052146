/** A value the target column cannot take (a poison event, not a fault of the target). */
export class EncodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EncodeError';
  }
}
