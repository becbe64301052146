import type { ChangeEvent, SourceInfo } from '../decode/envelope.js';

/**
 * What a committed run applied, for the metrics and /status: counted where the events were
 * decoded (the decode thread, or this one) so the main thread never walks them again.
 */
export interface AppliedSummary {
  /** Events applied (undecodable and ignored ones are not). */
  events: number;
  /** Events by topic and op. */
  ops: Array<{ topic: string; op: string; count: number }>;
  /** Per route, by its place in its topic's route list. */
  routes: Array<{ topic: string; route: number; applied: number; snapshotRows: number; done: boolean }>;
  /** The source of the last event of each partition (topic, partition). */
  last: Array<{ topic: string; partition: number; source: SourceInfo | undefined }>;
  /** The very last event's topic and source. */
  lastEvent?: { topic: string; source: SourceInfo | undefined };
}

interface Item {
  topic: string;
  partition: number;
  event?: ChangeEvent;
  routes: readonly unknown[];
}

export function summarize(items: Iterable<Item>): AppliedSummary {
  let events = 0;
  const ops = new Map<string, { topic: string; op: string; count: number }>();
  const routes = new Map<string, AppliedSummary['routes'][number]>();
  const last = new Map<string, AppliedSummary['last'][number]>();
  let lastEvent: AppliedSummary['lastEvent'];
  for (const u of items) {
    const event = u.event;
    if (!event) continue;
    events++;
    const opKey = `${u.topic}\u0000${event.op}`;
    const o = ops.get(opKey);
    if (o) o.count++;
    else ops.set(opKey, { topic: u.topic, op: event.op, count: 1 });
    const source = event.source;
    last.set(`${u.topic}\u0000${u.partition}`, { topic: u.topic, partition: u.partition, source });
    lastEvent = { topic: u.topic, source };
    const snap = source?.snapshot;
    for (let i = 0; i < u.routes.length; i++) {
      const id = `${u.topic}\u0000${i}`;
      let r = routes.get(id);
      if (!r) {
        r = { topic: u.topic, route: i, applied: 0, snapshotRows: 0, done: false };
        routes.set(id, r);
      }
      r.applied++;
      if (event.op === 'r') r.snapshotRows++;
      if (snap === 'last' || snap === 'last_in_data_collection') r.done = true;
      if (!snap && event.op !== 'r') r.done = true;
    }
  }
  return {
    events,
    ops: [...ops.values()],
    routes: [...routes.values()],
    last: [...last.values()],
    ...(lastEvent ? { lastEvent } : {}),
  };
}

/** The summary of consecutive runs applied as one (the metrics add up; the last source wins). */
export function mergeSummaries(summaries: AppliedSummary[]): AppliedSummary {
  let lastEvent: AppliedSummary['lastEvent'];
  for (const s of summaries) if (s.lastEvent) lastEvent = s.lastEvent;
  return {
    events: summaries.reduce((n, s) => n + s.events, 0),
    ops: summaries.flatMap((s) => s.ops),
    routes: summaries.flatMap((s) => s.routes),
    last: summaries.flatMap((s) => s.last),
    ...(lastEvent ? { lastEvent } : {}),
  };
}
