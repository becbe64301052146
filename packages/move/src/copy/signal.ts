import type { ManifestConnector } from '@seam/codegen';
import { signalDataCollection } from '@seam/codegen';
import type { ConnectClient } from '@seam/connect';
import { type ConnectionSpec, SeamError } from '@seam/core';
import { openDatabase, quoteLiteral, quoteQualified } from '@seam/core/sql';
import { readPosition, waitPublished } from '@seam/parity';
import { COPY_SIGNAL_ID } from './progress.js';

export interface CopySignalResult {
  /** false: the signal was sent before (its row is in the signal table). */
  sent: boolean;
  signal: string;
  tables: number;
  detail: string;
}

/**
 * Starts the initial copy of a connector that copies through incremental snapshots: one
 * `execute-snapshot` row in its signal table naming every captured table, sent once. Its row is the
 * record that it was sent (a re-run after a kill finds it and sends nothing: Debezium has read it
 * or will, and the copy resumes from the connector's offsets, never twice). Before sending, it
 * waits until the connector has published past the monolith's position now: the connector then
 * streams from a position before the signal, so it reads it.
 */
export async function sendCopySignal(input: {
  connector: ManifestConnector;
  monolith: ConnectionSpec;
  connect: ConnectClient;
  timeoutMs?: number;
  log?: (line: string) => void;
}): Promise<CopySignalResult | undefined> {
  const copy = input.connector.copy;
  if (!copy) return undefined;
  const dialect = input.monolith.dialect;
  const signalTable = quoteQualified(dialect, copy.signalTable.schema, copy.signalTable.name);
  const id = quoteLiteral(dialect, COPY_SIGNAL_ID);
  const db = await openDatabase(input.monolith, { applicationName: 'seam copy signal' });
  try {
    const found = await db.query(`SELECT id FROM ${signalTable} WHERE id = ${id}`);
    const tables = copy.tables.length;
    if (found.length) {
      return { sent: false, signal: COPY_SIGNAL_ID, tables, detail: 'the copy signal was sent before' };
    }
    const position = await readPosition(db);
    input.log?.(`waiting until ${input.connector.name} streams`);
    const published = await waitPublished(
      { connect: input.connect, connector: input.connector.name },
      position,
      Date.now() + (input.timeoutMs ?? 120_000),
    );
    if (!published.passed) {
      throw new SeamError(
        'SEAM_TIMEOUT',
        `${input.connector.name} does not stream yet, so the initial copy was not started: ${published.reason}.`,
        {
          hint: 'Check the connector (`seam capture status`), then run the same command again: it sends the signal once the connector streams.',
          retryable: true,
        },
      );
    }
    const data = JSON.stringify({
      type: 'incremental',
      'data-collections': copy.tables.map(signalDataCollection),
    });
    await db.query(
      `INSERT INTO ${signalTable} (id, type, data) VALUES (${id}, 'execute-snapshot', ${quoteLiteral(dialect, data)})`,
    );
    return {
      sent: true,
      signal: COPY_SIGNAL_ID,
      tables,
      detail: `execute-snapshot sent for ${tables} table(s), chunks of ${copy.chunkSize} rows`,
    };
  } finally {
    await db.close();
  }
}
