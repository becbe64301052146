import type { SourceInfo } from '../decode/envelope.js';

export type ReplicatorState = 'starting' | 'running' | 'retrying' | 'stopping' | 'stopped' | 'failed';

export interface PartitionStatus {
  topic: string;
  partition: number;
  /** The next offset to apply (committed in the target). */
  applied: string;
  highWatermark?: string;
  lag?: number;
  source?: SourceInfo;
  /** Paused at a table's schema change: nothing more is applied from it until a restart. */
  stopped?: boolean;
}

export interface TableStatus {
  source: string;
  target: string;
  topic: string;
  applied: number;
  snapshot: { rows: number; done: boolean; estimate?: number };
  /** No longer applied: its events stopped fitting the target (SEAM_REPL_SCHEMA_CHANGED). */
  stopped?: { code: string; message: string; hint: string; at: string };
}

/** What `seam replicate` shows and /status serves. */
export interface ReplicatorStatus {
  service: string;
  group: string;
  target: string;
  mode: 'batch' | 'transaction';
  state: ReplicatorState;
  startedAt: string;
  events: { applied: number; deadLettered: number; perSecond: number };
  partitions: PartitionStatus[];
  tables: TableStatus[];
  lastError?: { code: string; message: string; at: string };
}

/** Events per second over a sliding window of one-second samples. */
export class RateMeter {
  readonly #samples: Array<[number, number]> = [];
  constructor(readonly windowMs = 10_000) {}

  sample(total: number, now = Date.now()): void {
    this.#samples.push([now, total]);
    while (this.#samples.length > 2 && now - this.#samples[0]![0] > this.windowMs) this.#samples.shift();
  }

  rate(): number {
    if (this.#samples.length < 2) return 0;
    const [t0, n0] = this.#samples[0]!;
    const [t1, n1] = this.#samples[this.#samples.length - 1]!;
    return t1 > t0 ? ((n1 - n0) * 1000) / (t1 - t0) : 0;
  }
}

/** A source position as one short text: `lsn 24023128`, `mariadb-bin.000002:1234`, or a GTID. */
export function describePosition(source: SourceInfo | undefined): string {
  if (!source) return '';
  if (source.lsn) return `lsn ${source.lsn}`;
  if (source.file) return `${source.file}:${source.pos ?? 0}${source.gtid ? ` (${source.gtid})` : ''}`;
  return source.gtid ?? '';
}
