import { sampleRowsSql } from '../../sample/sample-rows.js';
import type { Emitter } from '../types.js';

/** Rehearsal rows for the bundled sample, which has a schema and no data: one file per engine. */
export const sampleRows: Emitter = (run) =>
  run.options.sample
    ? (['postgres', 'mysql'] as const).map((d) => ({
        path: `sample/rows.${d}.sql`,
        content: sampleRowsSql(run.snapshot, d),
      }))
    : [];
