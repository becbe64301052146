// Entry of a decode thread. Run from the TypeScript sources (a checkout has no build step), the
// thread registers tsx first, as apps/cli/bin/seam.js does for the main thread.
import { workerData } from 'node:worker_threads';

if (workerData.entry.endsWith('.ts')) (await import('tsx/esm/api')).register();
await import(workerData.entry);
