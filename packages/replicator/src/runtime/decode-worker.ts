import { parentPort, workerData } from 'node:worker_threads';
import type { Dialect } from '@seam/core/sql';
import { ChunkPreparer, type PackedChunk, type SourceSettings } from './chunk.js';

/** A decode thread: packed chunks in, statements and summaries out (see DecodePool). */
const { source, dialect } = workerData as { source: SourceSettings; dialect: Dialect };
const preparer = new ChunkPreparer(source, dialect);

parentPort!.on('message', (message: { id: number; chunk: PackedChunk }) => {
  let result: unknown;
  try {
    result = preparer.prepare(message.chunk);
  } catch (error) {
    result = { ok: false, reason: (error as Error).message };
  }
  parentPort!.postMessage({ id: message.id, result });
});
