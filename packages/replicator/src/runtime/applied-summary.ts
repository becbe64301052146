import { type ChangeEvent, type SourceInfo, snapshotOf } from '../decode/envelope.js';

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

/** Counts events one at a time (the decode threads add each as they decode it). */
export class Summarizer {
  #events = 0;
  readonly #ops = new Map<string, Map<string, number>>();
  readonly #routes = new Map<string, AppliedSummary['routes']>();
  /** The last event of each partition: sources are read in result(), since reading one may parse it. */
  readonly #last = new Map<string, { topic: string; partition: number; event: ChangeEvent }>();
  #lastTopic: string | undefined;
  #lastEvent: ChangeEvent | undefined;

  add(topic: string, partition: number, routes: readonly unknown[], event: ChangeEvent): void {
    this.#events++;
    let byOp = this.#ops.get(topic);
    if (!byOp) {
      byOp = new Map();
      this.#ops.set(topic, byOp);
    }
    byOp.set(event.op, (byOp.get(event.op) ?? 0) + 1);
    let perRoute = this.#routes.get(topic);
    if (!perRoute) {
      perRoute = routes.map((_, route) => ({ topic, route, applied: 0, snapshotRows: 0, done: false }));
      this.#routes.set(topic, perRoute);
    }
    const snap = snapshotOf(event);
    const done = snap === 'last' || snap === 'last_in_data_collection' || (!snap && event.op !== 'r');
    for (const r of perRoute) {
      r.applied++;
      if (event.op === 'r') r.snapshotRows++;
      if (done) r.done = true;
    }
    const key = `${topic}\u0000${partition}`;
    const last = this.#last.get(key);
    if (last) last.event = event;
    else this.#last.set(key, { topic, partition, event });
    this.#lastTopic = topic;
    this.#lastEvent = event;
  }

  result(): AppliedSummary {
    return {
      events: this.#events,
      ops: [...this.#ops].flatMap(([topic, byOp]) => [...byOp].map(([op, count]) => ({ topic, op, count }))),
      routes: [...this.#routes.values()].flat(),
      last: [...this.#last.values()].map(({ topic, partition, event }) => ({
        topic,
        partition,
        source: event.source,
      })),
      ...(this.#lastTopic !== undefined
        ? { lastEvent: { topic: this.#lastTopic, source: this.#lastEvent?.source } }
        : {}),
    };
  }
}

export function summarize(items: Iterable<Item>): AppliedSummary {
  const summary = new Summarizer();
  for (const u of items) if (u.event) summary.add(u.topic, u.partition, u.routes, u.event);
  return summary.result();
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
