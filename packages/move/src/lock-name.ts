import { createHash } from 'node:crypto';

/** The lock's name: `seam-move:<service>`, shortened with a hash where an engine limits names (MySQL: 64). */
export function lockName(service: string, maxLength = Number.POSITIVE_INFINITY): string {
  const name = `seam-move:${service}`;
  if (name.length <= maxLength) return name;
  const hash = createHash('sha256').update(name).digest('hex');
  return `seam-move:${hash}`.slice(0, maxLength);
}

/** A signed 64-bit key (as a decimal string) for PostgreSQL's advisory locks: sha256 of the lock name. */
export function lockKey64(service: string): string {
  return createHash('sha256').update(lockName(service)).digest().readBigInt64BE(0).toString();
}
