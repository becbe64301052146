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
  const ops = new Map<string, Map<string, number>>();
  const routes = new Map<string, AppliedSummary['routes']>();
  const last = new Map<string, Item>();
  let lastItem: Item | undefined;
  for (const u of items) {
    const event = u.event;
    if (!event) continue;
    events++;
    lastItem = u;
    let byOp = ops.get(u.topic);
    if (!byOp) {
      byOp = new Map();
      ops.set(u.topic, byOp);
    }
    byOp.set(event.op, (byOp.get(event.op) ?? 0) + 1);
    let perRoute = routes.get(u.topic);
    if (!perRoute) {
      perRoute = u.routes.map((_, route) => ({
        topic: u.topic,
        route,
        applied: 0,
        snapshotRows: 0,
        done: false,
      }));
      routes.set(u.topic, perRoute);
    }
    const snap = event.source?.snapshot;
    const done = snap === 'last' || snap === 'last_in_data_collection' || (!snap && event.op !== 'r');
    for (const r of perRoute) {
      r.applied++;
      if (event.op === 'r') r.snapshotRows++;
      if (done) r.done = true;
    }
    last.set(`${u.topic}\u0000${u.partition}`, u);
  }
  return {
    events,
    ops: [...ops].flatMap(([topic, byOp]) => [...byOp].map(([op, count]) => ({ topic, op, count }))),
    routes: [...routes.values()].flat(),
    last: [...last.values()].map((u) => ({
      topic: u.topic,
      partition: u.partition,
      source: u.event?.source,
    })),
    ...(lastItem ? { lastEvent: { topic: lastItem.topic, source: lastItem.event?.source } } : {}),
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
