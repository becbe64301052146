// Entry of a decode thread. Built (dist/), it loads the compiled decode-worker.js on plain Node. Run
// from the TypeScript sources (a checkout needs no build step), the thread registers tsx first, as
// apps/cli/bin/seam.js does for the main thread (decode-pool.ts adds --conditions=source).
import { workerData } from 'node:worker_threads';

if (workerData.entry.endsWith('.ts')) (await import('tsx/esm/api')).register();
await import(workerData.entry);
