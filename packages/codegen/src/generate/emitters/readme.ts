import { snapshotFingerprint } from '@seam/core';
import { renderReadme } from '../../runbook/readme.js';
import type { Emitter } from '../types.js';

/** The output folder's README.md: one line per service. */
export const readme: Emitter = (run) => [
  { path: 'README.md', content: renderReadme(run.summaries, run, snapshotFingerprint(run.snapshot)) },
];
