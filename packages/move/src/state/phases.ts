import { type MovePhase, type MoveState, transitionalPhases } from './state.js';

/** A verify older than this is stale (Vitess's rule: 24 h); `--verify-freshness` changes it. */
export const DEFAULT_VERIFY_FRESHNESS_MS = 24 * 60 * 60 * 1000;

/** Whether an action is running (or was killed while running) in this phase. */
export function isTransitional(phase: MovePhase): boolean {
  return (transitionalPhases as readonly string[]).includes(phase);
}

/** Whether the move is over (nothing left to run but a new create after cancel). */
export function isFinished(phase: MovePhase): boolean {
  return phase === 'completed' || phase === 'cancelled';
}

export type VerifyFreshness = 'fresh' | 'stale' | 'none';

/** `fresh`: the last verify is younger than maxAgeMs; `stale`: older; `none`: never verified. */
export function verifyFreshness(
  state: Pick<MoveState, 'verify'>,
  now: Date = new Date(),
  maxAgeMs: number = DEFAULT_VERIFY_FRESHNESS_MS,
): VerifyFreshness {
  if (!state.verify) return 'none';
  const age = now.getTime() - Date.parse(state.verify.at);
  return age <= maxAgeMs ? 'fresh' : 'stale';
}

/** Age in ms of an ISO time, or undefined. */
export function ageMs(at: string | undefined, now: Date = new Date()): number | undefined {
  if (at === undefined) return undefined;
  const t = Date.parse(at);
  return Number.isNaN(t) ? undefined : Math.max(0, now.getTime() - t);
}
