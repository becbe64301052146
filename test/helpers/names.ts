import { randomBytes } from 'node:crypto';

/** A name no other test (or earlier run) uses: lower case, digits and _, safe as a topic, slot or database name. */
export function uniqueName(prefix: string): string {
  const clean = prefix
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '_')
    .slice(0, 20);
  return `${clean}_${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
}
