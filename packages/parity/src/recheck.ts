import type { Barrier } from './barrier/barrier.js';
import { describePosition } from './barrier/positions.js';
import { changedColumns } from './compare-table.js';
import { readPosition, type SourcePosition } from './connection.js';
import type { TableMapping } from './mapping.js';
import type { RowDifference, TableReport } from './report.js';
import { keyId, type Side } from './side.js';
import type { KeyTuple } from './types.js';

export interface Pending {
  difference: RowDifference;
  key: KeyTuple;
  /** The row's hash on the side the changes come from (the origin) when last read (null: absent). */
  originHash: string | null;
}

/**
 * Lag-aware re-checks. After the barrier shows the replicator has applied every change of the
 * origin (the side the replicator reads: the source, or the target once it is the writer, as after
 * `seam move switch`) before `first` (read there right after the first pass), each differing row
 * is read again on both sides: equal now → it was in flight; still different with the origin's
 * row unchanged since the last read → diverged; changed meanwhile → read again after the next
 * barrier. Rows still pending at the deadline are unresolved.
 */
export async function recheck(
  src: Side,
  tgt: Side,
  mapping: TableMapping,
  pending: Pending[],
  first: SourcePosition,
  barrier: Barrier,
  deadline: number,
  origin: 'source' | 'target' = 'source',
): Promise<NonNullable<TableReport['recheck']>> {
  const written = origin === 'target' ? tgt : src;
  const open = new Map(pending.map((p) => [keyId(p.key), p]));
  const result: NonNullable<TableReport['recheck']> = {
    rounds: 0,
    inFlight: 0,
    diverged: 0,
    unresolved: 0,
    positions: [describePosition(first)],
    timedOut: false,
  };
  let pos = first;
  while (open.size > 0) {
    const b = await barrier.wait(pos, deadline, src.table);
    if (!b.passed) {
      result.timedOut = true;
      result.reason = b.reason;
      break;
    }
    result.rounds++;
    const keys = [...open.values()].map((p) => p.key);
    const [s, t] = await Promise.all([src.fetchRows(keys), tgt.fetchRows(keys)]);
    pos = await readPosition(written.db);
    result.positions.push(describePosition(pos));
    for (const [id, p] of open) {
      const sr = s.get(id);
      const tr = t.get(id);
      const sh = sr?.hash ?? null;
      const th = tr?.hash ?? null;
      const equal = sh === th || (sr && tr && (changedColumns(mapping, sr, tr)?.length ?? 0) === 0);
      if (equal) {
        p.difference.state = 'in-flight';
        result.inFlight++;
        open.delete(id);
      } else if ((origin === 'target' ? th : sh) === p.originHash) {
        p.difference.state = 'diverged';
        if (p.difference.kind === 'changed' && sr && tr)
          p.difference.columns = changedColumns(mapping, sr, tr);
        result.diverged++;
        open.delete(id);
      } else {
        p.originHash = origin === 'target' ? th : sh;
      }
    }
    if (Date.now() >= deadline && open.size > 0) {
      result.timedOut = true;
      result.reason ??= 'the rows kept changing at the source until the time limit';
      break;
    }
  }
  for (const p of open.values()) {
    p.difference.state = 'unresolved';
    result.unresolved++;
  }
  return result;
}
