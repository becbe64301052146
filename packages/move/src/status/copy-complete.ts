import type { LagReport, TableProgress } from './status.js';

/**
 * Whether the initial copy is over (`copying` → `running`): the snapshot is over (`snapshotDone`), the
 * forward replicator is at most `threshold` events behind, and every table's target is at most
 * `threshold` rows short of its source. The two counts of a table are read one after the other
 * while the application writes: the target is always a few rows behind, never equal, under live
 * writes — the shortfall the lag allows is the copy's tolerance too.
 */
export function copyComplete(
  tables: TableProgress[],
  lag: LagReport | undefined,
  snapshotDone: boolean,
  threshold: number,
): boolean {
  const copied =
    tables.length > 0 &&
    tables.every(
      (t) =>
        t.error === undefined &&
        t.sourceRows !== null &&
        t.targetRows !== null &&
        t.sourceRows - t.targetRows <= threshold,
    );
  const caughtUp = lag !== undefined && lag.unstarted === 0 && lag.events <= threshold;
  return copied && caughtUp && snapshotDone;
}
