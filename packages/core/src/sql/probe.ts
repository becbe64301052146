import type { ConnectionSpec } from '../connection/connection-spec.js';
import { engineFor, openDatabase, type ServerReport } from './engine.js';

export interface DatabaseProbe extends ServerReport {
  target: string;
}

/**
 * Connects once and reads the server version and the settings change capture depends on.
 * Fails with a SeamError (unreachable, auth, missing database) whose message holds no password.
 */
export async function probeDatabase(spec: ConnectionSpec, timeoutMs = 5000): Promise<DatabaseProbe> {
  const db = await openDatabase(spec, { connectTimeoutMs: timeoutMs });
  try {
    return { target: db.target, ...(await engineFor(spec.dialect).probe(db)) };
  } finally {
    await db.close();
  }
}

export { mysqlServerFlavor } from './mysql/probe.js';
