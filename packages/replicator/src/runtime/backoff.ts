/** Exponential backoff with jitter: initial, ×2 per attempt, capped. */
export function backoffDelay(attempt: number, initialMs: number, maxMs: number): number {
  const base = Math.min(maxMs, initialMs * 2 ** Math.min(attempt, 30));
  return Math.round(base / 2 + Math.random() * (base / 2));
}

/** Sleeps in slices, calling `tick` between them (kafkajs heartbeats) and stopping early when asked. */
export async function waitFor(ms: number, tick: () => Promise<void>, stop: () => boolean): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end && !stop()) {
    await new Promise((r) => setTimeout(r, Math.min(1000, end - Date.now())));
    await tick();
  }
}
