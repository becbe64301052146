import { setTimeout as sleep } from 'node:timers/promises';
import type { ConnectClient } from '@seam/connect';
import type { SourcePosition } from '../connection.js';
import { describePosition, offsetPassed } from './positions.js';

export type PublishedResult = { passed: true } | { passed: false; reason: string };

/** Why a source connector may not have reached a position: busy, or idle without heartbeats. */
async function stuckAdvice(connect: ConnectClient, connector: string, moved: boolean): Promise<string> {
  if (moved) return 'it was still reading a busy source: give it more time';
  const config = await connect.config(connector).catch(() => ({}) as Record<string, string>);
  if (Number(config['heartbeat.interval.ms'] ?? 0) > 0 && config['heartbeat.action.query']) {
    return 'its offset did not move although it writes heartbeats: check that it runs (seam capture status)';
  }
  return 'on an idle source set heartbeat.interval.ms and heartbeat.action.query';
}

/**
 * Waits until a Debezium source connector has published everything committed at the source before
 * `pos`: its committed offset (Kafka Connect's offsets endpoint) has passed the position. The
 * first half of the Barrier; `seam move` also waits on it alone before skipping a backlog (every
 * event a replicator wrote before `pos` is then in the topics, below their end offsets).
 */
export async function waitPublished(
  options: { connect: ConnectClient; connector: string; pollMs?: number },
  pos: SourcePosition,
  deadline: number,
): Promise<PublishedResult> {
  const { connect, connector } = options;
  const poll = options.pollMs ?? 250;
  let first: string | undefined;
  let last: unknown;
  for (;;) {
    const offsets = await connect.offsets(connector);
    last = offsets.offsets[0]?.offset;
    first ??= JSON.stringify(last ?? null);
    if (offsets.offsets.some((o) => offsetPassed(o.offset, pos))) return { passed: true };
    if (Date.now() >= deadline) {
      const moved = JSON.stringify(last ?? null) !== first;
      return {
        passed: false,
        reason: `source connector ${connector} did not pass ${describePosition(pos)} (its offset: ${JSON.stringify(last ?? null)}); ${await stuckAdvice(connect, connector, moved)}`,
      };
    }
    await sleep(poll);
  }
}
